import { Alert, Button, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ApplicationView } from '../../../api/applications';
import { ExamCard } from '../ExamCard';
import { stepPath } from '../WizardSteps';

/** ①选择报考, seen again from a draft: the exam is the application's own and is changed only by starting anew. */
export function ExamStep({ application }: { application: ApplicationView }) {
  const navigate = useNavigate();
  return (
    <Space direction="vertical" size="middle" className="wizard-block">
      <ExamCard exam={application.exam} />
      <Alert
        type="info"
        showIcon
        message="报考科目已选定。如需更换，请在“考试报名”页对本报名点击“放弃报考”，再开始新的报名。"
      />
      <Button type="primary" onClick={() => navigate(stepPath(application.id, 'basic'))}>
        下一步
      </Button>
    </Space>
  );
}
