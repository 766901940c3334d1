import { Table, Tag, Typography } from 'antd';
import { DICTIONARY_KIND_LABELS, DICTIONARY_REQUEST_STATUS_LABELS } from '../../../domain/dictionary/kinds';
import { useMyDictionaryRequests, type DictionaryRequest } from '../../api/dictionaries';
import { formatDateTime } from '../../components/format';
import { RegionText } from '../../components/RegionCascader';
import { SectionCard } from './SectionCard';

export const STATUS_COLORS = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'red' } as const;

/** Where the requested entry is: a county, or a country for a school outside the mainland. */
export function RequestPlace({ request }: { request: Pick<DictionaryRequest, 'regionCode' | 'country'> }) {
  if (request.regionCode) return <RegionText code={request.regionCode} />;
  return <>{request.country ?? '—'}</>;
}

function outcomeOf(request: DictionaryRequest): string {
  switch (request.status) {
    case 'PENDING':
      return '等待国家医学考试中心审核。';
    case 'APPROVED':
      return `已添加为“${request.entryName ?? request.name}”，可在检索列表中选择。`;
    case 'REJECTED':
      return `未通过，原因：${request.reason ?? '未说明'}`;
  }
}

/** 我的字典申请 (R-DICT-3): the names the candidate asked to add, and what became of them. */
export function DictionaryRequestsSection() {
  const requests = useMyDictionaryRequests();

  return (
    <SectionCard id="profile-dictionary-requests" title="我的字典申请">
      <Typography.Paragraph type="secondary">
        学校、工作单位或专业在检索列表中不存在时，可在填写时点击“申请添加”。审核通过后，即可在列表中选择。
      </Typography.Paragraph>
      <Table<DictionaryRequest>
        rowKey="id"
        size="small"
        loading={requests.isPending}
        dataSource={requests.data ?? []}
        pagination={false}
        locale={{ emptyText: requests.isError ? requests.error.message : '暂无申请' }}
        scroll={{ x: 640 }}
        columns={[
          {
            title: '字典',
            dataIndex: 'kind',
            render: (kind: DictionaryRequest['kind']) => DICTIONARY_KIND_LABELS[kind],
          },
          { title: '名称', dataIndex: 'name' },
          { title: '所在地', key: 'place', render: (_, r) => <RequestPlace request={r} /> },
          { title: '申请时间', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
          {
            title: '状态',
            dataIndex: 'status',
            render: (status: DictionaryRequest['status']) => (
              <Tag color={STATUS_COLORS[status]}>{DICTIONARY_REQUEST_STATUS_LABELS[status]}</Tag>
            ),
          },
          { title: '结果', key: 'outcome', render: (_, r) => outcomeOf(r) },
        ]}
      />
    </SectionCard>
  );
}
