import { z } from 'zod';
import { checkIdNumber } from '../identity/id-number';
import type { IdType } from '../identity/id-types';
import { choice } from '../profile/fields';

/** R-EX-4: the six steps of the wizard, in order, with the guide's names. */
export const STEPS = ['exam', 'basic', 'work', 'education', 'certificate', 'confirm'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS = {
  exam: '①选择报考',
  basic: '②基本情况',
  work: '③工作情况',
  education: '④教育及培训',
  certificate: '⑤证书',
  confirm: '⑥确认',
} as const satisfies Record<Step, string>;

/** R-EX-8: the additional subjects (加试科目) of step ⑥. */
export const ADDITIONAL_SUBJECTS = ['军事医学', '院前急救', '儿科'] as const;
export type AdditionalSubject = (typeof ADDITIONAL_SUBJECTS)[number];

/** R-EX-5: the 往来大陆通行证 a Taiwan, Hong Kong or Macau candidate fills in at step ②. */
export const PERMIT_TYPES = ['TW_PERMIT', 'HK_PERMIT', 'MO_PERMIT'] as const satisfies readonly IdType[];
export type PermitType = (typeof PERMIT_TYPES)[number];

/**
 * R-EX-5: the permits a candidate registered with another document must give: none for mainland documents,
 * passports and the permits themselves; the matching one for a 台湾/香港/澳门身份证; any of the three for a
 * 港澳台居民居住证 (held by residents of all three).
 */
export function permitTypesFor(idType: IdType): readonly PermitType[] {
  switch (idType) {
    case 'TW_ID':
      return ['TW_PERMIT'];
    case 'HK_ID':
      return ['HK_PERMIT'];
    case 'MO_ID':
      return ['MO_PERMIT'];
    case 'HMT_RESIDENCE':
      return PERMIT_TYPES;
    default:
      return [];
  }
}

/** Cumulative attempts (R-EX-8): a two-digit count is plenty for a yearly exam. */
export const MAX_ATTEMPTS = 99;

// Profile entries are the database's bigint identities, sent as strings.
const entryId = z
  .string({ error: '条目编号无效，请重新勾选。' })
  .regex(/^\d{1,18}$/, { error: '条目编号无效，请重新勾选。' });
const entryIds = (label: string) =>
  z.array(entryId, { error: `请勾选${label}。` }).max(20, { error: `勾选的${label}过多。` });

const permitSchema = z
  .object(
    {
      type: choice(PERMIT_TYPES, '往来大陆通行证类型'),
      number: z.string({ error: '请填写往来大陆通行证号码。' }).trim(),
    },
    { error: '请填写往来大陆通行证的类型和号码。' },
  )
  .superRefine((permit, ctx) => {
    const message = checkIdNumber(permit.type, permit.number);
    if (message) ctx.addIssue({ code: 'custom', path: ['number'], message });
  });

/**
 * R-EX-4…8: the PATCH body of each step: what the candidate chooses there. Everything else a step shows is read
 * from 个人信息 (R-PI-*) when the step is saved and again at submit, so the application never holds stale copies.
 * Step ① is the exam itself, chosen by POST /api/applications.
 */
export const stepPatchSchema = z.discriminatedUnion(
  'step',
  [
    // ② 基本情况: the photo and 本人身份 come from 个人信息; only the permit is typed here.
    z.object({ step: z.literal('basic'), permit: permitSchema.optional() }),
    // ③ 工作情况: the candidate confirms the work group of 个人信息 (在岗情况 decides R-DIP-1 and 承诺书).
    z.object({
      step: z.literal('work'),
      confirmed: z.literal(true, { error: '请核对工作情况后勾选“信息无误”。' }),
    }),
    // ④ 教育及培训 (R-EX-6): the education entry used to apply, and the 住院医师规范化培训 entries when declared.
    z.object({
      step: z.literal('education'),
      educationIds: entryIds('用于报考的教育经历'),
      residencyTraining: z.boolean({ error: '请说明是否参加过住院医师规范化培训。' }),
      trainingIds: entryIds('住院医师规范化培训经历').default([]),
    }),
    // ⑤ 证书 (R-EX-7): may be empty unless 中专 education applies for an 执业医师 exam.
    z.object({ step: z.literal('certificate'), certificateIds: entryIds('执业助理医师证书').default([]) }),
    // ⑥ 确认 (R-EX-8): area, then a site of that area, attempts and the additional subject.
    z.object({
      step: z.literal('confirm'),
      areaCode: z.string({ error: '请选择考区。' }).regex(/^\d{2}$/, { error: '请从列表中选择考区。' }),
      siteId: z.string({ error: '请选择考点。' }).regex(/^\d{1,18}$/, { error: '请从列表中选择考点。' }),
      attempts: z
        .number({ error: '累计报考次数应为数字。' })
        .int({ error: '累计报考次数应为整数。' })
        .max(MAX_ATTEMPTS, { error: `累计报考次数不能超过${MAX_ATTEMPTS}次。` })
        .default(1),
      additionalSubject: choice(ADDITIONAL_SUBJECTS, '加试科目').optional(),
    }),
  ],
  { error: `请指明保存的是哪一步（step 取值：${STEPS.slice(1).join('、')}）。` },
);
export type StepPatch = z.output<typeof stepPatchSchema>;
export type StepPatchInput = z.input<typeof stepPatchSchema>;
export type EditableStep = StepPatch['step'];

/** Each step's saved choices, as the application keeps them (step ① has none: the exam is the application's). */
export type StepChoices = { [S in EditableStep]?: Omit<Extract<StepPatch, { step: S }>, 'step'> };

/** The steps saved so far, in wizard order; ① is done once the application exists. */
export function completedSteps(choices: StepChoices): Step[] {
  return STEPS.filter((s) => s === 'exam' || choices[s] !== undefined);
}

/** R-EX-4: the first step before `step` that is not done yet, or null when `step` may be saved now. */
export function missingStepBefore(step: Step, choices: StepChoices): Step | null {
  const done = new Set(completedSteps(choices));
  return STEPS.slice(0, STEPS.indexOf(step)).find((s) => !done.has(s)) ?? null;
}

/** The next step the wizard should show, or null when every step is saved. */
export function nextStep(choices: StepChoices): Step | null {
  const done = new Set(completedSteps(choices));
  return STEPS.find((s) => !done.has(s)) ?? null;
}
