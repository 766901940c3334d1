import { optionalCheckedText } from '../profile/fields';
import { DIGITS, numberCharsProblem } from '../profile/half-width';

// R-TEL-1: 长途区号(3 至 5 位)-电话号码(6 至 8 位)-分机号(选填). Chinese area codes start with 0 (010, 0755); from
// abroad the 00 international prefix makes one too (00852 for Hong Kong).
const PHONE = /^0\d{2,4}-\d{6,8}(?:-\d{1,6})?$/;
const PHONE_CHARS = { ...DIGITS, hyphen: true };
const EXAMPLE = '如 010-12345678，有分机号时如 0755-1234567-123';

/** R-TEL-1: true when `value` is area code-number[-extension]. */
export function isPhone(value: string): boolean {
  return PHONE.test(value);
}

/** R-TEL-1: null when `value` is a well-formed home or work phone, else what to correct; `label` names the field. */
export function checkPhone(value: string, label: string): string | null {
  if (value.startsWith('+')) {
    return `${label}中不能有“+”：请填写“区号-号码”，${EXAMPLE}；境外电话请把“+”换成“00”，如 00852-21234567。`;
  }
  const chars = numberCharsProblem(label, value, PHONE_CHARS, isPhone);
  if (chars) return chars;
  if (isPhone(value)) return null;
  if (/^1\d{10}$/.test(value)) return `${label}请填写固定电话（区号-号码），手机号码请填写在“手机号码”一栏。`;
  const parts = value.split('-');
  const [area = '', number = '', extension] = parts;
  if (parts.length === 1) {
    return value.startsWith('0')
      ? `${label}的区号和号码之间要用“-”隔开，${EXAMPLE}。`
      : `${label}请在号码前加上长途区号，用“-”隔开，${EXAMPLE}。`;
  }
  if (parts.length > 3 || parts.includes('')) return `${label}应填写为“区号-号码”或“区号-号码-分机号”，${EXAMPLE}。`;
  if (!area.startsWith('0')) return `${label}的区号应以“0”开头（如北京 010、深圳 0755），${EXAMPLE}。`;
  if (area.length < 3 || area.length > 5) {
    return `${label}的区号应为3至5位数字（含开头的0），您填写的区号是${area.length}位，${EXAMPLE}。`;
  }
  if (number.length < 6 || number.length > 8) {
    return `${label}的电话号码（区号之后的部分）应为6至8位数字，您填写了${number.length}位，请核对后重新填写。`;
  }
  return `${label}的分机号最多6位数字，您填写了${extension?.length ?? 0}位，请核对后重新填写。`;
}

/** R-TEL-1: an optional phone field named `label` (absent, null or blank is undefined). */
export function phoneSchema(label: string) {
  return optionalCheckedText(label, (value) => checkPhone(value, label));
}
