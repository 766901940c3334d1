import { allows } from '../shared/transitions';
import type { ApplicationStatus } from './status';

/**
 * R-SITE-4, R-PAY-3, R-PAY-4: the payment state of an application, kept beside its status (an application is
 * reviewed first and paid for after). Payment itself — the gateway and its confirmations — is not built yet.
 */
export const PAYMENT_STATUSES = ['UNPAID', 'PAID', 'REFUNDED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_STATUS_LABELS = {
  UNPAID: '未缴费',
  PAID: '已缴费',
  REFUNDED: '已退费',
} as const satisfies Record<PaymentStatus, string>;

/** The payment state changes: paid once the payment is confirmed (R-PAY-3), refunded by the area's rules (R-PAY-4). */
export const PAYMENT_TRANSITIONS = {
  pay: { from: ['UNPAID'], to: 'PAID' },
  refund: { from: ['PAID'], to: 'REFUNDED' },
} as const satisfies Record<string, { from: readonly PaymentStatus[]; to: PaymentStatus }>;
export type PaymentTransition = keyof typeof PAYMENT_TRANSITIONS;

/** True when `transition` may start from the payment state `status`. */
export function canPaymentTransition(status: PaymentStatus, transition: PaymentTransition): boolean {
  return allows<PaymentStatus, typeof PAYMENT_TRANSITIONS>(PAYMENT_TRANSITIONS, status, transition);
}

// R-SITE-4: the fee is paid after the on-site confirmation, on site or online where the area enables it (R-PAY-1).
const PAY_ON_SITE_OR_ONLINE = '在考点现场缴费；考区开通网上缴费的，也可在其缴费时间内网上缴费';

/**
 * What an unpaid application of each status asks of the candidate: the hint beside 未缴费, or null when nothing is
 * owed (a withdrawn or rejected application that never paid).
 */
const UNPAID_HINTS = {
  DRAFT: '提交报名并通过现场确认后缴费。',
  SUBMITTED: `现场确认审核通过后缴费（${PAY_ON_SITE_OR_ONLINE}）。`,
  APPROVED: `请按考区规定的时间缴费（${PAY_ON_SITE_OR_ONLINE}）。`,
  REJECTED: null,
  WITHDRAWN: null,
} as const satisfies Record<ApplicationStatus, string | null>;

/** An application that owes nothing and never paid: shown as such, not as 未缴费. */
export const NO_PAYMENT_DUE = '无需缴费';

export interface PaymentState {
  /** null when nothing is owed and nothing was paid. */
  status: PaymentStatus | null;
  label: string;
  /** What the candidate does next, or null when nothing. */
  hint: string | null;
}

// R-EX-11: no on-site review, so nothing to wait for before paying the written exam's fee.
const EXEMPT_SUBMITTED_HINT = `无需现场审核，请按考区规定的时间缴纳笔试费（${PAY_ON_SITE_OR_ONLINE}）。`;

/** R-EX-2, R-SITE-4, R-EX-11: the 缴费状态 an application shows, from its status and its payment state. */
export function paymentStateOf(application: {
  status: ApplicationStatus;
  paymentStatus: PaymentStatus;
  skillsExempt: boolean;
}): PaymentState {
  const { status, paymentStatus, skillsExempt } = application;
  if (paymentStatus !== 'UNPAID')
    return { status: paymentStatus, label: PAYMENT_STATUS_LABELS[paymentStatus], hint: null };
  const hint = status === 'SUBMITTED' && skillsExempt ? EXEMPT_SUBMITTED_HINT : UNPAID_HINTS[status];
  if (hint === null) return { status: null, label: NO_PAYMENT_DUE, hint: null };
  return { status: 'UNPAID', label: PAYMENT_STATUS_LABELS.UNPAID, hint };
}
