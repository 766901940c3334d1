import { Radio } from 'antd';
import { RESIDENCY_TRAINING } from '../../../../domain/application/eligibility';
import { CURRENT_GRADUATE_STUDENT } from '../../../../domain/profile/options';
import { SchemaField } from '../../../components/SchemaForm';
import { EducationSection } from '../../profile/EducationSection';
import { TrainingSection } from '../../profile/TrainingSection';
import { EntryTicks } from '../EntryTicks';
import { StepForm, type StepProps } from '../StepForm';

/**
 * ④教育及培训 (R-EX-6): the education entry used to apply is ticked; 住院医师规范化培训 entries are ticked when the
 * candidate took part; entries are added (and saved) here in 个人信息 before they can be ticked.
 */
export function EducationStep({ application, profile }: StepProps) {
  const saved = application.choices.education;
  return (
    <StepForm
      application={application}
      step="education"
      initialValues={{
        educationIds: saved?.educationIds ?? [],
        residencyTraining: saved?.residencyTraining,
        trainingIds: saved?.trainingIds ?? [],
      }}
    >
      <SchemaField name="educationIds">
        <EntryTicks
          render={(ticks) => (
            <EducationSection
              educations={profile.educations}
              currentGraduateStudent={profile.work?.employmentStatus === CURRENT_GRADUATE_STUDENT}
              selection={ticks}
            />
          )}
        />
      </SchemaField>
      <SchemaField name="residencyTraining">
        <Radio.Group
          options={[
            { value: true, label: '是' },
            { value: false, label: '否' },
          ]}
        />
      </SchemaField>
      <SchemaField name="trainingIds" optional>
        <EntryTicks
          render={(ticks) => (
            <TrainingSection
              trainings={profile.trainings}
              selection={{ ...ticks, canSelect: (training) => training.type === RESIDENCY_TRAINING }}
            />
          )}
        />
      </SchemaField>
    </StepForm>
  );
}
