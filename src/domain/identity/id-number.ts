import { todayInChina } from '../shared/dates';
import { ID_TYPE_LABELS, type IdType } from './id-types';
import { parseHmtResidenceNumber, parseResidentId } from './resident-id';

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const BRACKETS = /[()（）[\]【】]/;
const HAN = /\p{Script=Han}/u;

// Military, police and cadre documents: numbers such as 南字第012345号 are printed with Chinese characters.
const HAN_ALLOWED: ReadonlySet<IdType> = new Set<IdType>([
  'OFFICER_ID',
  'POLICE_ID',
  'CIVIL_CADRE_ID',
  'SOLDIER_ID',
  'CADET_ID',
]);

// R-ID-3 [beyond]: the published letter values of the Taiwan ID (I, O, W, Z are out of alphabetical order).
const TW_LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
}; // prettier-ignore
const TW_WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1] as const;

/** R-ID-3: true when a Taiwan ID shaped letter + 9 digits has a valid check digit. */
export function isValidTaiwanCheckDigit(value: string): boolean {
  const letter = TW_LETTER_VALUES[value[0] ?? ''];
  if (letter === undefined || !/^\d{9}$/.test(value.slice(1))) return false;
  const digits = [Math.floor(letter / 10), letter % 10, ...Array.from(value.slice(1), Number)];
  const sum = digits.reduce((acc, d, i) => acc + d * (TW_WEIGHTS[i] ?? 0), 0);
  return sum % 10 === 0;
}

/** R-ID-3: the Hong Kong ID check character for 1–2 letters + 6 digits (without the check). */
export function hongKongCheckChar(body: string): string {
  // A one-letter ID is padded with a space, which counts 36; letters count A=10 … Z=35.
  const chars = body.length === 7 ? ` ${body}` : body;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = chars[i] ?? '';
    const v = c === ' ' ? 36 : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : Number(c);
    sum += v * (9 - i);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'A' : check === 11 ? '0' : String(check);
}

function lengthMessage(idType: IdType, expected: string, actual: number, note = ''): string {
  return `${ID_TYPE_LABELS[idType]}号码应为${expected}位${note}，您填写了${actual}位，请对照证件核对后重新填写。`;
}

/** R-ID-1, R-ID-2, R-ID-3: null when `value` is a well-formed number of that ID type, else what to correct. */
export function checkIdNumber(idType: IdType, value: string, today: string = todayInChina()): string | null {
  const label = ID_TYPE_LABELS[idType];
  const allowHan = HAN_ALLOWED.has(idType);
  const allowed = allowHan ? '字母、数字或汉字' : '字母和数字';
  if (value === '') return '请填写证件号码。';
  // R-ID-1: checked before the length so the candidate learns the real cause instead of a wrong count.
  if (/\s/u.test(value)) return '证件号码中不能有空格，请删除空格后重新填写。';
  if (FULL_WIDTH_ALNUM.test(value)) {
    return '证件号码中有全角字母或数字，请将输入法切换到半角状态后重新填写。';
  }
  if (/[\p{P}\p{S}]/u.test(value)) {
    if ((idType === 'HK_ID' || idType === 'MO_ID') && BRACKETS.test(value)) {
      const example = idType === 'HK_ID' ? 'A123456(3) 应填写为 A1234563' : '1234567(8) 应填写为 12345678';
      return `${label}号码请不要输入括号，把括号里的校验码直接接在后面，如 ${example}。`;
    }
    return `证件号码中不能有标点符号或连字符（如 - ( ) . /），请只填写证件号码中的${allowed}。`;
  }
  if (idType === 'RESIDENT_ID') return messageOf(parseResidentId(value, today));
  if (idType === 'HMT_RESIDENCE') return messageOf(parseHmtResidenceNumber(value, today));
  if (!allowHan && HAN.test(value)) return `${label}号码中不能有汉字，请只填写证件号码中的字母和数字。`;
  for (const c of value) {
    if (!/[A-Za-z0-9]/.test(c) && !(allowHan && HAN.test(c))) {
      // Control characters would print as nothing, so only visible ones are quoted back.
      const shown = /[\p{L}\p{N}]/u.test(c) ? `“${c}”` : '';
      return `证件号码中有不能使用的字符${shown}，请只填写证件号码中的${allowed}（半角）。`;
    }
  }
  // Documents print their letters in upper case; the number is compared as typed, so it must match the card.
  if (/[a-z]/.test(value)) return '证件号码中的字母请用大写填写，与证件上的号码保持一致。';
  return checkShape(idType, value);
}

function messageOf(result: { ok: true } | { ok: false; message: string }): string | null {
  return result.ok ? null : result.message;
}

