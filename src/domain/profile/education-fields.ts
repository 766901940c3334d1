import { MAINLAND_ORIGIN, type Degree, type EducationLevel, type EducationOrigin } from './options';

/** R-PI-9: the fields of an education entry, in the order the form shows them. */
export const EDUCATION_FIELDS = [
  'origin',
  'category',
  'schoolId',
  'schoolName',
  'studyForm',
  'level',
  'degree',
  'lengthYears',
  'majorId',
  'graduatedOn',
  'diplomaNumber',
] as const;
export type EducationField = (typeof EDUCATION_FIELDS)[number];

/**
 * [beyond] The degrees each level can carry (R-PI-9): 七年制 and 八年制 end with a 硕士 or 博士, and no mainland
 * 专科, 中专, 师承 or 无学历 awards a degree. A level whose only degree is 无 hides the field and stores 无.
 */
export const DEGREES_BY_LEVEL = {
  研究生: ['博士', '硕士', '无'],
  本科长学制: ['博士', '硕士', '学士', '无'],
  本科: ['学士', '无'],
  专科: ['无'],
  中专: ['无'],
  传统医学师承或确有专长: ['无'],
  无学历: ['无'],
} as const satisfies Record<EducationLevel, readonly [Degree, ...Degree[]]>;

// R-EDU-1: 师承/确有专长 and 无学历 name no school and no graduation month; 无学历 has no study form either.
// Judgement: with no schooling there is no 学制 and no 毕业专业 to give, so 无学历 hides those too.
const NOT_NEEDED: Record<EducationLevel, readonly EducationField[]> = {
  研究生: [],
  本科长学制: [],
  本科: [],
  专科: [],
  中专: [],
  传统医学师承或确有专长: ['schoolId', 'schoolName', 'graduatedOn'],
  无学历: ['schoolId', 'schoolName', 'graduatedOn', 'studyForm', 'lengthYears', 'majorId'],
};

/** R-DIP-1: the levels whose diploma a 当年毕业研究生 does not have yet (硕博连读 included; 七/八年制 end as graduates). */
export const GRADUATE_LEVELS: ReadonlySet<EducationLevel> = new Set<EducationLevel>(['研究生', '本科长学制']);

/**
 * R-EDU-1: the fields the form shows for a level, in form order; the others are hidden, not required, and dropped.
 * `origin` decides the school: a mainland school is picked from the dictionary; a 港澳台 or 国外 school's name is
 * typed (schoolName), its dictionary pick (the 境外院校 entry) optional. Without an origin the school is a mainland one.
 */
export function visibleEducationFields(level: EducationLevel, origin?: EducationOrigin): EducationField[] {
  const hidden = new Set<EducationField>(NOT_NEEDED[level]);
  if (DEGREES_BY_LEVEL[level].length === 1) hidden.add('degree');
  if (origin === undefined || origin === MAINLAND_ORIGIN) hidden.add('schoolName');
  return EDUCATION_FIELDS.filter((field) => !hidden.has(field));
}

/** R-DIP-1: true when the diploma number may be left empty (师承/确有专长, 无学历, a graduate diploma not yet issued). */
export function isDiplomaNumberOptional(level: EducationLevel, currentGraduateStudent: boolean): boolean {
  return (
    level === '传统医学师承或确有专长' || level === '无学历' || (currentGraduateStudent && GRADUATE_LEVELS.has(level))
  );
}

/** R-EDU-1, R-DIP-1: the visible fields that must be filled (an outside-mainland school's dictionary pick is optional). */
export function requiredEducationFields(
  level: EducationLevel,
  origin: EducationOrigin,
  currentGraduateStudent: boolean,
): EducationField[] {
  return visibleEducationFields(level, origin).filter(
    (field) =>
      !(field === 'schoolId' && origin !== MAINLAND_ORIGIN) &&
      !(field === 'diplomaNumber' && isDiplomaNumberOptional(level, currentGraduateStudent)),
  );
}
