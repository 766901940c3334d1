import { allows } from '../shared/transitions';

/** R-EX-9: the states of an application, from the wizard's draft to the site's decision. */
export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The Chinese label of each state, as the 考试报名 page shows it (R-EX-2). */
export const APPLICATION_STATUS_LABELS = {
  DRAFT: '草稿',
  SUBMITTED: '待现场确认',
  APPROVED: '审核通过',
  REJECTED: '审核未通过',
  WITHDRAWN: '已放弃',
} as const satisfies Record<ApplicationStatus, string>;

/**
 * R-EX-2, R-EX-11: the label an application shows. A submitted application exempt from the skills exam goes to no
 * on-site review: it waits for the written exam, not for 现场确认.
 */
export function statusLabelOf(application: { status: ApplicationStatus; skillsExempt: boolean }): string {
  if (application.status === 'SUBMITTED' && application.skillsExempt) return '已提交（免现场审核）';
  return APPLICATION_STATUS_LABELS[application.status];
}

/** The state changes and who makes them: the candidate submits and withdraws, the site's staff decide. */
export const TRANSITIONS = {
  submit: { from: ['DRAFT'], to: 'SUBMITTED', by: 'CANDIDATE', duringWindow: true },
  // R-EX-9: 放弃报考 during the online window, of a draft or of a submitted application awaiting review.
  withdraw: { from: ['DRAFT', 'SUBMITTED'], to: 'WITHDRAWN', by: 'CANDIDATE', duringWindow: true },
  approve: { from: ['SUBMITTED'], to: 'APPROVED', by: 'SITE_STAFF', duringWindow: false },
  reject: { from: ['SUBMITTED'], to: 'REJECTED', by: 'SITE_STAFF', duringWindow: false },
} as const satisfies Record<
  string,
  {
    from: readonly ApplicationStatus[];
    to: ApplicationStatus;
    by: 'CANDIDATE' | 'SITE_STAFF';
    duringWindow: boolean;
  }
>;
export type Transition = keyof typeof TRANSITIONS;

/** True when `transition` may start from `status` (the window is checked by the caller, see actionsOf). */
export function canTransition(status: ApplicationStatus, transition: Transition): boolean {
  return allows<ApplicationStatus, typeof TRANSITIONS>(TRANSITIONS, status, transition);
}

/** R-EX-9, R-PI-4: every state but 已放弃 holds the exam: one such application per candidate and exam. */
export function isLive(status: ApplicationStatus): boolean {
  return status !== 'WITHDRAWN';
}

/** R-EX-10: the printed forms exist once the application is submitted and until it is withdrawn. */
export function isPrintable(status: ApplicationStatus): boolean {
  return status === 'SUBMITTED' || status === 'APPROVED' || status === 'REJECTED';
}
