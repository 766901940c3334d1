import { describe, expect, it } from 'vitest';
import {
  NO_PAYMENT_DUE,
  PAYMENT_STATUS_LABELS,
  canPaymentTransition,
  paymentStateOf,
  type PaymentStatus,
  type PaymentTransition,
} from './payment';
import { APPLICATION_STATUSES, type ApplicationStatus } from './status';

describe('payment state transitions (R-PAY-3, R-PAY-4)', () => {
  const table: [PaymentStatus, PaymentTransition, boolean][] = [
    ['UNPAID', 'pay', true],
    ['PAID', 'pay', false],
    ['REFUNDED', 'pay', false],
    ['UNPAID', 'refund', false],
    ['PAID', 'refund', true],
    ['REFUNDED', 'refund', false],
  ];
  it.each(table)('R-PAY-3/4: from %s, %s allowed = %s', (status, transition, allowed) => {
    expect(canPaymentTransition(status, transition)).toBe(allowed);
  });

  it('R-EX-2: labels as the 考试报名 page shows them', () => {
    expect(PAYMENT_STATUS_LABELS).toEqual({ UNPAID: '未缴费', PAID: '已缴费', REFUNDED: '已退费' });
  });
});

describe('paymentStateOf (R-EX-2, R-SITE-4)', () => {
  it.each([
    ['DRAFT', 'UNPAID', 'UNPAID', '未缴费', /现场确认后缴费/],
    ['SUBMITTED', 'UNPAID', 'UNPAID', '未缴费', /现场确认审核通过后缴费.*网上缴费/],
    ['APPROVED', 'UNPAID', 'UNPAID', '未缴费', /按考区规定的时间缴费/],
    ['WITHDRAWN', 'UNPAID', null, NO_PAYMENT_DUE, null],
    ['REJECTED', 'UNPAID', null, NO_PAYMENT_DUE, null],
    ['APPROVED', 'PAID', 'PAID', '已缴费', null],
    ['APPROVED', 'REFUNDED', 'REFUNDED', '已退费', null],
  ] as const)('R-SITE-4: %s and %s → %s %s', (status, paymentStatus, shown, label, hint) => {
    const state = paymentStateOf({ status, paymentStatus, skillsExempt: false });
    expect(state).toMatchObject({ status: shown, label });
    if (hint === null) expect(state.hint).toBeNull();
    else expect(state.hint).toMatch(hint);
  });

  it.each(APPLICATION_STATUSES)('R-EX-2: a paid application shows 已缴费 whatever its status (%s)', (status) => {
    expect(
      paymentStateOf({ status: status as ApplicationStatus, paymentStatus: 'PAID', skillsExempt: false }).label,
    ).toBe('已缴费');
  });

  it.each([
    ['SUBMITTED', /^无需现场审核，请按考区规定的时间缴纳笔试费/],
    ['DRAFT', /现场确认后缴费/],
    ['APPROVED', /按考区规定的时间缴费/],
  ] as const)('R-EX-11: an exempt %s application is told %s', (status, hint) => {
    expect(paymentStateOf({ status, paymentStatus: 'UNPAID', skillsExempt: true }).hint).toMatch(hint);
  });
});
