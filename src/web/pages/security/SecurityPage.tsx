import { Alert, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { changePasswordFormSchema, changeSecuritySchema } from '../../../domain/account/schemas';
import { useChangePassword, useChangeSecurity } from '../../api/account';
import { formatDateTime } from '../../components/format';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { useAccount } from '../../components/useAccount';
import { usePageTitle } from '../../components/usePageTitle';
import { HINTS } from '../../components/hints';

/** 密码问题、找回密码答案和 Email; the current password proves it is the owner. */
function RecoverySettings() {
  const me = useAccount();
  const [form] = Form.useForm();
  const [saved, setSaved] = useState(false);
  const changeSecurity = useChangeSecurity();

  return (
    <section aria-labelledby="recovery-settings" className="section-card">
      <Card
        title={
          <h2 id="recovery-settings" className="card-title">
            密码找回设置
          </h2>
        }
      >
        {saved && (
          <Alert type="success" showIcon className="form-notice" message="密码问题、找回密码答案和 Email 已更新。" />
        )}
        <SchemaForm
          name="security"
          schema={changeSecuritySchema}
          form={form}
          initialValues={{ securityQuestion: me.securityQuestion, email: me.email }}
          submitText="提交"
          onSubmit={async (values) => {
            setSaved(false);
            await changeSecurity.mutateAsync(values);
            form.resetFields(['currentPassword', 'securityAnswer']);
            setSaved(true);
          }}
        >
          <SchemaField name="currentPassword">
            <Input.Password autoComplete="current-password" />
          </SchemaField>
          <SchemaField name="securityQuestion">
            <Input />
          </SchemaField>
          <SchemaField name="securityAnswer" extra={HINTS.securityAnswer}>
            <Input autoComplete="off" />
          </SchemaField>
          <SchemaField name="email">
            <Input type="email" autoComplete="email" />
          </SchemaField>
        </SchemaForm>
      </Card>
    </section>
  );
}

/** 修改密码: current, new, confirmation. */
function PasswordChange() {
  const [form] = Form.useForm();
  const [saved, setSaved] = useState(false);
  const changePassword = useChangePassword();

  return (
    <section aria-labelledby="password-change" className="section-card">
      <Card
        title={
          <h2 id="password-change" className="card-title">
            修改密码
          </h2>
        }
      >
        {saved && (
          <Alert
            type="success"
            showIcon
            className="form-notice"
            message="密码已修改。下次登录请使用新密码；在其他设备上的登录已退出。"
          />
        )}
        <SchemaForm
          name="password"
          schema={changePasswordFormSchema}
          form={form}
          submitText="提交"
          onSubmit={async ({ newPasswordConfirm: _confirm, ...request }) => {
            setSaved(false);
            await changePassword.mutateAsync(request);
            form.resetFields();
            setSaved(true);
          }}
        >
          <SchemaField name="currentPassword">
            <Input.Password autoComplete="current-password" />
          </SchemaField>
          <SchemaField name="newPassword" extra={HINTS.password}>
            <Input.Password autoComplete="new-password" />
          </SchemaField>
          <SchemaField name="newPasswordConfirm">
            <Input.Password autoComplete="new-password" />
          </SchemaField>
        </SchemaForm>
      </Card>
    </section>
  );
}

/** 安全设置 (R-ACC-7): who the account is, since when, and the two forms that change its secrets. */
export function SecurityPage() {
  usePageTitle('安全设置');
  const me = useAccount();

  return (
    <>
      <Typography.Title level={1} className="page-title">
        安全设置
      </Typography.Title>
      <Descriptions bordered column={1} className="section-card">
        <Descriptions.Item label="用户名">{me.username}</Descriptions.Item>
        <Descriptions.Item label="注册时间">{formatDateTime(me.registeredAt)}</Descriptions.Item>
      </Descriptions>
      <RecoverySettings />
      <PasswordChange />
    </>
  );
}
