/** R-EX-1: the exam type the platform registers for (the guide's 类别 filter). */
export const EXAM_TYPES = ['医师资格考试'] as const;
export type ExamType = (typeof EXAM_TYPES)[number];

/** R-EX-1: 执业医师 / 执业助理医师 (the guide's 级别 filter). */
export const EXAM_LEVELS = ['执业医师', '执业助理医师'] as const;
export type ExamLevel = (typeof EXAM_LEVELS)[number];

/** R-EX-1: the level that R-EX-7 (中专 + an assistant certificate) applies to. */
export const PHYSICIAN_LEVEL: ExamLevel = '执业医师';

/** R-EX-1: 临床, 中医 (中医/民族医/中西医结合), 口腔, 公共卫生. */
export const EXAM_CATEGORIES = ['临床', '中医', '口腔', '公共卫生'] as const;
export type ExamCategory = (typeof EXAM_CATEGORIES)[number];

/** R-EX-8: 临床执业医师, the only exam whose applicants may add 院前急救 or 儿科. */
export const CLINICAL_PHYSICIAN_CATEGORY_CODE = '110';

/** R-SITE-1 (七): the 传统医学师承和确有专长 exams at both levels. */
export const TRADITIONAL_APPRENTICE_CATEGORY_CODES: ReadonlySet<string> = new Set(['170', '270']);

/** R-EX-1: an exam's code is its year followed by its category code (2026110 临床执业医师). */
export function examCode(year: number, categoryCode: string): string {
  return `${year}${categoryCode}`;
}

/** What the registration rules need to know about an exam. */
export interface ExamWindow {
  opensAt: Date;
  closesAt: Date;
}

/** R-EX-9: true while the online registration window is open (opens inclusive, closes exclusive). */
export function isRegistrationOpen(exam: ExamWindow, now: Date): boolean {
  return now.getTime() >= exam.opensAt.getTime() && now.getTime() < exam.closesAt.getTime();
}

/**
 * R-EX-1: what one exam costs in one exam area (考区), in fen: the 实践技能考试 fee and the 医学综合笔试 fee. Each area
 * sets its own; an area that has not published them has none (see applicationFees).
 */
export interface AreaFees {
  skillsFen: number;
  writtenFen: number;
}

/** R-EX-1: the fees of an area from its two amounts, as a left join yields them (both null: none published). */
export function areaFeesOf(skillsFen: number | null, writtenFen: number | null): AreaFees | null {
  return skillsFen !== null && writtenFen !== null ? { skillsFen, writtenFen } : null;
}
