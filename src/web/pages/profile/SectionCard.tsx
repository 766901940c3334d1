import { Card } from 'antd';
import type { ReactNode } from 'react';

/** One group of 个人信息: a region named by its heading, so each can be found (and read) on its own. */
export function SectionCard({
  id,
  title,
  extra,
  children,
}: {
  id: string;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="section-card">
      <Card
        title={
          <h2 id={id} className="card-title">
            {title}
          </h2>
        }
        extra={extra}
      >
        {children}
      </Card>
    </section>
  );
}
