import { Alert, Steps } from 'antd';
import { STEP_LABELS, STEPS, type Step } from '../../../domain/application/steps';
import { STEP_HINTS } from './hints';

/** The path of a step of an application's wizard. */
export function stepPath(applicationId: string, step: Step): string {
  return `/exams/${applicationId}/${step}`;
}

/**
 * R-EX-4: the six steps as the guide shows them, the current one highlighted, then that step's hints. Steps already
 * saved (and the next one) can be opened from here; the others only with 下一步.
 */
export function WizardSteps({
  current,
  reachable = [],
  onGo,
}: {
  current: Step;
  reachable?: readonly Step[];
  onGo?: (step: Step) => void;
}) {
  return (
    <>
      <nav aria-label="报名步骤" className="wizard-steps">
        <Steps
          size="small"
          current={STEPS.indexOf(current)}
          onChange={onGo && ((index) => onGo(STEPS[index]!))}
          // The labels carry the guide's ①…⑥; antd numbers the icons itself.
          items={STEPS.map((step) => ({
            title: STEP_LABELS[step].slice(1),
            disabled: step !== current && !reachable.includes(step),
          }))}
        />
      </nav>
      <Alert
        type="info"
        showIcon
        className="wizard-hints"
        message="填报提示"
        description={
          <ul>
            {STEP_HINTS[current].map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        }
      />
    </>
  );
}
