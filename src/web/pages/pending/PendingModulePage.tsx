import { Card, Result } from 'antd';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/usePageTitle';

/** A module of the top menu that this release does not yet offer: said plainly, with a way back. */
export function PendingModulePage({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <Card>
      <Result
        status="info"
        title={<h1 className="result-title">{title}功能暂未开放</h1>}
        subTitle="该功能将在后续版本中开放。请先在“个人信息”中完善您的信息。"
        extra={<Link to="/">返回首页</Link>}
      />
    </Card>
  );
}
