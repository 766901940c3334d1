import { Alert, Button, Col, Descriptions, Result, Row, Spin, Typography } from 'antd';
import { ethnicityName } from '../../../domain/identity/ethnicity';
import { GENDER_LABELS } from '../../../domain/identity/gender';
import { ID_TYPE_LABELS } from '../../../domain/identity/id-types';
import { nationalityName } from '../../../domain/identity/nationality';
import { CURRENT_GRADUATE_STUDENT } from '../../../domain/profile/options';
import { useProfile, type Profile } from '../../api/profile';
import { formatDateTime } from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';
import { CertificateSection } from './CertificateSection';
import { ContactSection } from './ContactSection';
import { DictionaryRequestsSection } from './DictionaryRequestsSection';
import { EducationSection } from './EducationSection';
import { PhotoSection } from './PhotoSection';
import { SectionCard } from './SectionCard';
import { TrainingSection } from './TrainingSection';
import { WorkSection } from './WorkSection';

/** 基本信息 (R-PI-2): fixed at registration, read-only; staff correct it on site. */
function BasicInfoSection({ basic }: { basic: Profile['basic'] }) {
  return (
    <SectionCard id="profile-basic" title="基本信息">
      <Alert
        type="info"
        showIcon
        className="form-notice"
        message="基本信息在注册时确定，不能修改；如有错误，请在现场资格审核时由考务人员修订。"
      />
      <Descriptions bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="姓名">{basic.name}</Descriptions.Item>
        <Descriptions.Item label="证件类型">{ID_TYPE_LABELS[basic.idType]}</Descriptions.Item>
        <Descriptions.Item label="证件号码">{basic.idNumber}</Descriptions.Item>
        <Descriptions.Item label="性别">{GENDER_LABELS[basic.gender]}</Descriptions.Item>
        <Descriptions.Item label="出生日期">{basic.birthDate}</Descriptions.Item>
        <Descriptions.Item label="国籍">{nationalityName(basic.nationality) ?? basic.nationality}</Descriptions.Item>
        <Descriptions.Item label="民族">{ethnicityName(basic.ethnicity) ?? basic.ethnicity}</Descriptions.Item>
        <Descriptions.Item label="注册时间">{formatDateTime(basic.registeredAt)}</Descriptions.Item>
      </Descriptions>
    </SectionCard>
  );
}

/**
 * 个人信息 (R-PI-1…11): 基本信息 and the photo, then 联系方式, 工作情况, 教育经历, 培训经历 and 证书情况, each saved on
 * its own with 提交; and the candidate's requests to add dictionary names (R-DICT-3).
 */
export function ProfilePage() {
  usePageTitle('个人信息');
  const profile = useProfile();

  return (
    <>
      <Typography.Title level={1} className="page-title">
        个人信息
      </Typography.Title>
      <Typography.Paragraph>
        此处填报的个人信息将作为考试报名、成绩分析、在线评测等各项考试服务的数据来源和重要依据，请如实、完整、认真填写。每组信息填写完成后，须点击该组的“提交”按钮方可保存。
      </Typography.Paragraph>
      {profile.isPending ? (
        <Spin size="large" tip="正在加载个人信息…">
          <div className="loading-block" />
        </Spin>
      ) : profile.isError ? (
        <Result
          status="error"
          title="无法加载个人信息"
          subTitle={profile.error.message}
          extra={
            <Button type="primary" onClick={() => void profile.refetch()}>
              重试
            </Button>
          }
        />
      ) : (
        <ProfileGroups profile={profile.data} />
      )}
    </>
  );
}

/** 基本信息 beside the photo: how 个人信息 and the wizard's ②基本情况 both open. */
export function BasicInfoAndPhoto({ profile }: { profile: Profile }) {
  return (
    <Row gutter={24}>
      <Col xs={24} lg={17}>
        <BasicInfoSection basic={profile.basic} />
      </Col>
      <Col xs={24} lg={7}>
        <PhotoSection photo={profile.photo} maxBytes={profile.photoMaxBytes} />
      </Col>
    </Row>
  );
}

function ProfileGroups({ profile }: { profile: Profile }) {
  return (
    <>
      <BasicInfoAndPhoto profile={profile} />
      <ContactSection contact={profile.contact} mainland={profile.mainland} />
      <WorkSection work={profile.work} />
      <EducationSection
        educations={profile.educations}
        currentGraduateStudent={profile.work?.employmentStatus === CURRENT_GRADUATE_STUDENT}
      />
      <TrainingSection trainings={profile.trainings} />
      <CertificateSection certificates={profile.certificates} />
      <DictionaryRequestsSection />
    </>
  );
}
