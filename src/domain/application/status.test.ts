import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  TRANSITIONS,
  canTransition,
  isLive,
  isPrintable,
  statusLabelOf,
  type ApplicationStatus,
  type Transition,
} from './status';

describe('application status (R-EX-9)', () => {
  const table: [ApplicationStatus, Transition, boolean][] = [
    ['DRAFT', 'submit', true],
    ['SUBMITTED', 'submit', false],
    ['WITHDRAWN', 'submit', false],
    ['APPROVED', 'submit', false],
    ['DRAFT', 'withdraw', true],
    ['SUBMITTED', 'withdraw', true],
    ['APPROVED', 'withdraw', false],
    ['REJECTED', 'withdraw', false],
    ['WITHDRAWN', 'withdraw', false],
    ['SUBMITTED', 'approve', true],
    ['DRAFT', 'approve', false],
    ['SUBMITTED', 'reject', true],
    ['WITHDRAWN', 'reject', false],
  ];
  it.each(table)('R-EX-9: from %s, %s allowed = %s', (status, transition, allowed) => {
    expect(canTransition(status, transition)).toBe(allowed);
  });

  it('R-EX-9: submit and withdraw are the candidate’s, during the window; decisions are the staff’s', () => {
    expect(TRANSITIONS.submit).toMatchObject({ to: 'SUBMITTED', by: 'CANDIDATE', duringWindow: true });
    expect(TRANSITIONS.withdraw).toMatchObject({ to: 'WITHDRAWN', by: 'CANDIDATE', duringWindow: true });
    expect(TRANSITIONS.approve.by).toBe('SITE_STAFF');
  });

  it.each(APPLICATION_STATUSES.map((s) => [s, s !== 'WITHDRAWN']))('R-EX-9: %s is live = %s', (status, live) => {
    expect(isLive(status)).toBe(live);
  });

  it.each([
    ['DRAFT', false],
    ['SUBMITTED', true],
    ['APPROVED', true],
    ['REJECTED', true],
    ['WITHDRAWN', false],
  ] as const)('R-EX-10: %s printable = %s', (status, printable) => {
    expect(isPrintable(status)).toBe(printable);
  });

  it.each([
    ['SUBMITTED', false, '待现场确认'],
    ['SUBMITTED', true, '已提交（免现场审核）'],
    ['APPROVED', true, '审核通过'],
    ['WITHDRAWN', true, '已放弃'],
    ['DRAFT', true, '草稿'],
  ] as const)('R-EX-2, R-EX-11: %s, exempt %s, is shown as %s', (status, skillsExempt, label) => {
    expect(statusLabelOf({ status, skillsExempt })).toBe(label);
  });

  it('R-EX-2: labels as the 考试报名 page shows them', () => {
    expect(APPLICATION_STATUS_LABELS).toEqual({
      DRAFT: '草稿',
      SUBMITTED: '待现场确认',
      APPROVED: '审核通过',
      REJECTED: '审核未通过',
      WITHDRAWN: '已放弃',
    });
  });
});
