import { Alert, Card, Input, Space } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { loginSchema } from '../../../domain/account/schemas';
import { useLogin, type LoginResult } from '../../api/account';
import { HOME_OF_ROLE, type ReturnTo } from '../../components/RequireRole';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { usePageTitle } from '../../components/usePageTitle';

/** What the login page may be handed: where to go back to, or a notice from the page before (找回密码). */
export type LoginPageState = Partial<ReturnTo> & { notice?: string };

/** R-NAV-2: back where the user was going; else a candidate's first login opens 个人信息, later ones 首页. */
function landingOf(result: LoginResult, state: LoginPageState | null): string {
  if (state?.from) return state.from;
  if (result.role === 'CANDIDATE' && result.firstLogin) return '/profile';
  return HOME_OF_ROLE[result.role];
}

export function LoginPage() {
  usePageTitle('登录');
  const login = useLogin();
  const navigate = useNavigate();
  const state = useLocation().state as LoginPageState | null;

  return (
    <Card title={<h1 className="card-title">用户登录</h1>} className="narrow-card">
      {state?.notice && <Alert type="success" showIcon message={state.notice} className="form-notice" />}
      {state?.from && (
        <Alert type="info" showIcon message="请先登录，登录后将回到您刚才访问的页面。" className="form-notice" />
      )}
      <SchemaForm
        name="login"
        schema={loginSchema}
        submitText="登录"
        onSubmit={async (values) => {
          const result = await login.mutateAsync(values);
          await navigate(landingOf(result, state), { replace: true });
        }}
      >
        <SchemaField name="username">
          <Input autoComplete="username" />
        </SchemaField>
        <SchemaField name="password">
          <Input.Password autoComplete="current-password" />
        </SchemaField>
      </SchemaForm>
      <Space size="large">
        <Link to="/register">注册新用户</Link>
        <Link to="/recover">忘记密码</Link>
      </Space>
    </Card>
  );
}
