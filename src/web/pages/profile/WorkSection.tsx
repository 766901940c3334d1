import { Alert, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { FIELD_LABELS_BY_GROUP } from '../../../domain/profile/labels';
import {
  CIVILIAN_AFFILIATION,
  CURRENT_GRADUATE_STUDENT,
  EMPLOYMENT_STATUSES,
  MILITARY_IDENTITIES,
  TITLES,
  UNIT_AFFILIATIONS,
  type EmploymentStatus,
  type UnitAffiliation,
} from '../../../domain/profile/options';
import { hasTitle, workSchema } from '../../../domain/profile/work';
import { useSaveWork, type WorkView } from '../../api/profile';
import { DictionaryPicker, dictionaryInput, entryValue } from '../../components/DictionaryPicker';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { PROFILE_HINTS } from './hints';
import { SectionCard } from './SectionCard';
import { optionsOf, withoutNulls } from './values';

/** R-PI-8: the identities a unit's affiliation allows, numbered as the guide numbers them (1)–(6). */
function militaryIdentityOptions(affiliation: UnitAffiliation | undefined) {
  return MILITARY_IDENTITIES.map((m, i) => ({ ...m, number: i + 1 }))
    .filter((m) => affiliation !== undefined && (m.affiliations as readonly string[]).includes(affiliation))
    .map((m) => ({ value: m.value, label: `（${m.number}）${m.value}` }));
}

function initialValuesOf(work: WorkView | null) {
  if (!work) return { unitAffiliation: CIVILIAN_AFFILIATION };
  const { workUnit, ...rest } = work;
  return { ...withoutNulls(rest), workUnitId: entryValue(workUnit) };
}

/** 工作情况 (R-PI-7, R-PI-8): the unit through the dictionary picker, its area, title, position, 本人身份. */
export function WorkSection({ work }: { work: WorkView | null }) {
  const [form] = Form.useForm();
  const save = useSaveWork();
  const [saved, setSaved] = useState(false);
  const affiliation = Form.useWatch<UnitAffiliation | undefined>('unitAffiliation', form);
  const title = Form.useWatch<string | undefined>('title', form);
  const status = Form.useWatch<EmploymentStatus | undefined>('employmentStatus', form);
  const military = affiliation !== undefined && affiliation !== CIVILIAN_AFFILIATION;

  return (
    <SectionCard id="profile-work" title="工作情况">
      {saved && <Alert type="success" showIcon className="form-notice" message="工作情况已保存。" />}
      <SchemaForm
        name="work"
        schema={workSchema}
        labels={FIELD_LABELS_BY_GROUP.work}
        form={form}
        initialValues={initialValuesOf(work)}
        toInput={(values) => ({ ...values, workUnitId: dictionaryInput(values.workUnitId) })}
        submitText="提交"
        onSubmit={async (values) => {
          setSaved(false);
          await save.mutateAsync(values);
          setSaved(true);
        }}
      >
        <div className="form-grid">
          <SchemaField name="employmentStatus" extra={PROFILE_HINTS.employmentStatus}>
            <Select options={optionsOf(EMPLOYMENT_STATUSES)} placeholder="请选择" />
          </SchemaField>
          <SchemaField name="unitAffiliation" extra={PROFILE_HINTS.unitAffiliation}>
            <Select options={optionsOf(UNIT_AFFILIATIONS)} />
          </SchemaField>
          <div className="span-2">
            <SchemaField
              name="workUnitId"
              extra={
                status === CURRENT_GRADUATE_STUDENT
                  ? `${PROFILE_HINTS.workUnitStudent}${PROFILE_HINTS.workUnit}`
                  : PROFILE_HINTS.workUnit
              }
            >
              <DictionaryPicker kind="work-units" />
            </SchemaField>
          </div>
          {military && (
            <div className="span-2">
              <SchemaField name="militaryIdentity" extra={PROFILE_HINTS.militaryIdentity}>
                <Select options={militaryIdentityOptions(affiliation)} placeholder="请选择本人身份" />
              </SchemaField>
            </div>
          )}
          <SchemaField name="title" optional>
            <Select options={optionsOf(TITLES)} placeholder="请选择（没有职称请选“无”）" allowClear />
          </SchemaField>
          {hasTitle(title) && (
            <SchemaField name="titleObtainedOn" extra={PROFILE_HINTS.titleObtainedOn}>
              <Input placeholder="YYYY-MM" autoComplete="off" />
            </SchemaField>
          )}
          <SchemaField name="position" optional extra={PROFILE_HINTS.position}>
            <Input autoComplete="organization-title" />
          </SchemaField>
        </div>
      </SchemaForm>
    </SectionCard>
  );
}
