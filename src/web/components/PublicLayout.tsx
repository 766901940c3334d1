import { Layout } from 'antd';
import { Outlet } from 'react-router-dom';
import { PlatformFooter, PlatformHeader } from './PlatformHeader';

/** The pages anyone may open: 登录, 注册, 找回密码. */
export function PublicLayout() {
  return (
    <Layout className="page">
      <PlatformHeader />
      <Layout.Content className="page-content public-content">
        <Outlet />
      </Layout.Content>
      <PlatformFooter />
    </Layout>
  );
}
