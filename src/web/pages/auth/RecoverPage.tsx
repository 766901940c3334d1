import { Alert, Card, Input, Select, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { recoverFormSchema } from '../../../domain/account/schemas';
import { useRecover } from '../../api/account';
import { ID_TYPE_OPTIONS } from '../../components/options';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { usePageTitle } from '../../components/usePageTitle';
import type { LoginPageState } from './LoginPage';
import { HINTS } from '../../components/hints';

/** 找回密码 (R-ACC-8): name + ID number + the recovery answer set a new password. */
export function RecoverPage() {
  usePageTitle('找回密码');
  const recover = useRecover();
  const navigate = useNavigate();

  return (
    <Card title={<h1 className="card-title">找回密码</h1>} className="narrow-card">
      <Typography.Paragraph>
        请填写注册时的姓名、证件类型、证件号码和找回密码答案，然后设置新密码。
      </Typography.Paragraph>
      <SchemaForm
        name="recover"
        schema={recoverFormSchema}
        initialValues={{ idType: 'RESIDENT_ID' }}
        submitText="重设密码"
        onSubmit={async ({ newPasswordConfirm: _confirm, ...request }) => {
          await recover.mutateAsync(request);
          const state: LoginPageState = { notice: '密码已重设，请使用新密码登录。' };
          await navigate('/login', { replace: true, state });
        }}
      >
        <SchemaField name="name">
          <Input autoComplete="name" />
        </SchemaField>
        <SchemaField name="idType">
          <Select options={ID_TYPE_OPTIONS} showSearch optionFilterProp="label" />
        </SchemaField>
        <SchemaField name="idNumber">
          <Input autoComplete="off" />
        </SchemaField>
        <SchemaField name="securityAnswer">
          <Input autoComplete="off" />
        </SchemaField>
        <SchemaField name="newPassword" extra={HINTS.password}>
          <Input.Password autoComplete="new-password" />
        </SchemaField>
        <SchemaField name="newPasswordConfirm">
          <Input.Password autoComplete="new-password" />
        </SchemaField>
      </SchemaForm>
      <Alert
        type="info"
        showIcon
        message="如果同时忘记了密码和找回密码答案，请携带注册时使用的身份证明材料，到当地考试管理机构申请重置密码。"
        className="form-notice"
      />
      <Link to="/login">返回登录</Link>
    </Card>
  );
}
