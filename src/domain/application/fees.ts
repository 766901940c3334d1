import { z } from 'zod';
import type { AreaFees } from '../exam/exam';
import { formatYuan } from '../shared/money';

/**
 * R-EX-1, R-EX-2: an application's fees as the API sends them, in fen. An amount the area has not published is null
 * (never 0, which would read as free); a 免考实践技能 application (R-EX-11) owes no skills fee, so its `skills` is 0.
 */
export const applicationFeesSchema = z.object({
  skills: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('实践技能考试费（分）；免考实践技能为 0；考区未公布收费标准（或尚未选择考区）为 null'),
  written: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('医学综合笔试费（分）；考区未公布（或尚未选择考区）为 null'),
  total: z.number().int().nonnegative().nullable().describe('合计（分）；任一项未知时为 null'),
  skillsExempt: z.boolean().describe('免考实践技能（R-EX-11），不收技能考试费'),
  currency: z.literal('CNY'),
  unit: z.literal('fen').describe('金额单位：分（整数），5000 即 ¥50.00'),
});
export type ApplicationFees = z.infer<typeof applicationFeesSchema>;

/**
 * R-EX-1, R-EX-8: the fees an area has published for an exam, as GET /api/exams/{id}/sites sends them beside the
 * area: an application's fee shape without the candidate's exemption (which the area list does not know), so the
 * wizard can show what this candidate owes before choosing (feesFor).
 */
export const publishedFeesSchema = applicationFeesSchema.omit({ skillsExempt: true }).extend({
  skills: applicationFeesSchema.shape.skills.describe('实践技能考试费（分）；考区未公布收费标准为 null'),
  written: applicationFeesSchema.shape.written.describe('医学综合笔试费（分）；考区未公布为 null'),
  total: applicationFeesSchema.shape.total.describe('合计（分）；考区未公布为 null'),
});
export type PublishedFees = z.infer<typeof publishedFeesSchema>;

const sum = (a: number | null, b: number | null) => (a !== null && b !== null ? a + b : null);

/** R-EX-1: an area's published fees (null: none published) in the API's shape. */
export function publishedFees(area: AreaFees | null): PublishedFees {
  const skills = area?.skillsFen ?? null;
  const written = area?.writtenFen ?? null;
  return { skills, written, total: sum(skills, written), currency: 'CNY', unit: 'fen' };
}

/** R-EX-1, R-EX-11: what a candidate owes of an area's published fees: no skills fee when exempt. */
export function feesFor(published: PublishedFees, application: { skillsExempt: boolean }): ApplicationFees {
  const skills = application.skillsExempt ? 0 : published.skills;
  const { written, currency, unit } = published;
  return { skills, written, total: sum(skills, written), skillsExempt: application.skillsExempt, currency, unit };
}

/** R-EX-1, R-EX-11: what an application owes, from its area's fees (null: none published) and its exemption. */
export function applicationFees(area: AreaFees | null, application: { skillsExempt: boolean }): ApplicationFees {
  return feesFor(publishedFees(area), application);
}

/** Where the area has published no fees: the page and the printed forms say its own list applies (无 reads as free). */
export const FEES_NOT_PUBLISHED = '以考区公布为准';

export const FEE_LABELS = { skills: '技能考试费', written: '笔试费', total: '合计' } as const;

/** R-EX-11: the skills fee of an exempt application, in words rather than ¥0.00. */
export const SKILLS_FEE_EXEMPT = '免缴（免考实践技能）';

export interface FeeLine {
  label: string;
  text: string;
}

/**
 * The fees as the 考试报名 card and the printed forms show them: 技能考试费, 笔试费, 合计; null when the area has
 * published none (everyone owes the written fee, so an unknown written fee means the area's fees are unknown).
 */
export function feeLines(fees: ApplicationFees): FeeLine[] | null {
  if (fees.written === null || fees.total === null || fees.skills === null) return null;
  return [
    { label: FEE_LABELS.skills, text: fees.skillsExempt ? SKILLS_FEE_EXEMPT : formatYuan(fees.skills) },
    { label: FEE_LABELS.written, text: formatYuan(fees.written) },
    { label: FEE_LABELS.total, text: formatYuan(fees.total) },
  ];
}

/** The fees on one line: 技能考试费 ¥50.00 · 笔试费 ¥120.00 · 合计 ¥170.00, or 以考区公布为准. */
export function feeSummary(fees: ApplicationFees): string {
  return (
    feeLines(fees)
      ?.map((l) => `${l.label} ${l.text}`)
      .join(' · ') ?? FEES_NOT_PUBLISHED
  );
}
