import { isRegistrationOpen, type ExamWindow } from '../exam/exam';
import { canTransition, isPrintable, type ApplicationStatus } from './status';
import { nextStep, type StepChoices } from './steps';

/** What the candidate may do with an application now; the API sends it as `actions`, the UI shows only these. */
export const APPLICATION_ACTIONS = ['edit', 'submit', 'withdraw', 'print'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** R-EX-9, R-EX-10: the actions allowed by the application's state, its steps and the exam's window at `now`. */
export function actionsOf(
  application: { status: ApplicationStatus; choices: StepChoices },
  exam: ExamWindow,
  now: Date,
): ApplicationAction[] {
  const open = isRegistrationOpen(exam, now);
  const draft = application.status === 'DRAFT';
  const allowed: Record<ApplicationAction, boolean> = {
    edit: open && draft,
    submit: open && canTransition(application.status, 'submit') && nextStep(application.choices) === null,
    withdraw: open && canTransition(application.status, 'withdraw'),
    print: isPrintable(application.status),
  };
  return APPLICATION_ACTIONS.filter((a) => allowed[a]);
}
