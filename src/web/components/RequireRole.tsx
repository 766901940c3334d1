import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../../domain/account/roles';
import { useMe } from '../api/account';

/** Where each role starts (R-NAV-2 for candidates; staff and admins have their own workspace). */
export const HOME_OF_ROLE = {
  CANDIDATE: '/',
  SITE_STAFF: '/staff',
  AREA_ADMIN: '/admin',
  NATIONAL_ADMIN: '/admin',
} as const satisfies Record<Role, string>;

/** The state the login page reads to send the user back where they were going. */
export interface ReturnTo {
  from: string;
}

/** Renders its children for a logged-in user of one of `roles`; sends anyone else where they belong. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <Spin size="large" fullscreen tip="正在加载…" />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title="无法加载账户信息"
        subTitle={me.error.message}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  if (me.data === null) {
    const state: ReturnTo = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!roles.includes(me.data.role)) return <Navigate to={HOME_OF_ROLE[me.data.role]} replace />;
  return children;
}
