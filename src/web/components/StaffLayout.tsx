import { Button, Layout, Menu, Space } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { ROLE_LABELS } from '../../domain/account/roles';
import { PlatformFooter, PlatformHeader } from './PlatformHeader';
import { useAccount } from './useAccount';
import { useSignOut } from './useSignOut';

export interface StaffMenuItem {
  path: string;
  label: string;
}

/** The pages of staff and admins: who is logged in and 退出登录 in the corner, the workspace's menu, the page. */
export function StaffLayout({ menu = [] }: { menu?: readonly StaffMenuItem[] }) {
  const me = useAccount();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  // The longest menu path the address starts with is the page's own entry.
  const selected = [...menu]
    .sort((a, b) => b.path.length - a.path.length)
    .find((item) => pathname === item.path || pathname.startsWith(item.path + '/'));

  return (
    <Layout className="page">
      <PlatformHeader
        corner={
          <Space className="account-corner">
            <span>
              {ROLE_LABELS[me.role]}：{me.basic?.name ?? me.username}
            </span>
            <Button onClick={() => void signOut()}>退出登录</Button>
          </Space>
        }
      />
      {menu.length > 0 && (
        <nav aria-label="管理菜单" className="main-menu">
          <Menu
            mode="horizontal"
            disabledOverflow
            selectedKeys={selected ? [selected.path] : []}
            items={menu.map(({ path, label }) => ({ key: path, label: <Link to={path}>{label}</Link> }))}
          />
        </nav>
      )}
      <Layout.Content className="page-content">
        <Outlet />
      </Layout.Content>
      <PlatformFooter />
    </Layout>
  );
}
