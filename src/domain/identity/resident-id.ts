import { isRealDate, todayInChina } from '../shared/dates';
import type { Gender } from './gender';

/** The 31 mainland provincial divisions with their GB/T 2260 codes, in code order (also the 31 exam areas). */
export const PROVINCES = [
  { code: '11', name: '北京市' },
  { code: '12', name: '天津市' },
  { code: '13', name: '河北省' },
  { code: '14', name: '山西省' },
  { code: '15', name: '内蒙古自治区' },
  { code: '21', name: '辽宁省' },
  { code: '22', name: '吉林省' },
  { code: '23', name: '黑龙江省' },
  { code: '31', name: '上海市' },
  { code: '32', name: '江苏省' },
  { code: '33', name: '浙江省' },
  { code: '34', name: '安徽省' },
  { code: '35', name: '福建省' },
  { code: '36', name: '江西省' },
  { code: '37', name: '山东省' },
  { code: '41', name: '河南省' },
  { code: '42', name: '湖北省' },
  { code: '43', name: '湖南省' },
  { code: '44', name: '广东省' },
  { code: '45', name: '广西壮族自治区' },
  { code: '46', name: '海南省' },
  { code: '50', name: '重庆市' },
  { code: '51', name: '四川省' },
  { code: '52', name: '贵州省' },
  { code: '53', name: '云南省' },
  { code: '54', name: '西藏自治区' },
  { code: '61', name: '陕西省' },
  { code: '62', name: '甘肃省' },
  { code: '63', name: '青海省' },
  { code: '64', name: '宁夏回族自治区' },
  { code: '65', name: '新疆维吾尔自治区' },
] as const satisfies readonly { code: string; name: string }[];

export type ResidentIdResult =
  { ok: true; birthDate: string; gender: Gender; provinceCode: string } | { ok: false; message: string };

const MAINLAND_PREFIXES: ReadonlySet<string> = new Set(PROVINCES.map((p) => p.code));
// The residence permit of GB 11643 form uses 81 Hong Kong, 82 Macau and 83 Taiwan (not Taiwan's GB/T 2260 code 71).
const HMT_PREFIXES: ReadonlySet<string> = new Set(['81', '82', '83']);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits of an 18-character number. */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

interface Gb11643Options {
  /** How the message names the number, e.g. 身份证号码. */
  noun: string;
  prefixes: ReadonlySet<string>;
  prefixMessage: (prefix: string) => string;
  /** Only the resident ID still meets old 15-digit numbers (R-ID-2). */
  refuseOld15: boolean;
}

function parseGb11643(value: string, today: string, opt: Gb11643Options): ResidentIdResult {
  const fail = (message: string): ResidentIdResult => ({ ok: false, message });
  const { noun } = opt;
  if (value === '') return fail(`请填写${noun}。`);
  if (opt.refuseOld15 && /^\d{15}$/.test(value)) {
    return fail('15位的旧身份证号码已停止使用，请填写您现在所持居民身份证上的18位号码。');
  }
  const length = Array.from(value).length;
  if (length !== 18) return fail(`${noun}应为18位，您填写了${length}位，请对照证件核对后重新填写。`);
  // R-ID-2: the rule and the card say upper-case X; all input is half-width and typed exactly as printed.
  if (/^\d{17}x$/.test(value)) return fail(`${noun}最后一位的字母请用大写 X 填写，不要用小写 x。`);
  if (!/^\d{17}[\dX]$/.test(value)) {
    return fail(`${noun}的前17位只能是数字，最后一位是数字或大写字母 X，请对照证件核对后重新填写。`);
  }
  // Only the province prefix is checked: county codes are renamed and merged, yet the old numbers stay valid for life.
  const prefix = value.slice(0, 2);
  if (!opt.prefixes.has(prefix)) return fail(opt.prefixMessage(prefix));
  const digits = value.slice(6, 14);
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isRealDate(birthDate)) {
    return fail(`${noun}第7至14位的出生日期“${digits}”不存在，请对照证件核对后重新填写。`);
  }
  if (birthDate < '1900-01-01') return fail(`${noun}中的出生日期早于1900年，请对照证件核对后重新填写。`);
  if (birthDate > today) return fail(`${noun}中的出生日期晚于今天，请对照证件核对后重新填写。`);
  if (gb11643CheckChar(value) !== value[17]) {
    return fail(`${noun}的校验位（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。`);
  }
  // R-SEX-1: the 17th character is the sequence number, odd for men and even for women.
  const gender: Gender = Number(value[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, birthDate, gender, provinceCode: prefix };
}

/** R-ID-2: checks an 18-character resident ID number and reads birth date, gender and province from it. */
export function parseResidentId(value: string, today: string = todayInChina()): ResidentIdResult {
  return parseGb11643(value, today, {
    noun: '身份证号码',
    // R-ID-2: a resident ID carries a mainland code; 71 (Taiwan) is listed in GB/T 2260 but printed on no card.
    prefixes: MAINLAND_PREFIXES,
    prefixMessage: (prefix) =>
      HMT_PREFIXES.has(prefix)
        ? '以81、82或83开头的是港澳台居民居住证号码，请将证件类型改选为“港澳台居民居住证”。'
        : `身份证号码的前两位“${prefix}”不是有效的省级行政区划代码，请对照证件核对后重新填写。`,
    refuseOld15: true,
  });
}

/** R-IDT-1: checks a 港澳台居民居住证 number (GB 11643 form, prefix 81, 82 or 83). */
export function parseHmtResidenceNumber(value: string, today: string = todayInChina()): ResidentIdResult {
  return parseGb11643(value, today, {
    noun: '居住证号码',
    prefixes: HMT_PREFIXES,
    prefixMessage: (prefix) =>
      MAINLAND_PREFIXES.has(prefix)
        ? '这是居民身份证号码，请将证件类型改选为“居民身份证”。'
        : '港澳台居民居住证号码应以81（香港）、82（澳门）或83（台湾）开头，请对照证件核对后重新填写。',
    refuseOld15: false,
  });
}
