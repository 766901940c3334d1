import { Result } from 'antd';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/usePageTitle';

export function NotFoundPage() {
  usePageTitle('页面不存在');
  return (
    <Result
      status="404"
      title={<h1 className="result-title">页面不存在</h1>}
      subTitle="您访问的页面不存在，请检查地址是否正确。"
      extra={<Link to="/">返回首页</Link>}
    />
  );
}
