import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { PLATFORM_NAME } from './usePageTitle';

/** The band at the top of every page: the platform's name, and a corner for the account menu. */
export function PlatformHeader({ corner }: { corner?: ReactNode }) {
  return (
    <Layout.Header className="platform-header">
      <Link to="/" className="platform-brand">
        <span className="platform-name">{PLATFORM_NAME}</span>
        <span className="platform-subtitle">National Medical Examination Service System · 医师资格考试网上报名</span>
      </Link>
      {corner}
    </Layout.Header>
  );
}

export function PlatformFooter() {
  return <Layout.Footer className="platform-footer">{PLATFORM_NAME} · 国家医学考试中心</Layout.Footer>;
}
