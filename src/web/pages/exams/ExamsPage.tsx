import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useApplications, useWithdrawApplication, type ApplicationView } from '../../api/applications';
import { QueryResult } from '../../components/QueryResult';
import { formatDateTime } from '../../components/format';
import { useAccount } from '../../components/useAccount';
import { usePageTitle } from '../../components/usePageTitle';
import { PaymentState, PrintLinks, StatusTag, feeText } from './ApplicationParts';

/** One application as the guide's 考试报名 page lists it (R-EX-2), with only the actions the server allows. */
function ApplicationCard({ application, name }: { application: ApplicationView; name: string }) {
  const withdraw = useWithdrawApplication();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const title = `${application.exam.code} ${application.exam.name}`;
  const { actions } = application;

  return (
    <article aria-label={title} className="application-card">
      <Card
        size="small"
        title={title}
        extra={
          <Space size={0}>
            {application.skillsExempt && <Tag color="green">免考实践技能</Tag>}
            <StatusTag application={application} />
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="姓名">{name}</Descriptions.Item>
          <Descriptions.Item label="报名编号">{application.registrationNumber ?? '提交后生成'}</Descriptions.Item>
          <Descriptions.Item label="准考证号">{application.admissionNumber ?? '未发放'}</Descriptions.Item>
          <Descriptions.Item label="考区">{application.area?.name ?? '未选择'}</Descriptions.Item>
          <Descriptions.Item label="考点">{application.site?.name ?? '未选择'}</Descriptions.Item>
          <Descriptions.Item label="阶段">{application.exam.phase}</Descriptions.Item>
          <Descriptions.Item label="状态">{application.statusLabel}</Descriptions.Item>
          <Descriptions.Item label="报名时间">
            {formatDateTime(application.submittedAt ?? application.createdAt)}
          </Descriptions.Item>
          {application.withdrawnAt && (
            <Descriptions.Item label="放弃时间">{formatDateTime(application.withdrawnAt)}</Descriptions.Item>
          )}
        </Descriptions>
        {/* Fees and payment a line each, whatever the width: the fee line and the hint are long. */}
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="费用">{feeText(application)}</Descriptions.Item>
          <Descriptions.Item label="缴费状态">
            <PaymentState application={application} />
          </Descriptions.Item>
        </Descriptions>
        {actions.length > 0 && (
          <Space wrap className="application-actions">
            {actions.includes('edit') && (
              <Button type="primary" onClick={() => navigate(`/exams/${application.id}`)}>
                继续填写
              </Button>
            )}
            {actions.includes('print') && <PrintLinks application={application} />}
            {actions.includes('withdraw') && (
              <Popconfirm
                title="确定放弃报考吗？"
                description="放弃后该报名作废，所用的教育、培训和证书条目随即解锁；网上报名期间可重新报名。"
                okText="放弃报考"
                cancelText="取消"
                okButtonProps={{ danger: true }}
                onConfirm={async () => {
                  try {
                    await withdraw.mutateAsync(application.id);
                    void message.success(`已放弃报考 ${title}。`);
                  } catch (error) {
                    void message.error(error instanceof Error ? error.message : '操作失败，请重试。');
                  }
                }}
              >
                <Button danger>放弃报考</Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </Card>
    </article>
  );
}

/**
 * 考试报名 (R-EX-2): 开始新的报名 on the left, every application the candidate has made on the right. Applications
 * cannot be changed once submitted: a wrong one is withdrawn (放弃报考) and made again during the online window.
 */
export function ExamsPage() {
  usePageTitle('考试报名');
  const me = useAccount();
  const applications = useApplications();
  const navigate = useNavigate();

  return (
    <>
      <Typography.Title level={1} className="page-title">
        考试报名
      </Typography.Title>
      <Row gutter={24}>
        <Col xs={24} md={6}>
          <Card className="new-application">
            <Button
              type="primary"
              size="large"
              icon={<PlusOutlined aria-hidden />}
              block
              onClick={() => navigate('/exams/new')}
            >
              开始新的报名
            </Button>
            <Typography.Paragraph type="secondary" className="new-application-note">
              报名信息提交后不能修改，请务必检查报考科目、考区和考点；如有误，可在网上报名期间“放弃报考”后重新报名。
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} md={18}>
          <QueryResult query={applications} what="报名信息">
            {({ items }) =>
              items.length === 0 ? (
                <Empty description="您还没有报名，点击“开始新的报名”开始。" />
              ) : (
                <div role="list" aria-label="我的报名" className="application-list">
                  {items.map((application) => (
                    <div role="listitem" key={application.id}>
                      <ApplicationCard application={application} name={me.basic?.name ?? me.username} />
                    </div>
                  ))}
                </div>
              )
            }
          </QueryResult>
        </Col>
      </Row>
    </>
  );
}
