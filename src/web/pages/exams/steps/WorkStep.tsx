import { Checkbox } from 'antd';
import { SchemaField } from '../../../components/SchemaForm';
import { WorkSection } from '../../profile/WorkSection';
import { StepForm, type StepProps } from '../StepForm';

/** ③工作情况 (R-PI-7, R-PI-8): 个人信息's 工作情况, completed or corrected here, then confirmed for this application. */
export function WorkStep({ application, profile }: StepProps) {
  return (
    <>
      <WorkSection work={profile.work} />
      <StepForm
        application={application}
        step="work"
        initialValues={{ confirmed: application.choices.work?.confirmed }}
      >
        <SchemaField name="confirmed" valuePropName="checked">
          <Checkbox>我已核对以上工作情况，信息无误</Checkbox>
        </SchemaField>
      </StepForm>
    </>
  );
}
