import { z } from 'zod';
import { todayInChina } from '../shared/dates';
import { checkDiplomaNumber, needsElectronicNumber } from './diploma';
import {
  DEGREES_BY_LEVEL,
  EDUCATION_FIELDS,
  GRADUATE_LEVELS,
  requiredEducationFields,
  visibleEducationFields,
  type EducationField,
} from './education-fields';
import {
  NOT_AN_OBJECT,
  WHEN_OBJECT,
  checkedText,
  choice,
  dictionaryId,
  formObject,
  missingMessage,
  once,
  requireFields,
  text,
} from './fields';
import { checkPlainText } from './plain-text';
import {
  DEGREES,
  EDUCATION_CATEGORIES,
  EDUCATION_LEVELS,
  EDUCATION_ORIGINS,
  STUDY_FORMS,
  STUDY_LENGTHS,
  isOneOf,
  type Degree,
} from './options';
import { compareYearMonth, isYearMonth, latestYearMonth, tooLateMessage, yearMonthSchema } from './year-month';

/** R-PI-9: the Chinese label of every field of an education entry. */
export const EDUCATION_FIELD_LABELS = {
  origin: '教育类型',
  category: '教育类别',
  schoolId: '毕业学校',
  schoolName: '境外学校名称',
  studyForm: '学习形式',
  level: '学历',
  degree: '学位',
  lengthYears: '学制',
  majorId: '毕业专业',
  graduatedOn: '毕业年月',
  diplomaNumber: '毕业证书编号',
} as const satisfies Record<EducationField, string>;

/** R-PI-9: the longest typed name of a school outside the mainland (long English names, e.g. "… Health Science Center at …"). */
export const SCHOOL_NAME_MAX_LENGTH = 100;

const L = EDUCATION_FIELD_LABELS;
const CHOSEN: ReadonlySet<EducationField> = new Set<EducationField>([
  'origin',
  'category',
  'schoolId',
  'studyForm',
  'level',
  'degree',
  'lengthYears',
  'majorId',
]);
const MISSING: Partial<Record<EducationField, string>> = {
  schoolName: '请填写境外学校名称（按毕业证书上的校名填写）。',
  graduatedOn: '请填写毕业年月（格式为 YYYY-MM，如 2009-06）。',
  diplomaNumber: '请填写毕业证书编号（按毕业证书上的编号填写）。',
};
const missing = (field: string): string => {
  const f = field as EducationField;
  return MISSING[f] ?? missingMessage(L[f], CHOSEN.has(f));
};

// Longer than any diploma number (R-DIP-1 allows at most 30), so a bad paste gets a message instead of being judged.
const DIPLOMA_NUMBER_BOUND = 60;

const studyLengthSchema = z
  .number({ error: () => `请从列表中选择${L.lengthYears}。` })
  .refine(
    (n) => STUDY_LENGTHS.some((s) => s.years === n),
    once(`${L.lengthYears}不在可选范围内，请从列表中重新选择。`),
  );

/** Options of the education schema; the server passes `currentGraduateStudent` from the work group (R-DIP-1). */
export interface EducationSchemaOptions {
  /** True when 在岗情况 is 当年毕业研究生: the graduate diploma may be missing and due by December. */
  currentGraduateStudent?: boolean;
  /** Today 'YYYY-MM-DD' in China; injectable so tests do not depend on the clock. */
  today?: () => string;
}

