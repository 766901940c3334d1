import { Typography } from 'antd';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { STEPS, type Step } from '../../../domain/application/steps';
import { useApplication, type ApplicationView } from '../../api/applications';
import { useProfile, type Profile } from '../../api/profile';
import { QueryResult } from '../../components/QueryResult';
import { usePageTitle } from '../../components/usePageTitle';
import { BasicStep } from './steps/BasicStep';
import { CertificateStep } from './steps/CertificateStep';
import { ConfirmStep } from './steps/ConfirmStep';
import { EducationStep } from './steps/EducationStep';
import { ExamStep } from './steps/ExamStep';
import { WorkStep } from './steps/WorkStep';
import { SubmittedResult } from './SubmittedResult';
import { WizardSteps, stepPath } from './WizardSteps';

/** The steps that may be opened: those saved and the first one not saved yet (R-EX-4: in order). */
function reachableSteps(application: ApplicationView): Step[] {
  return application.nextStep ? [...application.completedSteps, application.nextStep] : application.completedSteps;
}

function isStep(value: string | undefined): value is Step {
  return (STEPS as readonly string[]).includes(value ?? '');
}

function StepContent({ step, application, profile }: { step: Step; application: ApplicationView; profile: Profile }) {
  switch (step) {
    case 'exam':
      return <ExamStep application={application} />;
    case 'basic':
      return <BasicStep application={application} profile={profile} />;
    case 'work':
      return <WorkStep application={application} profile={profile} />;
    case 'education':
      return <EducationStep application={application} profile={profile} />;
    case 'certificate':
      return <CertificateStep application={application} profile={profile} />;
    case 'confirm':
      return <ConfirmStep application={application} profile={profile} />;
  }
}

function Wizard({ application, profile, step }: { application: ApplicationView; profile: Profile; step?: string }) {
  const navigate = useNavigate();
  if (application.status !== 'DRAFT') return <SubmittedResult application={application} />;
  const reachable = reachableSteps(application);
  // Without a step (继续填写, another device) or with one not reachable yet: where the candidate stopped.
  const current = isStep(step) && reachable.includes(step) ? step : (application.nextStep ?? 'confirm');
  if (step !== current) return <Navigate to={stepPath(application.id, current)} replace />;
  return (
    <>
      <WizardSteps current={current} reachable={reachable} onGo={(s) => navigate(stepPath(application.id, s))} />
      <StepContent step={current} application={application} profile={profile} />
    </>
  );
}

/** The wizard of one application (R-EX-4…8) at `/exams/:id/:step`; a submitted one shows its result (R-SITE-1). */
export function ApplicationWizardPage() {
  const { id = '', step } = useParams();
  const application = useApplication(id);
  const profile = useProfile();
  usePageTitle(application.data ? `${application.data.exam.name}报名` : '考试报名');

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {application.data ? `${application.data.exam.code} ${application.data.exam.name}` : '考试报名'}
      </Typography.Title>
      <QueryResult query={application} what="报名信息">
        {(data) => (
          <QueryResult query={profile} what="个人信息">
            {(profileData) => <Wizard application={data} profile={profileData} step={step} />}
          </QueryResult>
        )}
      </QueryResult>
    </>
  );
}
