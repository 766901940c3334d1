import { Button, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { STEPS, stepPatchSchema, type EditableStep, type StepPatch } from '../../../domain/application/steps';
import { useSaveStep, type ApplicationView } from '../../api/applications';
import type { Profile } from '../../api/profile';
import { SchemaForm } from '../../components/SchemaForm';
import { WIZARD_FIELD_LABELS } from './hints';
import { stepPath } from './WizardSteps';

/** What every step shows: the draft as saved, and 个人信息 as it is now (the steps are prefilled from it). */
export interface StepProps {
  application: ApplicationView;
  profile: Profile;
}

interface StepFormProps {
  application: ApplicationView;
  step: EditableStep;
  form?: FormInstance;
  initialValues?: Record<string, unknown>;
  /** The step's PATCH body (without `step`) from the form's values; the values themselves unless given. */
  toInput?: (values: Record<string, unknown>) => Record<string, unknown>;
  submitText?: string;
  /** What 下一步 does; by default it saves the step as the draft's and opens the next step. */
  onSubmit?: (patch: StepPatch) => Promise<void>;
  children: ReactNode;
}

/**
 * One step of the wizard (R-EX-4): a form checked against the domain's PATCH schema of that step (so its messages
 * are the server's), 上一步 without saving, and 下一步 saving the step on the server, so the candidate can leave and
 * continue later on any device. The server's 400/409 (an eligibility rule broken, with what to do) shows in the
 * form's error summary.
 */
export function StepForm({
  application,
  step,
  form,
  initialValues,
  toInput,
  submitText,
  onSubmit,
  children,
}: StepFormProps) {
  const navigate = useNavigate();
  const save = useSaveStep(application.id);
  const index = STEPS.indexOf(step);
  const previous = STEPS[index - 1]!;
  const next = STEPS[index + 1];

  const saveAndGoOn = async (patch: StepPatch) => {
    await save.mutateAsync(patch);
    if (next) navigate(stepPath(application.id, next));
  };

  return (
    <SchemaForm
      name={`step_${step}`}
      schema={stepPatchSchema}
      labels={WIZARD_FIELD_LABELS}
      form={form}
      initialValues={initialValues}
      toInput={(values) => ({ ...(toInput ? toInput(values) : values), step })}
      submitText={submitText ?? '下一步'}
      onSubmit={onSubmit ?? saveAndGoOn}
      extraActions={<Button onClick={() => navigate(stepPath(application.id, previous))}>上一步</Button>}
    >
      {children}
    </SchemaForm>
  );
}
