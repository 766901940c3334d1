import { Input, Select } from 'antd';
import { FIELD_LABELS_BY_GROUP } from '../../../domain/profile/labels';
import { TRAINING_RESULTS, TRAINING_TYPES } from '../../../domain/profile/options';
import { trainingSchema } from '../../../domain/profile/training';
import { useSaveEntry, type TrainingView } from '../../api/profile';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { EntrySection, type EntryFormProps, type EntrySelection } from './EntrySection';
import { PROFILE_HINTS } from './hints';
import { optionsOf } from './values';

function TrainingForm({ entry, onSaved }: EntryFormProps<TrainingView>) {
  const save = useSaveEntry('trainings');
  const initialValues = entry
    ? { type: entry.type, startedOn: entry.startedOn, result: entry.result, unitName: entry.unitName }
    : {};
  return (
    <SchemaForm
      name={entry ? `training_${entry.id}` : 'training_new'}
      schema={trainingSchema}
      labels={FIELD_LABELS_BY_GROUP.training}
      initialValues={initialValues}
      submitText="提交"
      onSubmit={async (body) => {
        await save.mutateAsync({ id: entry?.id, body });
        onSaved();
      }}
    >
      <SchemaField name="type" extra={PROFILE_HINTS.trainingType}>
        <Select options={optionsOf(TRAINING_TYPES)} placeholder="请选择" />
      </SchemaField>
      <SchemaField name="startedOn" extra={PROFILE_HINTS.yearMonth}>
        <Input placeholder="YYYY-MM" autoComplete="off" />
      </SchemaField>
      <SchemaField name="result">
        <Select options={optionsOf(TRAINING_RESULTS)} placeholder="请选择" />
      </SchemaField>
      <SchemaField name="unitName" extra={PROFILE_HINTS.trainingUnit}>
        <Input autoComplete="off" />
      </SchemaField>
    </SchemaForm>
  );
}

/** 培训经历 (R-PI-3, R-PI-10); in the wizard with 选择 boxes (R-EX-6). */
export function TrainingSection({
  trainings,
  selection,
}: {
  trainings: readonly TrainingView[];
  selection?: EntrySelection<TrainingView>;
}) {
  return (
    <EntrySection
      id="profile-trainings"
      group="trainings"
      title="培训经历"
      entries={trainings}
      entryTitle={(t) => `${t.type} · ${t.startedOn}`}
      describe={(t) => [
        { label: '培训开始年月', value: t.startedOn },
        { label: '考核结果', value: t.result },
        { label: '参加培训时的工作单位', value: t.unitName },
      ]}
      renderForm={(props) => <TrainingForm {...props} />}
      selection={selection}
    />
  );
}
