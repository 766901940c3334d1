import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import {
  DICTIONARY_KIND_LABELS,
  DICTIONARY_REQUEST_STATUSES,
  DICTIONARY_REQUEST_STATUS_LABELS,
  approveRequestSchema,
  rejectRequestSchema,
  type DictionaryRequestStatus,
} from '../../../domain/dictionary/kinds';
import {
  adminDictionaryRequestsQuery,
  useApproveDictionaryRequest,
  useRejectDictionaryRequest,
  type QueuedDictionaryRequest,
} from '../../api/dictionaries';
import { formatDateTime } from '../../components/format';
import { RegionCascader } from '../../components/RegionCascader';
import { SchemaField, SchemaForm } from '../../components/SchemaForm';
import { usePageTitle } from '../../components/usePageTitle';
import { RequestPlace, STATUS_COLORS } from '../profile/DictionaryRequestsSection';

const TAB_LABELS = { PENDING: '待审核', APPROVED: '已同意', REJECTED: '不予添加' } as const satisfies Record<
  DictionaryRequestStatus,
  string
>;

/** Blank optional fields are left out: the approval keeps the request's own values for them. */
function withoutBlanks(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => !(v === undefined || v === null || v === '')));
}

function ApproveDialog({ request, onClose }: { request: QueuedDictionaryRequest; onClose: () => void }) {
  const approve = useApproveDictionaryRequest();
  const { message } = App.useApp();
  const kindLabel = DICTIONARY_KIND_LABELS[request.kind];
  const codeLabel = request.kind === 'majors' ? '专业代码' : request.kind === 'schools' ? '学校标识码' : '机构代码';
  const placed = request.country === null;

  return (
    <Modal title={`同意添加${kindLabel}`} open onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph>
        核对名称{placed ? '和所在地区' : ''}，需要时补充代码。确定后该条目立即加入{kindLabel}字典，申请的考生即可选择。
        {request.requesterCount > 1 ? `共有 ${request.requesterCount} 名考生申请了该名称。` : ''}
      </Typography.Paragraph>
      {request.country && (
        <Alert type="info" showIcon className="form-notice" message={`境外学校，国家或地区：${request.country}`} />
      )}
      <SchemaForm
        name={`approve_${request.id}`}
        schema={approveRequestSchema}
        labels={{ name: `${kindLabel}名称`, code: codeLabel, regionCode: '所在地区' }}
        initialValues={{ name: request.name, ...(request.regionCode ? { regionCode: request.regionCode } : {}) }}
        toInput={withoutBlanks}
        submitText="确定添加"
        onSubmit={async (body) => {
          await approve.mutateAsync({ id: request.id, body });
          void message.success(`已将“${body.name ?? request.name}”添加到${kindLabel}字典。`);
          onClose();
        }}
      >
        <SchemaField name="name">
          <Input autoComplete="off" />
        </SchemaField>
        <SchemaField
          name="code"
          optional
          extra="选填；工作单位填写统一社会信用代码或医疗机构登记号，专业填写专业代码。"
        >
          <Input autoComplete="off" />
        </SchemaField>
        {placed && request.kind !== 'majors' && (
          <SchemaField name="regionCode" optional extra="请选择到区县。">
            <RegionCascader />
          </SchemaField>
        )}
      </SchemaForm>
    </Modal>
  );
}

function RejectDialog({ request, onClose }: { request: QueuedDictionaryRequest; onClose: () => void }) {
  const reject = useRejectDictionaryRequest();
  const { message } = App.useApp();
  return (
    <Modal title={`不予添加“${request.name}”`} open onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph>申请的考生将看到这里填写的原因，请写明应如何选择或填写。</Typography.Paragraph>
      <SchemaForm
        name={`reject_${request.id}`}
        schema={rejectRequestSchema}
        labels={{ reason: '不予添加的原因' }}
        submitText="确定不予添加"
        onSubmit={async (body) => {
          await reject.mutateAsync({ id: request.id, body });
          void message.success(`已不予添加“${request.name}”。`);
          onClose();
        }}
      >
        <SchemaField name="reason" extra="如：该单位已在字典中，名称为“……”，请直接选择。">
          <Input.TextArea rows={3} showCount maxLength={200} />
        </SchemaField>
      </SchemaForm>
    </Modal>
  );
}

type Decision = { kind: 'approve' | 'reject'; request: QueuedDictionaryRequest } | null;

function RequestTable({ status, onDecide }: { status: DictionaryRequestStatus; onDecide: (d: Decision) => void }) {
  const requests = useQuery(adminDictionaryRequestsQuery(status));
  const columns: ColumnsType<QueuedDictionaryRequest> = [
    {
      title: '字典',
      dataIndex: 'kind',
      render: (kind: QueuedDictionaryRequest['kind']) => DICTIONARY_KIND_LABELS[kind],
    },
    { title: '申请名称', dataIndex: 'name' },
    { title: '所在地区或国家', key: 'place', render: (_, r) => <RequestPlace request={r} /> },
    { title: '申请人数', dataIndex: 'requesterCount', align: 'right' },
    { title: '申请时间', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
  ];
  if (status === 'PENDING') {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, r) => (
        <Space>
          <Button type="primary" size="small" onClick={() => onDecide({ kind: 'approve', request: r })}>
            同意添加
          </Button>
          <Button danger size="small" onClick={() => onDecide({ kind: 'reject', request: r })}>
            不予添加
          </Button>
        </Space>
      ),
    });
  } else {
    columns.push(
      {
        title: '结果',
        key: 'outcome',
        render: (_, r) => (
          <Space direction="vertical" size={0}>
            <Tag color={STATUS_COLORS[r.status]}>{DICTIONARY_REQUEST_STATUS_LABELS[r.status]}</Tag>
            {r.status === 'APPROVED' ? `字典条目：${r.entryName ?? r.name}` : `原因：${r.reason ?? '—'}`}
          </Space>
        ),
      },
      { title: '处理时间', dataIndex: 'decidedAt', render: (at: string | null) => (at ? formatDateTime(at) : '—') },
    );
  }
  return (
    <Table<QueuedDictionaryRequest>
      rowKey="id"
      columns={columns}
      dataSource={requests.data ?? []}
      loading={requests.isPending}
      locale={{ emptyText: requests.isError ? requests.error.message : '暂无申请' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 800 }}
    />
  );
}

/** 字典申请审核 (R-DICT-3): the centre approves a name (adjusting it first) or rejects it with a reason. */
export function DictionaryRequestsPage() {
  usePageTitle('字典申请审核');
  const [status, setStatus] = useState<DictionaryRequestStatus>('PENDING');
  const [decision, setDecision] = useState<Decision>(null);

  return (
    <>
      <Typography.Title level={1} className="page-title">
        字典申请审核
      </Typography.Title>
      <Typography.Paragraph>
        考生在学校、工作单位或专业字典中找不到名称时提交的添加申请。相同的申请已合并，“申请人数”为提出该申请的考生数。同意添加后，条目立即可被检索；不予添加时，考生将看到填写的原因。
      </Typography.Paragraph>
      <Tabs
        activeKey={status}
        onChange={(key) => setStatus(key as DictionaryRequestStatus)}
        items={DICTIONARY_REQUEST_STATUSES.map((s) => ({
          key: s,
          label: TAB_LABELS[s],
          children: <RequestTable status={s} onDecide={setDecision} />,
        }))}
      />
      {decision?.kind === 'approve' && <ApproveDialog request={decision.request} onClose={() => setDecision(null)} />}
      {decision?.kind === 'reject' && <RejectDialog request={decision.request} onClose={() => setDecision(null)} />}
    </>
  );
}
