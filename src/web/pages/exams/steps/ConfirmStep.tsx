import { useQuery } from '@tanstack/react-query';
import { Descriptions, Form, InputNumber, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { feeSummary, feesFor, type PublishedFees } from '../../../../domain/application/fees';
import { ADDITIONAL_SUBJECTS, MAX_ATTEMPTS, type StepPatch } from '../../../../domain/application/steps';
import { CLINICAL_PHYSICIAN_CATEGORY_CODE } from '../../../../domain/exam/exam';
import { GENDER_LABELS } from '../../../../domain/identity/gender';
import { ID_TYPE_LABELS } from '../../../../domain/identity/id-types';
import { isActiveDuty } from '../../../../domain/profile/work';
import {
  examSitesQuery,
  useSaveStep,
  useSubmitApplication,
  type ApplicationView,
  type ExamSites,
} from '../../../api/applications';
import { ApiError } from '../../../api/client';
import { SchemaField } from '../../../components/SchemaForm';
import { StepForm, type StepProps } from '../StepForm';

/** R-EX-8: the additional subjects this candidate may take: 军事医学 when on active duty, 院前急救/儿科 for 临床执业医师. */
function additionalSubjectsFor({ application, profile }: StepProps) {
  return ADDITIONAL_SUBJECTS.filter((subject) =>
    subject === '军事医学'
      ? isActiveDuty(profile.work?.militaryIdentity)
      : application.exam.categoryCode === CLINICAL_PHYSICIAN_CATEGORY_CODE,
  );
}

/** R-EX-12: a site's seats in its option; a full site is shown, disabled, as full. */
function siteOptions(sites: ExamSites, areaCode: string | undefined) {
  return (sites.areas.find((a) => a.code === areaCode)?.sites ?? []).map((site) => ({
    value: site.id,
    label: site.remaining > 0 ? `${site.name}（剩余名额 ${site.remaining}）` : `${site.name}（名额已满）`,
    disabled: site.remaining <= 0,
  }));
}

/**
 * R-EX-1, R-EX-8, R-EX-11: what this candidate will owe in the chosen area, on one line as the card shows it (no
 * skills fee when exempt; 以考区公布为准 where the area published none).
 */
function FeeLine({ application, fees }: { application: ApplicationView; fees: PublishedFees }) {
  return (
    <Descriptions size="small" column={1} className="span-2 wizard-block">
      <Descriptions.Item label="费用">{feeSummary(feesFor(fees, application))}</Descriptions.Item>
    </Descriptions>
  );
}

/** Everything the application will hold, read back before it is submitted (R-EX-8). */
function Review({ application, profile }: StepProps) {
  const { basic, work } = profile;
  const ticked = <T extends { id: string }>(entries: readonly T[], ids: readonly string[] | undefined) =>
    entries.filter((e) => ids?.includes(e.id));
  const educations = ticked(profile.educations, application.choices.education?.educationIds);
  const trainings = ticked(profile.trainings, application.choices.education?.trainingIds);
  const certificates = ticked(profile.certificates, application.choices.certificate?.certificateIds);
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} className="wizard-block" title="报名信息">
      <Descriptions.Item label="报考科目" span={2}>
        {application.exam.code} {application.exam.name}
      </Descriptions.Item>
      <Descriptions.Item label="姓名">{basic.name}</Descriptions.Item>
      <Descriptions.Item label="性别">{GENDER_LABELS[basic.gender]}</Descriptions.Item>
      <Descriptions.Item label="证件类型">{ID_TYPE_LABELS[basic.idType]}</Descriptions.Item>
      <Descriptions.Item label="证件号码">{basic.idNumber}</Descriptions.Item>
      <Descriptions.Item label="出生日期">{basic.birthDate}</Descriptions.Item>
      <Descriptions.Item label="在岗情况">{work?.employmentStatus ?? '未填写'}</Descriptions.Item>
      <Descriptions.Item label="工作单位" span={2}>
        {work?.workUnit?.name ?? '未填写'}
      </Descriptions.Item>
      {educations.map((e) => (
        <Descriptions.Item key={e.id} label="报考学历" span={2}>
          {[
            e.level,
            e.school?.name ?? e.schoolName,
            e.studyForm,
            e.major?.name,
            e.graduatedOn && `${e.graduatedOn} 毕业`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Descriptions.Item>
      ))}
      {trainings.map((t) => (
        <Descriptions.Item key={t.id} label="培训经历" span={2}>
          {t.type} · {t.startedOn} · {t.result}
        </Descriptions.Item>
      ))}
      {certificates.map((c) => (
        <Descriptions.Item key={c.id} label="证书" span={2}>
          {c.type} · {c.certificateNumber}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/**
 * ⑥确认 (R-EX-8, R-EX-12): the review, 考区 then 考点 of that area with its seats, the fees this candidate owes
 * there once an area is chosen (R-EX-1), cumulative attempts and the additional subject; 提交 saves the step and
 * submits. A site that filled up meanwhile (409) leaves the draft as it was: the seats are read again and the
 * candidate chooses another site.
 */
export function ConfirmStep(props: StepProps) {
  const { application } = props;
  const [form] = Form.useForm();
  const navigate = useNavigate();
  const sites = useQuery(examSitesQuery(application.exam.id));
  const save = useSaveStep(application.id);
  const submit = useSubmitApplication();
  const areaCode = Form.useWatch<string | undefined>('areaCode', form);
  const area = sites.data?.areas.find((a) => a.code === areaCode);
  const subjects = additionalSubjectsFor(props);
  const saved = application.choices.confirm;

  const saveAndSubmit = async (patch: StepPatch) => {
    try {
      await save.mutateAsync(patch);
      await submit.mutateAsync(application.id);
      navigate(`/exams/${application.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'SITE_FULL') {
        form.setFieldValue('siteId', undefined);
        await sites.refetch();
      }
      throw error;
    }
  };

  return (
    <>
      <Review {...props} />
      <StepForm
        application={application}
        step="confirm"
        form={form}
        initialValues={saved ?? { attempts: 1 }}
        toInput={(values) => ({ ...values, attempts: values.attempts ?? undefined })}
        submitText="提交"
        onSubmit={saveAndSubmit}
      >
        <div className="form-grid">
          <SchemaField name="areaCode" extra="在下拉列表中选择本人所在地或工作单位所在的考区。">
            <Select
              loading={sites.isPending}
              options={sites.data?.areas.map((a) => ({ value: a.code, label: a.name })) ?? []}
              placeholder="请选择考区"
              showSearch
              optionFilterProp="label"
              onChange={() => form.setFieldValue('siteId', undefined)}
            />
          </SchemaField>
          <SchemaField name="siteId" extra="先选考区，再选该考区的考点；名额已满的考点不能选择。">
            <Select
              loading={sites.isPending}
              options={sites.data ? siteOptions(sites.data, areaCode) : []}
              placeholder={areaCode ? '请选择考点' : '请先选择考区'}
              notFoundContent={areaCode ? '该考区暂无考点' : '请先选择考区'}
            />
          </SchemaField>
          {area && <FeeLine application={application} fees={area.fees} />}
          <SchemaField name="attempts" extra="相同级别、相同类别的报考次数累计（含本次），首次报考为 1。">
            <InputNumber min={1} max={MAX_ATTEMPTS} precision={0} />
          </SchemaField>
          {subjects.length > 0 && (
            <SchemaField name="additionalSubject" optional>
              <Select
                options={subjects.map((s) => ({ value: s, label: s }))}
                placeholder="不加试（如需加试请选择）"
                allowClear
              />
            </SchemaField>
          )}
        </div>
      </StepForm>
    </>
  );
}
