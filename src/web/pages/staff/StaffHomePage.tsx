import { Button, Card, Layout, Result, Space, Typography } from 'antd';
import { ROLE_LABELS, type Role } from '../../../domain/account/roles';
import { PlatformFooter, PlatformHeader } from '../../components/PlatformHeader';
import { useAccount } from '../../components/useAccount';
import { usePageTitle } from '../../components/usePageTitle';
import { useSignOut } from '../../components/useSignOut';

/** The workspace each staff role will have (R-ROLE-2…4). */
const WORKSPACES = {
  SITE_STAFF: '现场审核',
  AREA_ADMIN: '考区管理',
  NATIONAL_ADMIN: '考试与字典管理',
} as const satisfies Record<Exclude<Role, 'CANDIDATE'>, string>;

/** The landing page of staff and admins: says honestly that their workspace is not open in this release. */
export function StaffHomePage() {
  const me = useAccount();
  const signOut = useSignOut();
  const workspace = me.role === 'CANDIDATE' ? '' : WORKSPACES[me.role];
  usePageTitle(workspace);

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
      <Layout.Content className="page-content">
        <Card>
          <Result
            status="info"
            title={<h1 className="result-title">{workspace}工作台暂未开放</h1>}
            subTitle={
              <Typography.Text>
                您好，{me.basic?.name ?? me.username}（{ROLE_LABELS[me.role]}）。{workspace}功能将在后续版本中开放。
              </Typography.Text>
            }
          />
        </Card>
      </Layout.Content>
      <PlatformFooter />
    </Layout>
  );
}
