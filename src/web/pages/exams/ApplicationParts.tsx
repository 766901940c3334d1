import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import type { ApplicationStatus } from '../../../domain/application/status';
import { PRINTED_FORMS, printedFormUrl, type ApplicationView } from '../../api/applications';

const STATUS_COLOURS = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'warning',
} as const satisfies Record<ApplicationStatus, string>;

/** An application's state in words (the server's label) and a colour of its own. */
export function StatusTag({ application }: { application: ApplicationView }) {
  return <Tag color={STATUS_COLOURS[application.status]}>{application.statusLabel}</Tag>;
}

/** R-EX-10: 打印 of the two forms, each a PDF opened in a new tab (to print or to keep). */
export function PrintLinks({ application }: { application: ApplicationView }) {
  return (
    <Space wrap>
      {PRINTED_FORMS.map(({ file, label }) => (
        <Button
          key={file}
          icon={<PrinterOutlined aria-hidden />}
          href={printedFormUrl(application.id, file)}
          target="_blank"
          rel="noopener"
        >
          打印{label}
        </Button>
      ))}
    </Space>
  );
}
