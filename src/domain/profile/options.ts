// The drop-down lists of 个人信息. Per API.md the values ARE their Chinese labels (`origin: "大陆"`, `level: "本科"`),
// so each list is one `as const` tuple: the form shows it, the schema accepts exactly it, the printed form prints it.

/** R-PI-7: 在岗情况, in the guide's order. */
export const EMPLOYMENT_STATUSES = ['试用期', '在职', '当年毕业研究生'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** R-PI-7: the status of a graduate student who finishes this year and has no diploma yet (R-DIP-1). */
export const CURRENT_GRADUATE_STUDENT: EmploymentStatus = '当年毕业研究生';

/** R-PI-8: 单位隶属 — who the work unit belongs to; only 军队, 武警 and 公安 units fill 本人身份. */
export const UNIT_AFFILIATIONS = ['地方', '军队', '武警', '公安'] as const;
export type UnitAffiliation = (typeof UNIT_AFFILIATIONS)[number];

/** R-PI-8: the affiliation of an ordinary (civilian) unit, which has no 本人身份. */
export const CIVILIAN_AFFILIATION: UnitAffiliation = '地方';

/**
 * R-PI-8: 本人身份, numbered 1–6 in the guide's order. Active duty chooses 1, 2, 4 or 5, hired civilians 3 or 6.
 * `affiliations`: 1–3 belong to 军队 and 武警; 4–6 to the 公安部's border, fire and guard forces, which before 2018
 * were 武警 units under the 公安部 — so their members may call their unit 公安 or 武警.
 */
export const MILITARY_IDENTITIES = [
  { value: '军队及武警干部', activeDuty: true, affiliations: ['军队', '武警'] },
  { value: '军队及武警士官', activeDuty: true, affiliations: ['军队', '武警'] },
  { value: '军队及武警部队聘用地方人员', activeDuty: false, affiliations: ['军队', '武警'] },
  { value: '公安部所属边防、消防、警卫现役干部', activeDuty: true, affiliations: ['公安', '武警'] },
  { value: '公安部所属边防、消防、警卫现役士官', activeDuty: true, affiliations: ['公安', '武警'] },
  { value: '公安部所属边防、消防、警卫部队聘用地方人员', activeDuty: false, affiliations: ['公安', '武警'] },
] as const satisfies readonly {
  value: string;
  activeDuty: boolean;
  affiliations: readonly Exclude<UnitAffiliation, '地方'>[];
}[];
export type MilitaryIdentity = (typeof MILITARY_IDENTITIES)[number]['value'];

/** R-PI-8: the six identity values, for the schema and the drop-down. */
export const MILITARY_IDENTITY_VALUES = MILITARY_IDENTITIES.map((m) => m.value) as unknown as readonly [
  MilitaryIdentity,
  ...MilitaryIdentity[],
];

/**
 * R-PI-7: 职称. The physician and TCM-physician series (正高, 副高, 中级, 师, 士), which is what this exam's candidates
 * hold; other health titles (护、药、技) are 其他, since the title only feeds 成绩分析 (the guide), and 无 means none.
 */
export const TITLES = [
  '主任医师',
  '副主任医师',
  '主治医师',
  '医师',
  '医士',
  '主任中医师',
  '副主任中医师',
  '主治中医师',
  '中医师',
  '中医士',
  '其他',
  '无',
] as const;
export type Title = (typeof TITLES)[number];

/** R-PI-7: the title value meaning "no title": no 获得职称年月 then. */
export const NO_TITLE: Title = '无';

/** R-PI-9: where the education took place (the guide's 类型). */
export const EDUCATION_ORIGINS = ['大陆', '港澳台', '国外'] as const;
export type EducationOrigin = (typeof EDUCATION_ORIGINS)[number];

/** R-PI-9: the origin whose schools are in the school dictionary; the others are typed by name. */
export const MAINLAND_ORIGIN: EducationOrigin = '大陆';

/**
 * R-PI-9: 类别 (the guide shows 高等医学教育). Medical higher and secondary education, non-medical higher education
 * (a second degree), the traditional-medicine apprenticeship track, and 其他 for anything else.
 */
export const EDUCATION_CATEGORIES = [
  '高等医学教育',
  '中等医学教育',
  '高等教育（非医学）',
  '传统医学师承或确有专长',
  '其他',
] as const;
export type EducationCategory = (typeof EDUCATION_CATEGORIES)[number];

/** R-PI-9: 学习形式 (the guide shows 普通全日制). */
export const STUDY_FORMS = ['普通全日制', '成人教育', '自学考试', '网络教育', '其他'] as const;
export type StudyForm = (typeof STUDY_FORMS)[number];

/** R-PI-9: 学历, highest first, as the requirement lists them. */
export const EDUCATION_LEVELS = [
  '研究生',
  '本科长学制',
  '本科',
  '专科',
  '中专',
  '传统医学师承或确有专长',
  '无学历',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** R-PI-9: 学位 (the guide's 医学学士 is 学士 here; the discipline follows from the major). */
export const DEGREES = ['博士', '硕士', '学士', '无'] as const;
export type Degree = (typeof DEGREES)[number];

/** R-PI-9: 学制 in years, sent as the number `lengthYears`, shown with its label (the guide shows 七年制). */
export const STUDY_LENGTHS = [
  // One year: the taught master's of Hong Kong and many foreign universities.
  { years: 1, label: '一年制' },
  { years: 2, label: '二年制' },
  { years: 3, label: '三年制' },
  { years: 4, label: '四年制' },
  { years: 5, label: '五年制' },
  { years: 6, label: '六年制' },
  { years: 7, label: '七年制' },
  { years: 8, label: '八年制' },
  { years: 9, label: '九年制' },
] as const;
export type StudyLength = (typeof STUDY_LENGTHS)[number]['years'];

/** R-PI-10: 培训类型; only 住院医师规范化培训 is ticked when applying (R-EX-6). */
export const TRAINING_TYPES = ['住院医师规范化培训', '专科医师规范化培训', '全科医生转岗培训', '其他'] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

/** R-PI-10: 考核结果 (the guide shows 未考核). */
export const TRAINING_RESULTS = ['未考核', '合格', '不合格'] as const;
export type TrainingResult = (typeof TRAINING_RESULTS)[number];

/** R-PI-11: 证书类型; the (乡镇) certificate does not qualify for an 执业医师 exam (R-EX-7). */
export const CERTIFICATE_TYPES = ['执业助理医师', '执业助理医师(乡镇)'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/** True when `value` is one of `list`: narrows unknown input to the list's type. */
export function isOneOf<const T extends readonly unknown[]>(list: T, value: unknown): value is T[number] {
  return list.includes(value);
}
