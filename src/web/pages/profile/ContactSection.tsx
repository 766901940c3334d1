import { Alert, Input } from 'antd';
import { useMemo, useState } from 'react';
import { makeContactSchema } from '../../../domain/contact/schema';
import { FIELD_LABELS_BY_GROUP } from '../../../domain/profile/labels';
import { useSaveContact, type ContactView } from '../../api/profile';
import { AddressInput } from '../../components/AddressInput';
import { useAccount } from '../../components/useAccount';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { PROFILE_HINTS } from './hints';
import { SectionCard } from './SectionCard';
import { withoutNulls } from './values';

/** 联系方式 (R-TEL-1, R-MOB-1, R-MAIL-1, R-ADDR-1, R-ZIP-1); mainland or not follows the ID type. */
export function ContactSection({ contact, mainland }: { contact: ContactView | null; mainland: boolean }) {
  const schema = useMemo(() => makeContactSchema(mainland), [mainland]);
  const save = useSaveContact();
  const [saved, setSaved] = useState(false);
  // A first visit starts from the email given at registration: one thing less to type, still the candidate's to change.
  const { email } = useAccount();

  return (
    <SectionCard id="profile-contact" title="联系方式">
      <Alert type="info" showIcon className="group-hint" message={PROFILE_HINTS.halfWidth} />
      {saved && <Alert type="success" showIcon className="form-notice" message="联系方式已保存。" />}
      <SchemaForm
        name="contact"
        schema={schema}
        labels={FIELD_LABELS_BY_GROUP.contact}
        initialValues={contact ? withoutNulls(contact) : { email }}
        submitText="提交"
        onSubmit={async (values) => {
          setSaved(false);
          await save.mutateAsync(values);
          setSaved(true);
        }}
      >
        <div className="form-grid">
          <SchemaField name="mobile" extra={mainland ? PROFILE_HINTS.mobileMainland : PROFILE_HINTS.mobileOther}>
            <Input autoComplete="tel" inputMode="numeric" />
          </SchemaField>
          <SchemaField name="email" extra={PROFILE_HINTS.email}>
            <Input type="email" autoComplete="email" />
          </SchemaField>
          <SchemaField name="homePhone" optional extra={PROFILE_HINTS.homePhone}>
            <Input autoComplete="off" placeholder="如 010-12345678" />
          </SchemaField>
          <SchemaField name="workPhone" optional extra={PROFILE_HINTS.workPhone}>
            <Input autoComplete="off" placeholder="如 0755-1234567-123" />
          </SchemaField>
          <div className="span-2">
            <SchemaField name="address" extra={PROFILE_HINTS.address}>
              <AddressInput />
            </SchemaField>
          </div>
          <SchemaField
            name="postalCode"
            extra={mainland ? PROFILE_HINTS.postalCodeMainland : PROFILE_HINTS.postalCodeOther}
          >
            <Input autoComplete="postal-code" />
          </SchemaField>
        </div>
      </SchemaForm>
    </SectionCard>
  );
}
