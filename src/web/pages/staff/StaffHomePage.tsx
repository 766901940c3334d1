import { Card, Result, Typography } from 'antd';
import { ROLE_LABELS, type Role } from '../../../domain/account/roles';
import { useAccount } from '../../components/useAccount';
import { usePageTitle } from '../../components/usePageTitle';

/** The workspace each staff role will have (R-ROLE-2…4). */
export const WORKSPACES = {
  SITE_STAFF: '现场审核',
  AREA_ADMIN: '考区管理',
  NATIONAL_ADMIN: '考试与字典管理',
} as const satisfies Record<Exclude<Role, 'CANDIDATE'>, string>;

/** The landing page of staff and admins whose workspace is not open in this release: said honestly. */
export function StaffHomePage() {
  const me = useAccount();
  const workspace = me.role === 'CANDIDATE' ? '' : WORKSPACES[me.role];
  usePageTitle(workspace);

  return (
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
  );
}
