import { Alert, Card, Descriptions, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ApplicationView } from '../../api/applications';
import { formatDateTime } from '../../components/format';
import { PrintLinks, StatusTag } from './ApplicationParts';

/**
 * An application past its draft: after 提交, the registration number, the state (待现场确认) and exactly the
 * materials this candidate brings to the on-site confirmation (R-SITE-1), or none for a candidate exempt from the
 * skills exam, who has no on-site review (R-EX-11); the forms to print (R-EX-10).
 */
export function SubmittedResult({ application }: { application: ApplicationView }) {
  if (application.status === 'WITHDRAWN') {
    return (
      <Result
        status="info"
        title="该报名已放弃"
        subTitle="如需报考，请在网上报名期间开始新的报名。"
        extra={<Link to="/exams">返回考试报名</Link>}
      />
    );
  }
  const materials = application.materials ?? [];
  return (
    <Card>
      <Result
        status="success"
        title={<h1 className="result-title">报名已提交</h1>}
        subTitle={
          application.skillsExempt
            ? '您免考实践技能，无需现场审核：请打印《医师资格考试网上报名成功通知单》留存，并按考区规定的时间缴纳笔试费。'
            : '请打印《医师资格考试网上报名成功通知单》，并携带下列材料在规定时间内到所选考点进行现场确认。'
        }
        extra={
          <>
            {application.actions.includes('print') && <PrintLinks application={application} />}
            <Link to="/exams">返回考试报名</Link>
          </>
        }
      />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="报名编号">{application.registrationNumber}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <StatusTag application={application} />
        </Descriptions.Item>
        <Descriptions.Item label="报考科目">
          {application.exam.code} {application.exam.name}
        </Descriptions.Item>
        <Descriptions.Item label="报名时间">
          {application.submittedAt && formatDateTime(application.submittedAt)}
        </Descriptions.Item>
        <Descriptions.Item label="考区">{application.area?.name}</Descriptions.Item>
        <Descriptions.Item label="考点">{application.site?.name}</Descriptions.Item>
      </Descriptions>
      <section aria-labelledby="materials-title" className="wizard-block">
        <Typography.Title level={2} id="materials-title" className="section-title">
          现场确认须携带的材料
        </Typography.Title>
        {application.skillsExempt ? (
          <Alert
            type="success"
            showIcon
            message="您已通过国家实践技能考试基地考核，免于现场审核和实践技能考试，无须携带材料。"
          />
        ) : (
          <ol className="materials-list">
            {materials.map((m) => (
              <li key={m.no}>
                （{m.no}）{m.text}
              </li>
            ))}
          </ol>
        )}
      </section>
    </Card>
  );
}
