import { useQuery } from '@tanstack/react-query';
import { Card, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { can } from '../../../domain/policy';
import { adminDictionaryRequestsQuery } from '../../api/dictionaries';
import { useAccount } from '../../components/useAccount';
import { usePageTitle } from '../../components/usePageTitle';
import { StaffHomePage, WORKSPACES } from '../staff/StaffHomePage';

/** The national centre's workspace: what waits for it, and where to do it. */
function NationalAdminHome() {
  usePageTitle(WORKSPACES.NATIONAL_ADMIN);
  const pending = useQuery(adminDictionaryRequestsQuery('PENDING'));

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {WORKSPACES.NATIONAL_ADMIN}
      </Typography.Title>
      <Card title={<h2 className="card-title">字典申请审核</h2>} className="section-card">
        <Statistic title="待审核的字典添加申请" value={pending.data?.length ?? '—'} suffix="条" />
        <Typography.Paragraph className="admin-home-note">
          考生在学校、工作单位或专业字典中找不到名称时提交的申请，审核通过后即可被检索和选择。
        </Typography.Paragraph>
        <Link to="/admin/dictionary-requests" className="call-to-action">
          去审核字典申请
        </Link>
      </Card>
      <Card title={<h2 className="card-title">免考实践技能名单</h2>} className="section-card">
        <Typography.Paragraph className="admin-home-note">
          导入上一年度在国家实践技能考试基地考核合格的考生名单（按考试）：名单中的考生报名时免考实践技能。
        </Typography.Paragraph>
        <Link to="/admin/skills-exemptions" className="call-to-action">
          去导入名单
        </Link>
      </Card>
      <Typography.Paragraph type="secondary">考试管理等其他功能将在后续版本中开放。</Typography.Paragraph>
    </>
  );
}

/** /admin: the centre's workspace; a 考区管理员's is not open in this release. */
export function AdminHomePage() {
  const me = useAccount();
  return can(me, 'dictionary.review') ? <NationalAdminHome /> : <StaffHomePage />;
}
