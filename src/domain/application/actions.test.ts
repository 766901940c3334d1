import { describe, expect, it } from 'vitest';
import { isRegistrationOpen } from '../exam/exam';
import { actionsOf } from './actions';
import { eligibleSnapshot } from './test-support';
import type { ApplicationStatus } from './status';

const exam = { opensAt: new Date('2026-03-01T00:00:00+08:00'), closesAt: new Date('2026-03-31T00:00:00+08:00') };
const during = new Date('2026-03-10T12:00:00+08:00');
const after = new Date('2026-04-01T00:00:00+08:00');
const complete = eligibleSnapshot().choices;

describe('actionsOf (R-EX-9, R-EX-10)', () => {
  it.each([
    ['DRAFT', complete, during, ['edit', 'submit', 'withdraw']],
    ['DRAFT', {}, during, ['edit', 'withdraw']],
    ['DRAFT', { basic: {} }, after, []],
    ['SUBMITTED', complete, during, ['withdraw', 'print']],
    ['SUBMITTED', complete, after, ['print']],
    ['APPROVED', complete, during, ['print']],
    ['REJECTED', complete, after, ['print']],
    ['WITHDRAWN', complete, during, []],
  ] as const)('R-EX-9: %s with steps %j at %s → %j', (status, choices, now, actions) => {
    expect(actionsOf({ status: status as ApplicationStatus, choices }, exam, now)).toEqual(actions);
  });
});

describe('isRegistrationOpen (R-EX-9)', () => {
  it.each([
    [new Date('2026-02-28T23:59:59+08:00'), false],
    [exam.opensAt, true],
    [during, true],
    [exam.closesAt, false],
  ])('R-EX-9: at %s open = %s', (now, open) => {
    expect(isRegistrationOpen(exam, now)).toBe(open);
  });
});
