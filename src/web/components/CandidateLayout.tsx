import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { PlatformFooter, PlatformHeader } from './PlatformHeader';
import { useAccount } from './useAccount';
import { useSignOut } from './useSignOut';

/** R-NAV-1: the candidate's top menu. */
const MENU = [
  { path: '/', label: '首页' },
  { path: '/exams', label: '考试报名' },
  { path: '/scores', label: '成绩分析' },
  { path: '/assessment', label: '在线评测' },
  { path: '/profile', label: '个人信息' },
] as const;

/** The candidate's pages: header with the account menu in the corner, the top menu, then the page. */
export function CandidateLayout() {
  const me = useAccount();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();

  const accountMenu = {
    items: [
      { key: 'security', label: '安全设置' },
      { key: 'logout', label: '退出登录' },
    ],
    onClick: ({ key }: { key: string }) => void (key === 'security' ? navigate('/security') : signOut()),
  };

  return (
    <Layout className="page">
      <PlatformHeader
        corner={
          <Dropdown menu={accountMenu} trigger={['click']} placement="bottomRight">
            <Button type="text" className="account-button" icon={<UserOutlined aria-hidden />}>
              {me.username}
              <DownOutlined aria-hidden />
            </Button>
          </Dropdown>
        }
      />
      <nav aria-label="主菜单" className="main-menu">
        <Menu
          mode="horizontal"
          disabledOverflow
          selectedKeys={[pathname === '/' ? '/' : '/' + (pathname.split('/')[1] ?? '')]}
          items={MENU.map(({ path, label }) => ({ key: path, label: <Link to={path}>{label}</Link> }))}
        />
      </nav>
      <Layout.Content className="page-content">
        <Outlet />
      </Layout.Content>
      <PlatformFooter />
    </Layout>
  );
}
