import { Descriptions, Input, Select } from 'antd';
import { permitTypesFor } from '../../../../domain/application/steps';
import { ID_TYPE_LABELS } from '../../../../domain/identity/id-types';
import { CIVILIAN_AFFILIATION } from '../../../../domain/profile/options';
import { SchemaField } from '../../../components/SchemaForm';
import { BasicInfoAndPhoto } from '../../profile/ProfilePage';
import { WorkSection } from '../../profile/WorkSection';
import { StepForm, type StepProps } from '../StepForm';

/**
 * ②基本情况 (R-EX-5): 基本信息 as registered; the photo, uploaded here when 个人信息 has none; the 往来大陆通行证 of a
 * Taiwan, Hong Kong or Macau candidate; 本人身份 of a candidate whose unit is under the army, armed police or public
 * security, filled in here (in 个人信息's 工作情况) when missing.
 */
export function BasicStep({ application, profile }: StepProps) {
  const permitTypes = permitTypesFor(profile.basic.idType);
  const saved = application.choices.basic?.permit;
  const work = profile.work;
  const military = work !== null && work.unitAffiliation !== CIVILIAN_AFFILIATION;

  return (
    <>
      <BasicInfoAndPhoto profile={profile} />
      {military && !work.militaryIdentity && <WorkSection work={work} />}
      <StepForm
        application={application}
        step="basic"
        initialValues={{
          permitType: saved?.type ?? (permitTypes.length === 1 ? permitTypes[0] : undefined),
          permitNumber: saved?.number,
        }}
        toInput={({ permitType, permitNumber }) =>
          permitTypes.length === 0 ? {} : { permit: { type: permitType, number: permitNumber ?? '' } }
        }
      >
        {military && (
          <Descriptions bordered column={1} className="wizard-block">
            <Descriptions.Item label="本人身份">{work.militaryIdentity ?? '未填写'}</Descriptions.Item>
          </Descriptions>
        )}
        {permitTypes.length > 0 && (
          <div className="form-grid">
            <SchemaField name="permitType">
              <Select
                options={permitTypes.map((type) => ({ value: type, label: ID_TYPE_LABELS[type] }))}
                placeholder="请选择"
              />
            </SchemaField>
            <SchemaField
              name="permitNumber"
              extra="台湾往来大陆通行证 10 位，港澳往来大陆通行证 11 位，不得有空格、标点符号。"
            >
              <Input autoComplete="off" />
            </SchemaField>
          </div>
        )}
      </StepForm>
    </>
  );
}
