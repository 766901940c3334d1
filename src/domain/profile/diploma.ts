import { DIGITS, numberCharsProblem, type NumberChars } from './half-width';
import { textLength } from './plain-text';
import { GRADUATE_LEVELS } from './education-fields';
import { MAINLAND_ORIGIN, type EducationLevel, type EducationOrigin } from './options';
import { compareYearMonth } from './year-month';

/** R-DIP-1: the length of the electronic registration number (电子注册号) printed on mainland higher-education diplomas. */
export const DIPLOMA_NUMBER_LENGTH = 18;

/** R-DIP-1: the longest number of another diploma (中专, before 2001, outside the mainland). */
export const OTHER_DIPLOMA_NUMBER_MAX_LENGTH = 30;

/** Electronic registration (学信网) began with the graduates of 2001; older diplomas carry older numbers. */
export const ELECTRONIC_REGISTRATION_SINCE = '2001-01';

const HIGHER_EDUCATION: ReadonlySet<EducationLevel> = new Set<EducationLevel>([...GRADUATE_LEVELS, '本科', '专科']);

// Old 中专 and pre-2001 diplomas print numbers such as 京卫字第0123号, so Chinese characters are kept there.
const PRINTED_CHARS: NumberChars = { char: /[A-Za-z0-9\p{Script=Han}]/u, words: '字母、数字或汉字', hyphen: false };

/**
 * R-DIP-1: true when the diploma must carry the 18-digit electronic registration number: a mainland 研究生, 本科 or
 * 专科 diploma of 2001 or later (an unknown month counts as recent). 中专 diplomas are not registered with 学信网, and a
 * 港澳台 or 国外 diploma has its own number (its 学历认证书 is a separate paper), so both keep the number as printed.
 */
export function needsElectronicNumber(origin: EducationOrigin, level: EducationLevel, graduatedOn?: string): boolean {
  if (origin !== MAINLAND_ORIGIN || !HIGHER_EDUCATION.has(level)) return false;
  return graduatedOn === undefined || compareYearMonth(graduatedOn, ELECTRONIC_REGISTRATION_SINCE) >= 0;
}

const LABEL = '毕业证书编号';
const ELECTRONIC_NUMBER = new RegExp(`^\\d{${DIPLOMA_NUMBER_LENGTH}}$`);
const PRINTED_NUMBER = new RegExp(`^[A-Za-z0-9\\p{Script=Han}]{1,${OTHER_DIPLOMA_NUMBER_MAX_LENGTH}}$`, 'u');

/** R-DIP-1: null when `value` is a well-formed diploma number (`electronic`: see needsElectronicNumber), else what to correct. */
export function checkDiplomaNumber(value: string, electronic: boolean): string | null {
  return electronic ? checkElectronicNumber(value) : checkPrintedNumber(value);
}

function checkElectronicNumber(value: string): string | null {
  const problem = numberCharsProblem(LABEL, value, DIGITS, (fixed) => ELECTRONIC_NUMBER.test(fixed));
  if (problem) return problem;
  if (ELECTRONIC_NUMBER.test(value)) return null;
  return `${LABEL}应为${DIPLOMA_NUMBER_LENGTH}位数字（即学信网的电子注册号，印在毕业证书上），您填写了${value.length}位，请对照毕业证书核对后重新填写。`;
}

function checkPrintedNumber(value: string): string | null {
  const problem = numberCharsProblem(LABEL, value, PRINTED_CHARS, (fixed) => PRINTED_NUMBER.test(fixed));
  if (problem) return problem;
  if (PRINTED_NUMBER.test(value)) return null;
  const length = textLength(value);
  return `${LABEL}最多${OTHER_DIPLOMA_NUMBER_MAX_LENGTH}个字符，您填写了${length}个，请对照毕业证书核对后重新填写。`;
}
