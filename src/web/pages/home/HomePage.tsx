import { Alert, Card, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAccount } from '../../components/useAccount';
import { usePageTitle } from '../../components/usePageTitle';

/** The steps of 网上报名 and 现场确认, as the operator's guide describes them. */
const STEPS = [
  {
    title: '完善个人信息',
    description: '在“个人信息”中填写联系方式、工作情况、教育经历、培训经历和证书情况，上传照片，并点击“提交”保存。',
  },
  { title: '考试报名', description: '在“考试报名”中选择考试，按提示逐步填写报名信息并提交。' },
  { title: '打印通知单', description: '报名完成后，打印《医师资格考试网上报名成功通知单》。' },
  {
    title: '现场确认',
    description:
      '携通知单、有效身份证明和书面报名材料到考点进行现场资格审核，在《医师资格考试报名暨授予医师资格申请表》上签字确认。',
  },
  { title: '缴费', description: '按考点要求缴纳考试费；考区开通网上缴费的，可在规定的缴费时间内网上缴费。' },
];

/** 首页: a welcome and the way through registration. */
export function HomePage() {
  usePageTitle('首页');
  const me = useAccount();

  return (
    <Card>
      <Typography.Title level={1} className="page-title">
        欢迎您，{me.basic?.name ?? me.username}
      </Typography.Title>
      <Typography.Paragraph>
        医师资格考试报名分网上报名和现场确认两步。注册成功后，本账户可用于国家医学考试中心开放的所有考试报名。
      </Typography.Paragraph>
      <Typography.Title level={2} className="section-title">
        报名流程
      </Typography.Title>
      <ol className="registration-steps">
        {STEPS.map((step) => (
          <li key={step.title}>
            <strong>{step.title}</strong>
            <p>{step.description}</p>
          </li>
        ))}
      </ol>
      <Alert
        type="warning"
        showIcon
        className="form-notice"
        message="请在审核现场仔细核对报名信息，签字确认后的报名信息一律不得更改。"
      />
      <Link to="/profile" className="call-to-action">
        去完善个人信息
      </Link>
    </Card>
  );
}
