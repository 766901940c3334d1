import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Select, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { EXEMPTION_FILE_MAX_BYTES, EXEMPTION_FILE_SAMPLE } from '../../../domain/exam/exemption-list';
import { examsQuery } from '../../api/applications';
import { exemptionCountQuery, useImportExemptions, type ExemptionReport } from '../../api/exemptions';
import { usePageTitle } from '../../components/usePageTitle';

// A BOM so that Excel opens the sample as UTF-8.
const SAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${EXEMPTION_FILE_SAMPLE}`)}`;

function ListedCount({ examId }: { examId: string }) {
  const count = useQuery(exemptionCountQuery(examId));
  return <Statistic title="该考试免考名单现有" value={count.data?.listed ?? '—'} suffix="人" />;
}

function ImportReport({ report }: { report: ExemptionReport }) {
  const summary = `读取 ${report.read} 行，新增免考 ${report.imported} 人（已在名单中的不重复计入），名单共 ${report.listed} 人。`;
  return (
    <Space direction="vertical" aria-label="导入结果" role="region" className="exemption-import">
      <Alert
        type={report.bad.length > 0 ? 'warning' : 'success'}
        showIcon
        message={report.bad.length > 0 ? `${summary}以下 ${report.bad.length} 行未导入：` : summary}
        description={report.bad.length > 0 ? '请更正这些行后重新导入整个文件：已导入的不会重复计入。' : undefined}
      />
      {report.bad.length > 0 && (
        <Table
          rowKey="line"
          size="small"
          columns={[
            { title: '行号', dataIndex: 'line', width: 80 },
            { title: '原因', dataIndex: 'reason' },
          ]}
          dataSource={report.bad}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      )}
    </Space>
  );
}

function ImportForm({ examId }: { examId: string }) {
  const importList = useImportExemptions(examId);
  const [file, setFile] = useState<File | null>(null);
  const tooBig = file !== null && file.size > EXEMPTION_FILE_MAX_BYTES;

  return (
    <Space direction="vertical" size="middle" className="exemption-import">
      <ListedCount examId={examId} />
      <Upload.Dragger
        accept=".csv,.txt,text/csv,text/plain"
        maxCount={1}
        fileList={file ? [{ uid: 'list', name: file.name, status: tooBig ? 'error' : 'done' }] : []}
        beforeUpload={(chosen) => {
          setFile(chosen);
          importList.reset();
          return false;
        }}
        onRemove={() => setFile(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">点击或将名单文件拖到此处</p>
        <p className="ant-upload-hint">CSV 或文本文件，不超过 4 MB</p>
      </Upload.Dragger>
      {tooBig && <Alert type="error" showIcon message="文件超过 4 MB：请拆分为几个文件分别导入。" />}
      <Button
        type="primary"
        disabled={!file || tooBig}
        loading={importList.isPending}
        onClick={() => file && importList.mutate(file)}
      >
        导入名单
      </Button>
      {importList.isError && <Alert type="error" showIcon message={importList.error.message} />}
      {importList.data && <ImportReport report={importList.data} />}
    </Space>
  );
}

/**
 * R-EX-11: the centre imports, exam by exam, who passed the skills exam at a national base last year; their
 * applications are then marked 免考实践技能 and skip the on-site review and the skills fee.
 */
export function SkillsExemptionsPage() {
  usePageTitle('免考实践技能名单');
  const exams = useQuery(examsQuery({}));
  const [examId, setExamId] = useState<string>();

  return (
    <>
      <Typography.Title level={1} className="page-title">
        免考实践技能名单
      </Typography.Title>
      <Typography.Paragraph>
        上一年度在国家实践技能考试基地考核合格的考生，本年度报考同一考试时免考实践技能：其报名标记为“免考实践技能”，无须现场审核，也不收实践技能考试费。名单按证件号码匹配考生，只以不可还原的散列保存。
      </Typography.Paragraph>
      <Card title={<h2 className="card-title">导入名单</h2>} className="section-card">
        <Typography.Paragraph>
          名单为 CSV 文件（UTF-8，或 Excel“另存为
          CSV”的文件）：第一行为表头“证件号码,证件类型”，证件类型可省略（默认居民身份证）；也可每行只写一个证件号码。证件号码列请设为“文本”格式，以免被改成科学计数法。同一名单可重复导入，已在名单中的不重复计入。
          <a href={SAMPLE_HREF} download="免考名单模板.csv">
            下载模板
          </a>
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label="考试" htmlFor="exemption-exam">
            <Select
              id="exemption-exam"
              showSearch
              optionFilterProp="label"
              placeholder="选择考试"
              loading={exams.isPending}
              value={examId}
              onChange={setExamId}
              options={(exams.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.code} ${e.name}` }))}
              notFoundContent={exams.isError ? exams.error.message : '没有考试'}
            />
          </Form.Item>
        </Form>
        {examId ? (
          <ImportForm key={examId} examId={examId} />
        ) : (
          <Typography.Text type="secondary">请先选择考试。</Typography.Text>
        )}
      </Card>
    </>
  );
}
