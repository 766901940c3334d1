import { Alert, Card, Descriptions, List, Tag, Typography } from 'antd';
import { ethnicityName } from '../../../domain/identity/ethnicity';
import { GENDER_LABELS } from '../../../domain/identity/gender';
import { ID_TYPE_LABELS } from '../../../domain/identity/id-types';
import { nationalityName } from '../../../domain/identity/nationality';
import { formatDateTime } from '../../components/format';
import { useAccount } from '../../components/useAccount';
import { usePageTitle } from '../../components/usePageTitle';

/** R-PI-1: the five groups after 基本信息; their forms come in later releases. */
const LATER_GROUPS = [
  { title: '联系方式', description: '电话、手机、电子邮件、联系地址和邮政编码' },
  { title: '工作情况', description: '在岗情况、工作单位、职称和职务' },
  { title: '教育经历', description: '学历、毕业学校、专业、毕业年月和毕业证书编号' },
  { title: '培训经历', description: '住院医师规范化培训等培训经历' },
  { title: '证书情况', description: '执业助理医师资格证书及注册信息' },
];

/** 个人信息 (R-PI-1, R-PI-2): the basic info fixed at registration, read-only. */
export function ProfilePage() {
  usePageTitle('个人信息');
  const me = useAccount();
  const basic = me.basic;

  return (
    <>
      <Typography.Title level={1} className="page-title">
        个人信息
      </Typography.Title>
      <Card title={<h2 className="card-title">基本信息</h2>} className="section-card">
        <Alert
          type="info"
          showIcon
          className="form-notice"
          message="基本信息在注册时确定，不能修改；如有错误，请在现场资格审核时由考务人员修订。"
        />
        {basic ? (
          <Descriptions bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="姓名">{basic.name}</Descriptions.Item>
            <Descriptions.Item label="证件类型">{ID_TYPE_LABELS[basic.idType]}</Descriptions.Item>
            <Descriptions.Item label="证件号码">{basic.idNumber}</Descriptions.Item>
            <Descriptions.Item label="性别">{GENDER_LABELS[basic.gender]}</Descriptions.Item>
            <Descriptions.Item label="出生日期">{basic.birthDate}</Descriptions.Item>
            <Descriptions.Item label="国籍">
              {nationalityName(basic.nationality) ?? basic.nationality}
            </Descriptions.Item>
            <Descriptions.Item label="民族">{ethnicityName(basic.ethnicity) ?? basic.ethnicity}</Descriptions.Item>
            <Descriptions.Item label="注册时间">{formatDateTime(me.registeredAt)}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Paragraph>本账户没有登记基本信息。</Typography.Paragraph>
        )}
      </Card>
      <Card title={<h2 className="card-title">其他信息</h2>} className="section-card">
        <List
          dataSource={LATER_GROUPS}
          renderItem={(group) => (
            <List.Item extra={<Tag>暂未开放</Tag>}>
              <List.Item.Meta title={group.title} description={group.description} />
            </List.Item>
          )}
        />
        <Typography.Paragraph type="secondary">
          这些信息的填写功能将在后续版本中开放，届时将作为考试报名、成绩分析、在线评测等服务的数据来源。
        </Typography.Paragraph>
      </Card>
    </>
  );
}
