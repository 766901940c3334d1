import { Card, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import type { ExamView } from '../../api/applications';

/** An exam as the guide's cards show it (R-EX-1, R-EX-3): category code and name, level, exam code, month, phase. */
export function ExamCard({ exam, children }: { exam: ExamView; children?: ReactNode }) {
  const title = `${exam.categoryCode} ${exam.name}`;
  return (
    <article aria-label={title} className={exam.open ? 'exam-card' : 'exam-card exam-card-closed'}>
      <Card size="small" title={title}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="级别">{exam.level}</Descriptions.Item>
          <Descriptions.Item label="考试编码">{exam.code}</Descriptions.Item>
          <Descriptions.Item label="考试时间">{exam.examMonth}</Descriptions.Item>
          <Descriptions.Item label="阶段">{exam.phase}</Descriptions.Item>
        </Descriptions>
        {children}
      </Card>
    </article>
  );
}