/** R-PI-9, R-EDU-1, R-DIP-1, R-YM-1: the body of POST/PUT /api/profile/educations. */
export function makeEducationSchema(options: EducationSchemaOptions = {}) {
  const currentGraduateStudent = options.currentGraduateStudent ?? false;
  const today = options.today ?? todayInChina;
  const fields = z.object(
    {
      origin: choice(EDUCATION_ORIGINS, L.origin),
      category: choice(EDUCATION_CATEGORIES, L.category),
      // Optional here, required by `rules` when the level and origin show them (R-EDU-1).
      schoolId: dictionaryId(L.schoolId).optional(),
      schoolName: checkedText(L.schoolName, (v) =>
        checkPlainText(v, L.schoolName, 2, SCHOOL_NAME_MAX_LENGTH),
      ).optional(),
      studyForm: choice(STUDY_FORMS, L.studyForm).optional(),
      level: choice(EDUCATION_LEVELS, L.level),
      degree: choice(DEGREES, L.degree).optional(),
      lengthYears: studyLengthSchema.optional(),
      majorId: dictionaryId(L.majorId).optional(),
      // R-YM-1 here; how late it may be depends on the level (see `rules`).
      graduatedOn: yearMonthSchema(L.graduatedOn, { today }).optional(),
      // R-DIP-1: its form depends on origin, level and date (see `rules`); bounded here so nothing huge is judged.
      diplomaNumber: text(L.diplomaNumber)
        .trim()
        .max(DIPLOMA_NUMBER_BOUND, once('毕业证书编号过长，请对照毕业证书核对后重新填写。'))
        .optional(),
    },
    { error: NOT_AN_OBJECT },
  );
  type Fields = z.output<typeof fields>;

  const rules = (v: Fields, ctx: z.RefinementCtx) => {
    const issue = (field: EducationField, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    // Fields that failed their own schema may hold anything: each value is re-checked before it is used.
    if (!isOneOf(EDUCATION_LEVELS, v.level)) return;
    const level = v.level;
    if (isOneOf(EDUCATION_ORIGINS, v.origin)) {
      requireFields(ctx, v, requiredEducationFields(level, v.origin, currentGraduateStudent), missing);
    }
    const degrees: readonly Degree[] = DEGREES_BY_LEVEL[level];
    if (isOneOf(DEGREES, v.degree) && !degrees.includes(v.degree)) {
      issue('degree', `${level}学历对应的学位只能是“${degrees.join('”“')}”，请对照学位证书重新选择。`);
    }
    const graduate = currentGraduateStudent && GRADUATE_LEVELS.has(level);
    const graduatedOn = isYearMonth(v.graduatedOn) ? v.graduatedOn : undefined;
    if (graduatedOn !== undefined) {
      const limit = graduate ? 'thisYear' : 'thisMonth';
      if (compareYearMonth(graduatedOn, latestYearMonth(limit, today())) > 0) {
        // A graduate who has not said so in 在岗情况 is told where the exception is switched on.
        const hint =
          GRADUATE_LEVELS.has(level) && !currentGraduateStudent
            ? '如您是当年毕业的研究生，请先在“工作情况”的在岗情况中选择“当年毕业研究生”。'
            : '';
        issue('graduatedOn', tooLateMessage(L.graduatedOn, limit, today()) + hint);
      }
    }
    // A number that failed its own check (not text, too long) already has its message.
    if (
      typeof v.diplomaNumber === 'string' &&
      v.diplomaNumber.length <= DIPLOMA_NUMBER_BOUND &&
      isOneOf(EDUCATION_ORIGINS, v.origin)
    ) {
      const electronic = needsElectronicNumber(v.origin, level, graduatedOn);
      const message = checkDiplomaNumber(v.diplomaNumber, electronic);
      if (message) issue('diplomaNumber', message);
    }
  };

  return formObject(fields, hiddenFields)
    .superRefine(rules, WHEN_OBJECT)
    .transform((v) => ({ ...v, degree: v.degree ?? '无' }));
}

/** R-EDU-1: the keys a level (and origin) hides, dropped before parsing so a stale hidden value cannot block. */
function hiddenFields(input: Record<string, unknown>): EducationField[] {
  const { level, origin } = input;
  if (!isOneOf(EDUCATION_LEVELS, level)) return [];
  const shown = visibleEducationFields(level, isOneOf(EDUCATION_ORIGINS, origin) ? origin : undefined);
  return EDUCATION_FIELDS.filter((field) => !shown.includes(field));
}

/** R-PI-9, R-EDU-1, R-DIP-1: an education entry of a candidate who is not a 当年毕业研究生. */
export const educationSchema = makeEducationSchema();

export type EducationInput = z.input<typeof educationSchema>;
export type Education = z.output<typeof educationSchema>;
