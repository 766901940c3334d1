import { checkedText } from '../profile/fields';
import { DIGITS, LETTERS_AND_DIGITS, numberCharsProblem } from '../profile/half-width';
import { CONTACT_FIELD_LABELS } from './labels';

const LABEL = CONTACT_FIELD_LABELS.postalCode;
const MAINLAND_CODE = /^\d{6}$/;
// R-ZIP-1 says 3–6 "位" outside the mainland. Letters are allowed because such codes have them (Canada K1A0B1,
// Brunei BS8811); a space some countries print inside the code is left out, as in every other number of the form.
const OTHER_CODE = /^[A-Za-z0-9]{3,6}$/;

/** R-ZIP-1: true when `value` is a postal code (mainland: 6 digits; elsewhere 3–6 letters or digits). */
export function isPostalCode(value: string, mainland: boolean): boolean {
  return (mainland ? MAINLAND_CODE : OTHER_CODE).test(value);
}

/** R-ZIP-1: null when `value` is a postal code for a mainland (or other) candidate, else what to correct. */
export function checkPostalCode(value: string, mainland: boolean): string | null {
  const chars = mainland ? DIGITS : LETTERS_AND_DIGITS;
  const problem = numberCharsProblem(LABEL, value, chars, (fixed) => isPostalCode(fixed, mainland));
  if (problem) return problem;
  if (isPostalCode(value, mainland)) return null;
  return mainland
    ? `大陆地区的${LABEL}应为6位数字，您填写了${value.length}位，请核对后重新填写。`
    : `${LABEL}应为3至6位字母或数字，您填写了${value.length}位，请核对后重新填写。`;
}

/** R-ZIP-1: the required postal-code field; mainland or not follows the account's ID type (API.md). */
export function makePostalCodeSchema(mainland: boolean) {
  return checkedText(LABEL, (value) => checkPostalCode(value, mainland));
}