function checkShape(idType: IdType, value: string): string | null {
  const length = Array.from(value).length;
  switch (idType) {
    case 'TW_PERMIT':
      // R-ID-3 names the 10-character booklet; the card issued since 2015 carries 8 digits.
      return length === 10 || length === 8 ? null : lengthMessage(idType, '8位或10', length);
    case 'TW_ID':
      return checkTaiwanId(value, length);
    case 'HK_PERMIT':
    case 'MO_PERMIT': {
      // R-ID-3 names the 11-character booklet (H/M + 10 digits); the card issued since 2013 has H/M + 8 digits.
      if (length !== 11 && length !== 9) return lengthMessage(idType, '9位或11', length);
      const letter = idType === 'HK_PERMIT' ? 'H' : 'M';
      if (value[0] !== letter || !/^(\d{8}|\d{10})$/.test(value.slice(1))) {
        return `${ID_TYPE_LABELS[idType]}号码应为字母 ${letter} 加8位或10位数字，请对照证件核对后重新填写。`;
      }
      return null;
    }
    case 'HK_ID':
      return checkHongKongId(value, length);
    case 'MO_ID':
      if (length !== 8) return lengthMessage(idType, '8', length, '（不含括号）');
      // The Macau check digit is not published: only the shape is checked.
      if (!/^[157]\d{7}$/.test(value)) {
        return '澳门身份证号码应为8位数字且第一位为1、5或7（不含括号），如 1234567(8) 应填写为 12345678。';
      }
      return null;
    case 'PASSPORT':
      if (length < 6) return `外籍护照号码至少6位，您填写了${length}位，请对照护照核对后重新填写。`;
      if (length > 20) return `外籍护照号码最多20位，您填写了${length}位，请对照护照核对后重新填写。`;
      return null;
    case 'OFFICER_ID':
    case 'POLICE_ID':
    case 'CIVIL_CADRE_ID':
    case 'SOLDIER_ID':
    case 'CADET_ID':
      // The guide gives no format for these documents: 4–20 characters bounds typos without refusing a real card.
      if (length < 4 || length > 20) return lengthMessage(idType, '4至20', length);
      return null;
    case 'RESIDENT_ID':
    case 'HMT_RESIDENCE':
      return null;
  }
}

function checkTaiwanId(value: string, length: number): string | null {
  if (length !== 10) return lengthMessage('TW_ID', '10', length);
  if (!/^[A-Z]\d{9}$/.test(value)) return '台湾身份证号码应为1个大写字母加9位数字，如 A123456789，请对照证件核对。';
  // 8 and 9 in second place mark the 居留证 of residents without household registration, not a 台湾身份证.
  if (value[1] === '8' || value[1] === '9') {
    return '第2位为8或9的是台湾居留证号码，不是台湾身份证号码，请改用台湾往来大陆通行证或外籍护照报名。';
  }
  if (value[1] !== '1' && value[1] !== '2') {
    return '台湾身份证号码的第2位应为1或2，请对照证件核对后重新填写。';
  }
  if (!isValidTaiwanCheckDigit(value)) {
    return '台湾身份证号码的校验码（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。';
  }
  return null;
}

function checkHongKongId(value: string, length: number): string | null {
  if (length !== 8 && length !== 9) return lengthMessage('HK_ID', '8或9', length, '（不含括号）');
  if (!/^[A-Z]{1,2}\d{6}[0-9A]$/.test(value)) {
    return '香港身份证号码应为1至2个字母、6位数字和1位校验码（数字或 A），如 A123456(3) 应填写为 A1234563。';
  }
  if (hongKongCheckChar(value.slice(0, -1)) !== value.slice(-1)) {
    return '香港身份证号码的校验码（括号内的最后一位）不正确，请对照证件逐位核对。';
  }
  return null;
}

/** Masks an ID number for API answers and logs: 110101199003071233 → 110101********1233. */
export function maskIdNumber(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  // An 18-character GB 11643 number shows its region code and last four, the usual practice; birth date hidden.
  if (n === 18) return `${chars.slice(0, 6).join('')}${'*'.repeat(8)}${chars.slice(14).join('')}`;
  if (n < 4) return '*'.repeat(n);
  // Otherwise at most half the characters show: about the first third, then the last two to four.
  const budget = Math.floor(n / 2);
  const tail = n >= 16 ? 4 : n >= 10 ? 3 : 2;
  const head = Math.max(0, Math.min(Math.floor(n / 3), budget - tail));
  return `${chars.slice(0, head).join('')}${'*'.repeat(n - head - tail)}${chars.slice(n - tail).join('')}`;
}
