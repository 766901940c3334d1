import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';

/** A page's data: a spinner while it loads, the server's reason and 重试 when it fails, else the page itself. */
export function QueryResult<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T>;
  /** What is loading, e.g. 报名信息. */
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <Spin size="large" tip={`正在加载${what}…`}>
        <div className="loading-block" />
      </Spin>
    );
  }
  if (query.isError) {
    return (
      <Result
        status="error"
        title={`无法加载${what}`}
        subTitle={query.error.message}
        extra={
          <Button type="primary" onClick={() => void query.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  return children(query.data);
}
