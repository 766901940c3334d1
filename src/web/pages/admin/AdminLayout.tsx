import { can } from '../../../domain/policy';
import { StaffLayout } from '../../components/StaffLayout';
import { useAccount } from '../../components/useAccount';

/** The admins' pages, with a menu of the entries the account may use. */
export function AdminLayout() {
  const me = useAccount();
  const menu = [
    { path: '/admin', label: '工作台' },
    ...(can(me, 'dictionary.review') ? [{ path: '/admin/dictionary-requests', label: '字典申请审核' }] : []),
    ...(can(me, 'exemption.import') ? [{ path: '/admin/skills-exemptions', label: '免考实践技能名单' }] : []),
  ];
  return <StaffLayout menu={menu} />;
}
