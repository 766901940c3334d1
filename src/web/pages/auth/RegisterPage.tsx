import { Alert, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { registrationFormSchema } from '../../../domain/account/schemas';
import { DEFAULT_PASSPORT_ETHNICITY } from '../../../domain/identity/ethnicity';
import { GENDER_LABELS } from '../../../domain/identity/gender';
import { derivesFromNumber, type IdType } from '../../../domain/identity/id-types';
import { parseResidentId } from '../../../domain/identity/resident-id';
import { useRegister } from '../../api/account';
import { DateInput } from '../../components/DateInput';
import { ETHNICITY_OPTIONS, GENDER_OPTIONS, ID_TYPE_OPTIONS, NATIONALITY_OPTIONS } from '../../components/options';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { usePageTitle } from '../../components/usePageTitle';
import { HINTS } from '../../components/hints';

/**
 * R-SEX-1, R-DOB-1: for a 居民身份证 gender and birth date are read from the number as it is typed.
 * The number's own problem is shown here until the field's check (on blur or submit) shows it beside the field.
 */
function DerivedFromNumber({ idNumber, fieldShowsError }: { idNumber: string; fieldShowsError: boolean }) {
  if (Array.from(idNumber).length < 18) return <span>性别和出生日期将根据身份证号码自动识别。</span>;
  const parsed = parseResidentId(idNumber);
  if (!parsed.ok) return fieldShowsError ? null : <Typography.Text type="danger">{parsed.message}</Typography.Text>;
  return (
    <Typography.Text strong>
      性别：{GENDER_LABELS[parsed.gender]} · 出生日期：{parsed.birthDate}
    </Typography.Text>
  );
}

/** 注册 (R-ACC-1…6): the account, then the basic info that can never be changed afterwards. */
export function RegisterPage() {
  usePageTitle('注册');
  const [form] = Form.useForm();
  const idType = Form.useWatch<IdType | undefined>('idType', form);
  const idNumber = Form.useWatch<string | undefined>('idNumber', form) ?? '';
  const [idNumberShowsError, setIdNumberShowsError] = useState(false);
  const register = useRegister();
  const navigate = useNavigate();
  const derived = idType !== undefined && derivesFromNumber(idType);

  return (
    <Card title={<h1 className="card-title">注册新用户</h1>} className="wide-card">
      <Alert
        type="warning"
        showIcon
        className="form-notice"
        message="注册成功后，用户名和基本信息（姓名、证件类型、证件号码、性别、出生日期、国籍、民族）将不能修改"
        description="请选择容易记忆的用户名，并对照本人有效证件认真填写基本信息。基本信息如有错误，只能在现场资格审核时由考务人员修订。"
      />
      <SchemaForm
        name="register"
        schema={registrationFormSchema}
        form={form}
        initialValues={{ idType: 'RESIDENT_ID', nationality: 'CN' }}
        submitText="注册"
        onFieldsChange={(changed) => {
          const field = changed.find((f) => String(f.name) === 'idNumber');
          if (field) setIdNumberShowsError((field.errors?.length ?? 0) > 0);
        }}
        onSubmit={async ({ passwordConfirm: _confirm, ...registration }) => {
          await register.mutateAsync(registration);
          // R-NAV-2: the first login after registration opens 个人信息.
          await navigate('/profile', { replace: true });
        }}
      >
        <h2 className="form-section">账户信息</h2>
        <SchemaField name="username" extra={HINTS.username}>
          <Input autoComplete="username" />
        </SchemaField>
        <SchemaField name="password" extra={HINTS.password}>
          <Input.Password autoComplete="new-password" />
        </SchemaField>
        <SchemaField name="passwordConfirm">
          <Input.Password autoComplete="new-password" />
        </SchemaField>
        <SchemaField name="securityQuestion" extra={HINTS.securityQuestion}>
          <Input />
        </SchemaField>
        <SchemaField name="securityAnswer" extra={HINTS.securityAnswer}>
          <Input />
        </SchemaField>
        <SchemaField name="email">
          <Input type="email" autoComplete="email" />
        </SchemaField>

        <h2 className="form-section">基本信息</h2>
        <SchemaField name="name" extra={HINTS.name}>
          <Input autoComplete="name" />
        </SchemaField>
        <SchemaField name="idType">
          <Select
            options={ID_TYPE_OPTIONS}
            showSearch
            optionFilterProp="label"
            onChange={(type: IdType) => {
              // R-ETH-1: a foreign passport holder's ethnicity defaults to 其他.
              if (type === 'PASSPORT')
                form.setFields([{ name: 'ethnicity', value: DEFAULT_PASSPORT_ETHNICITY, errors: [] }]);
            }}
          />
        </SchemaField>
        <SchemaField
          name="idNumber"
          extra={
            derived ? (
              <span aria-live="polite">
                <DerivedFromNumber idNumber={idNumber} fieldShowsError={idNumberShowsError} />
              </span>
            ) : undefined
          }
        >
          <Input autoComplete="off" />
        </SchemaField>
        {!derived && (
          <>
            <SchemaField name="gender">
              <Select options={GENDER_OPTIONS} />
            </SchemaField>
            <SchemaField name="birthDate">
              <DateInput />
            </SchemaField>
          </>
        )}
        <SchemaField name="nationality">
          <Select options={NATIONALITY_OPTIONS} showSearch optionFilterProp="label" />
        </SchemaField>
        <SchemaField name="ethnicity">
          <Select options={ETHNICITY_OPTIONS} showSearch optionFilterProp="label" placeholder="请选择或输入民族" />
        </SchemaField>
      </SchemaForm>
      <Typography.Paragraph>
        已有账户？<Link to="/login">登录</Link>
      </Typography.Paragraph>
    </Card>
  );
}
