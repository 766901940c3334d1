import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { isLive } from '../../../domain/application/status';
import { EXAM_LEVELS, EXAM_TYPES } from '../../../domain/exam/exam';
import {
  examsQuery,
  useApplications,
  useCreateApplication,
  type ExamFilter,
  type ExamView,
} from '../../api/applications';
import { QueryResult } from '../../components/QueryResult';
import { formatDateTime } from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';
import { optionsOf } from '../profile/values';
import { ExamCard } from './ExamCard';
import { WizardSteps, stepPath } from './WizardSteps';

/**
 * ①选择报考 (R-EX-1, R-EX-3): filter by 类别 and 级别, search by name or code, press 报名 on a card. Only an exam in
 * its online window can be started; one the candidate already holds an application for links to that one.
 */
export function ChooseExamPage() {
  usePageTitle('选择报考');
  const [form] = Form.useForm<ExamFilter>();
  const [filter, setFilter] = useState<ExamFilter>({ type: EXAM_TYPES[0] });
  // The cards of the last search stay until the new ones arrive, rather than a spinner in between.
  const exams = useQuery({ ...examsQuery(filter), placeholderData: keepPreviousData });
  const applications = useApplications();
  const create = useCreateApplication();
  const navigate = useNavigate();
  const [starting, setStarting] = useState<string | null>(null);

  const live = new Map(
    (applications.data?.items ?? []).filter((a) => isLive(a.status)).map((a) => [a.exam.id, a.id] as const),
  );

  const start = async (exam: ExamView) => {
    setStarting(exam.id);
    try {
      const application = await create.mutateAsync(exam.id);
      navigate(stepPath(application.id, 'basic'));
    } finally {
      setStarting(null);
    }
  };

  const action = (exam: ExamView) => {
    const existing = live.get(exam.id);
    if (existing) {
      return (
        <Typography.Paragraph className="exam-card-note">
          您已报名该考试。<Link to={`/exams/${existing}`}>查看报名</Link>
        </Typography.Paragraph>
      );
    }
    if (!exam.open) {
      return (
        <Typography.Paragraph type="secondary" className="exam-card-note">
          不在网上报名时间内（{formatDateTime(exam.opensAt)} 至 {formatDateTime(exam.closesAt)}），不能报名。
        </Typography.Paragraph>
      );
    }
    return (
      <Button
        type="primary"
        loading={starting === exam.id}
        disabled={starting !== null}
        onClick={() => void start(exam)}
      >
        报名
      </Button>
    );
  };

  return (
    <>
      <Typography.Title level={1} className="page-title">
        开始新的报名
      </Typography.Title>
      <WizardSteps current="exam" />
      <Card className="wizard-block">
        <Form
          form={form}
          name="exam_filter"
          layout="inline"
          initialValues={filter}
          onFinish={(values) => setFilter({ ...values, q: values.q?.trim() })}
        >
          <Form.Item name="type" label="类别">
            <Select options={optionsOf(EXAM_TYPES)} className="filter-select" />
          </Form.Item>
          <Form.Item name="level" label="级别">
            <Select options={optionsOf(EXAM_LEVELS)} placeholder="全部" allowClear className="filter-select" />
          </Form.Item>
          <Form.Item name="q" label="关键字">
            <Input placeholder="考试名称或编码" allowClear maxLength={40} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" icon={<SearchOutlined aria-hidden />}>
              搜索
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {create.error && <Alert type="error" showIcon className="wizard-block" message={create.error.message} />}
      <QueryResult query={exams} what="考试科目">
        {({ items }) =>
          items.length === 0 ? (
            <Empty description="没有符合条件的考试科目，请更改条件后重新搜索。" />
          ) : (
            <div className="exam-grid">
              {items.map((exam) => (
                <ExamCard key={exam.id} exam={exam}>
                  {action(exam)}
                </ExamCard>
              ))}
            </div>
          )
        }
      </QueryResult>
    </>
  );
}
