import { SchemaField } from '../../../components/SchemaForm';
import { CertificateSection } from '../../profile/CertificateSection';
import { EntryTicks } from '../EntryTicks';
import { StepForm, type StepProps } from '../StepForm';

/** ⑤证书 (R-EX-7): the 执业助理医师 certificate 中专 education needs for an 执业医师 exam; others go on without one. */
export function CertificateStep({ application, profile }: StepProps) {
  return (
    <StepForm
      application={application}
      step="certificate"
      initialValues={{ certificateIds: application.choices.certificate?.certificateIds ?? [] }}
    >
      <SchemaField name="certificateIds" optional>
        <EntryTicks render={(ticks) => <CertificateSection certificates={profile.certificates} selection={ticks} />} />
      </SchemaField>
    </StepForm>
  );
}
