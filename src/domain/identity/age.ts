import { isRealDate } from '../shared/dates';

/** R-AGE-1: youngest age (full years) at which a candidate may register. */
export const MIN_AGE = 18;
/** R-AGE-1: oldest age (full years) at which a candidate may register. */
export const MAX_AGE = 75;

/** Age in full years (周岁) on `today`; both dates 'YYYY-MM-DD'. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // 'MM-DD' strings compare in calendar order; someone born on 29 February becomes a year older on 1 March.
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** R-AGE-1: null when the candidate is between 18 and 75 years old (inclusive) on `today`, else the reason. */
export function checkAge(birthDate: string, today: string): string | null {
  if (!isRealDate(birthDate)) return '出生日期应为真实存在的日期，格式如 1990-03-07，请核对后重新填写。';
  if (birthDate > today) return '出生日期不能晚于今天，请核对后重新填写。';
  const age = ageOn(birthDate, today);
  const rule = `报考需年满${MIN_AGE}周岁且不超过${MAX_AGE}周岁`;
  if (age < MIN_AGE) return `${rule}，按出生日期您目前${age}周岁，未满${MIN_AGE}周岁，请核对出生日期。`;
  if (age > MAX_AGE) return `${rule}，按出生日期您目前${age}周岁，已超过${MAX_AGE}周岁，请核对出生日期。`;
  return null;
}
