/** Gender codes of the API (R-SEX-1). */
export const GENDERS = ['M', 'F'] as const;

export type Gender = (typeof GENDERS)[number];

/** Chinese label of each gender code, as printed on the forms. */
export const GENDER_LABELS = { M: '男', F: '女' } as const satisfies Record<Gender, string>;

/** True when `value` is 'M' or 'F'. */
export function isGender(value: unknown): value is Gender {
  return value === 'M' || value === 'F';
}
