import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { feeSummary } from '../../../domain/application/fees';
import type { PaymentStatus } from '../../../domain/application/payment';
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

/** R-EX-1, R-EX-2: the fees on one line (技能考试费 ¥50.00 · 笔试费 ¥120.00 · 合计 ¥170.00), once an area is chosen. */
export function feeText(application: ApplicationView): string {
  if (!application.area) return '选择考区后显示';
  return feeSummary(application.fees);
}

const PAYMENT_COLOURS = {
  UNPAID: 'gold',
  PAID: 'success',
  REFUNDED: 'default',
} as const satisfies Record<PaymentStatus, string>;

/**
 * R-EX-2, R-SITE-4: 缴费状态 as the server says it, with when and where to pay. No 缴费 button: online payment
 * (R-PAY-1…5) is not built, and payment comes after the on-site confirmation anyway.
 */
export function PaymentState({ application }: { application: ApplicationView }) {
  const { paymentStatus, paymentStatusLabel, paymentHint } = application;
  return (
    <Space direction="vertical" size={0}>
      {paymentStatus ? (
        <Tag color={PAYMENT_COLOURS[paymentStatus]}>{paymentStatusLabel}</Tag>
      ) : (
        <Typography.Text>{paymentStatusLabel}</Typography.Text>
      )}
      {paymentHint && <Typography.Text type="secondary">{paymentHint}</Typography.Text>}
    </Space>
  );
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
