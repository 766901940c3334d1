import { checkedText } from '../profile/fields';
import { DIGITS, numberCharsProblem } from '../profile/half-width';
import { CONTACT_FIELD_LABELS } from './labels';

const LABEL = CONTACT_FIELD_LABELS.mobile;
const MAINLAND_MOBILE = /^1\d{10}$/;
const OTHER_MOBILE = /^[1-9]\d{5,10}$/;

/** R-MOB-1: true when `value` is a mobile number (mainland: 11 digits from 1; elsewhere 6–11 digits, never from 0). */
export function isMobile(value: string, mainland: boolean): boolean {
  return (mainland ? MAINLAND_MOBILE : OTHER_MOBILE).test(value);
}

/** R-MOB-1: null when `value` is a mobile number for a mainland (or other) candidate, else what to correct. */
export function checkMobile(value: string, mainland: boolean): string | null {
  if (value.startsWith('+')) {
    return mainland
      ? `${LABEL}不用填写国家代码“+86”，请直接填写11位手机号码，如 13812345678。`
      : `${LABEL}中不能有“+”，请只填写6至11位数字。`;
  }
  const chars = numberCharsProblem(LABEL, value, DIGITS, (fixed) => isMobile(fixed, mainland));
  if (chars) return chars;
  if (isMobile(value, mainland)) return null;
  if (value.startsWith('0')) return `${LABEL}的第一位不能是“0”，请去掉开头的“0”后重新填写。`;
  if (!mainland) return `${LABEL}应为6至11位数字，您填写了${value.length}位，请核对后重新填写。`;
  if (/^861\d{10}$/.test(value)) return `${LABEL}不用填写国家代码“86”，请直接填写11位手机号码，如 ${value.slice(2)}。`;
  if (!value.startsWith('1')) return `大陆${LABEL}以“1”开头，共11位数字，请核对后重新填写。`;
  return `大陆${LABEL}应为11位数字，您填写了${value.length}位，请核对后重新填写。`;
}

/** R-MOB-1: the required mobile field; mainland or not follows the account's ID type (API.md). */
export function makeMobileSchema(mainland: boolean) {
  return checkedText(LABEL, (value) => checkMobile(value, mainland));
}
