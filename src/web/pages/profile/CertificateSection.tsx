import { Alert, Input, Select } from 'antd';
import { certificateSchema } from '../../../domain/profile/certificate';
import { FIELD_LABELS_BY_GROUP } from '../../../domain/profile/labels';
import { CERTIFICATE_TYPES } from '../../../domain/profile/options';
import { useSaveEntry, type CertificateView } from '../../api/profile';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { EntrySection, type EntryFormProps, type EntrySelection } from './EntrySection';
import { PROFILE_HINTS } from './hints';
import { optionsOf } from './values';

function CertificateForm({ entry, onSaved }: EntryFormProps<CertificateView>) {
  const save = useSaveEntry('certificates');
  const initialValues = entry
    ? {
        type: entry.type,
        issuedOn: entry.issuedOn,
        certificateNumber: entry.certificateNumber,
        registeredOn: entry.registeredOn,
        registrationNumber: entry.registrationNumber,
      }
    : {};
  return (
    <SchemaForm
      name={entry ? `certificate_${entry.id}` : 'certificate_new'}
      schema={certificateSchema}
      labels={FIELD_LABELS_BY_GROUP.certificate}
      initialValues={initialValues}
      submitText="提交"
      onSubmit={async (body) => {
        await save.mutateAsync({ id: entry?.id, body });
        onSaved();
      }}
    >
      <Alert
        type="info"
        showIcon
        className="group-hint"
        message="发证年月和证书编号见《医师资格证书》；注册年月和注册编号见《医师执业证书》，请注意区分。"
      />
      <SchemaField name="type">
        <Select options={optionsOf(CERTIFICATE_TYPES)} placeholder="请选择" />
      </SchemaField>
      <SchemaField name="issuedOn" extra={PROFILE_HINTS.certificateIssuedOn}>
        <Input placeholder="YYYY-MM" autoComplete="off" />
      </SchemaField>
      <SchemaField name="certificateNumber" extra={PROFILE_HINTS.certificateNumber}>
        <Input autoComplete="off" />
      </SchemaField>
      <SchemaField name="registeredOn" extra={PROFILE_HINTS.registeredOn}>
        <Input placeholder="YYYY-MM" autoComplete="off" />
      </SchemaField>
      <SchemaField name="registrationNumber" extra={PROFILE_HINTS.registrationNumber}>
        <Input autoComplete="off" />
      </SchemaField>
    </SchemaForm>
  );
}

/** 证书情况 (R-PI-3, R-PI-11, R-CERTNO-1); in the wizard with 选择 boxes (R-EX-7). */
export function CertificateSection({
  certificates,
  selection,
}: {
  certificates: readonly CertificateView[];
  selection?: EntrySelection<CertificateView>;
}) {
  return (
    <EntrySection
      id="profile-certificates"
      group="certificates"
      title="证书情况"
      entries={certificates}
      entryTitle={(c) => `${c.type} · ${c.certificateNumber}`}
      describe={(c) => [
        { label: '资格证书发证年月', value: c.issuedOn },
        { label: '资格证书编号', value: c.certificateNumber },
        { label: '执业证书注册年月', value: c.registeredOn },
        { label: '执业证书注册编号', value: c.registrationNumber },
      ]}
      renderForm={(props) => <CertificateForm {...props} />}
      selection={selection}
    />
  );
}
