import { Alert, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { needsElectronicNumber } from '../../../domain/profile/diploma';
import { makeEducationSchema } from '../../../domain/profile/education';
import {
  DEGREES_BY_LEVEL,
  isDiplomaNumberOptional,
  requiredEducationFields,
  visibleEducationFields,
  type EducationField,
} from '../../../domain/profile/education-fields';
import { FIELD_LABELS_BY_GROUP } from '../../../domain/profile/labels';
import {
  EDUCATION_CATEGORIES,
  EDUCATION_LEVELS,
  EDUCATION_ORIGINS,
  MAINLAND_ORIGIN,
  STUDY_FORMS,
  STUDY_LENGTHS,
  type EducationLevel,
  type EducationOrigin,
} from '../../../domain/profile/options';
import { isYearMonth } from '../../../domain/profile/year-month';
import { useSaveEntry, type EducationView } from '../../api/profile';
import { DictionaryPicker, dictionaryInput, entryValue } from '../../components/DictionaryPicker';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { EntrySection, type EntryFormProps, type EntrySelection } from './EntrySection';
import { PROFILE_HINTS } from './hints';
import { optionsOf, withoutNulls } from './values';

// Before a level is chosen the form shows what most entries need (a 本科's fields); the level then decides.
const DEFAULT_LEVEL: EducationLevel = '本科';

const lengthLabel = (years: number | null | undefined) => STUDY_LENGTHS.find((s) => s.years === years)?.label;

function initialValuesOf(entry: EducationView | undefined) {
  if (!entry) return { origin: MAINLAND_ORIGIN };
  const { id: _id, locked: _locked, verified: _verified, school, major, ...fields } = entry;
  return { ...withoutNulls(fields), schoolId: entryValue(school), majorId: entryValue(major) };
}

function diplomaHint(origin: EducationOrigin, level: EducationLevel, graduatedOn: unknown, optional: boolean): string {
  const electronic = needsElectronicNumber(origin, level, isYearMonth(graduatedOn) ? graduatedOn : undefined);
  const hint = electronic ? PROFILE_HINTS.diplomaElectronic : PROFILE_HINTS.diplomaPrinted;
  return optional ? `${hint}${PROFILE_HINTS.diplomaOptional}` : hint;
}

/**
 * One education entry (R-PI-9, R-EDU-1, R-DIP-1, R-YM-1): the level and origin decide which fields show and which
 * are required (the domain's visibleEducationFields / requiredEducationFields); school and major from the dictionaries.
 */
function EducationForm({
  entry,
  onSaved,
  currentGraduateStudent,
}: EntryFormProps<EducationView> & { currentGraduateStudent: boolean }) {
  const [form] = Form.useForm();
  const save = useSaveEntry('educations');
  const schema = useMemo(() => makeEducationSchema({ currentGraduateStudent }), [currentGraduateStudent]);
  const origin = Form.useWatch<EducationOrigin | undefined>('origin', form) ?? MAINLAND_ORIGIN;
  const chosenLevel = Form.useWatch<EducationLevel | undefined>('level', form);
  const graduatedOn = Form.useWatch<string | undefined>('graduatedOn', form);
  const level = chosenLevel ?? DEFAULT_LEVEL;
  const visible = new Set<EducationField>(visibleEducationFields(level, origin));
  const required = new Set<EducationField>(requiredEducationFields(level, origin, currentGraduateStudent));
  const optional = (field: EducationField) => !required.has(field);
  const mainland = origin === MAINLAND_ORIGIN;

  return (
    <SchemaForm
      name={entry ? `education_${entry.id}` : 'education_new'}
      schema={schema}
      labels={FIELD_LABELS_BY_GROUP.education}
      form={form}
      initialValues={initialValuesOf(entry)}
      toInput={(values) => ({
        ...values,
        schoolId: dictionaryInput(values.schoolId),
        majorId: dictionaryInput(values.majorId),
      })}
      submitText="提交"
      onSubmit={async (body) => {
        await save.mutateAsync({ id: entry?.id, body });
        onSaved();
      }}
    >
      <Alert type="info" showIcon className="group-hint" message={PROFILE_HINTS.yearMonth} />
      <div className="form-grid">
        <SchemaField name="origin">
          <Select options={optionsOf(EDUCATION_ORIGINS)} />
        </SchemaField>
        <SchemaField name="category">
          <Select options={optionsOf(EDUCATION_CATEGORIES)} placeholder="请选择" />
        </SchemaField>
        <div className="span-2">
          <SchemaField name="level" extra={PROFILE_HINTS.level}>
            <Select options={optionsOf(EDUCATION_LEVELS)} placeholder="请选择" />
          </SchemaField>
        </div>
        {visible.has('schoolId') && (
          <div className="span-2">
            <SchemaField
              name="schoolId"
              optional={optional('schoolId')}
              extra={mainland ? PROFILE_HINTS.school : PROFILE_HINTS.schoolAbroad}
            >
              <DictionaryPicker kind="schools" />
            </SchemaField>
          </div>
        )}
        {visible.has('schoolName') && (
          <div className="span-2">
            <SchemaField name="schoolName" optional={optional('schoolName')} extra={PROFILE_HINTS.schoolName}>
              <Input autoComplete="off" />
            </SchemaField>
          </div>
        )}
        {visible.has('studyForm') && (
          <SchemaField name="studyForm" optional={optional('studyForm')}>
            <Select options={optionsOf(STUDY_FORMS)} placeholder="请选择" />
          </SchemaField>
        )}
        {visible.has('degree') && (
          <SchemaField name="degree" optional={optional('degree')}>
            <Select options={optionsOf(DEGREES_BY_LEVEL[level])} placeholder="请选择" />
          </SchemaField>
        )}
        {visible.has('lengthYears') && (
          <SchemaField name="lengthYears" optional={optional('lengthYears')}>
            <Select options={STUDY_LENGTHS.map((s) => ({ value: s.years, label: s.label }))} placeholder="请选择" />
          </SchemaField>
        )}
        {visible.has('majorId') && (
          <div className="span-2">
            <SchemaField name="majorId" optional={optional('majorId')} extra={PROFILE_HINTS.major}>
              <DictionaryPicker kind="majors" />
            </SchemaField>
          </div>
        )}
        {visible.has('graduatedOn') && (
          <SchemaField
            name="graduatedOn"
            optional={optional('graduatedOn')}
            extra={
              currentGraduateStudent
                ? `${PROFILE_HINTS.graduatedOn}${PROFILE_HINTS.graduatedOnStudent}`
                : PROFILE_HINTS.graduatedOn
            }
          >
            <Input placeholder="YYYY-MM" autoComplete="off" />
          </SchemaField>
        )}
        {visible.has('diplomaNumber') && (
          <SchemaField
            name="diplomaNumber"
            optional={optional('diplomaNumber')}
            extra={diplomaHint(origin, level, graduatedOn, isDiplomaNumberOptional(level, currentGraduateStudent))}
          >
            <Input autoComplete="off" inputMode="numeric" />
          </SchemaField>
        )}
      </div>
    </SchemaForm>
  );
}

/** 教育经历 (R-PI-3, R-PI-9): several entries, e.g. 研究生 and 本科; in the wizard each with its 选择 box (R-EX-6). */
export function EducationSection({
  educations,
  currentGraduateStudent,
  selection,
}: {
  educations: readonly EducationView[];
  currentGraduateStudent: boolean;
  selection?: EntrySelection<EducationView>;
}) {
  return (
    <EntrySection
      id="profile-educations"
      group="educations"
      title="教育经历"
      entries={educations}
      entryTitle={(e) => `${e.level} · ${e.school?.name ?? e.schoolName ?? '未填写学校'}`}
      describe={(e) => [
        { label: '教育类型', value: e.origin },
        { label: '教育类别', value: e.category },
        ...(e.schoolName ? [{ label: '境外学校名称', value: e.schoolName }] : []),
        ...(e.studyForm ? [{ label: '学习形式', value: e.studyForm }] : []),
        { label: '学位', value: e.degree },
        ...(e.lengthYears ? [{ label: '学制', value: lengthLabel(e.lengthYears) }] : []),
        ...(e.major ? [{ label: '毕业专业', value: `${e.major.name}（${e.major.code}）` }] : []),
        ...(e.graduatedOn ? [{ label: '毕业年月', value: e.graduatedOn }] : []),
        { label: '毕业证书编号', value: e.diplomaNumber || '（未填写）' },
      ]}
      renderForm={(props) => <EducationForm {...props} currentGraduateStudent={currentGraduateStudent} />}
      selection={selection}
    />
  );
}
