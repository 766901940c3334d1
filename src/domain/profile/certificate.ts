import { z } from 'zod';
import { NOT_AN_OBJECT, WHEN_OBJECT, checkedText, choice, formObject } from './fields';
import { LETTERS_AND_DIGITS, numberCharsProblem } from './half-width';
import { CERTIFICATE_TYPES } from './options';
import { compareYearMonth, isYearMonth, yearMonthSchema } from './year-month';

// R-PI-11: the guide's two papers. 发证年月 and 证书编号 are on the 《医师资格证书》 (the qualification); 注册年月 and
// 注册编号 are on the 《医师执业证书》 (the registration), "注意与资格证书区分开".
/** R-PI-11: the Chinese label of every field of a certificate entry. */
export const CERTIFICATE_FIELD_LABELS = {
  type: '证书类型',
  issuedOn: '资格证书发证年月',
  certificateNumber: '资格证书编号',
  registeredOn: '执业证书注册年月',
  registrationNumber: '执业证书注册编号',
} as const;

/** R-CERTNO-1: the longest certificate or registration number (资格证书 numbers have 27 digits, 执业证书 15). */
export const CERTIFICATE_NUMBER_MAX_LENGTH = 30;

const NUMBER = new RegExp(`^[A-Za-z0-9]{1,${CERTIFICATE_NUMBER_MAX_LENGTH}}$`);
const L = CERTIFICATE_FIELD_LABELS;

/** R-CERTNO-1: null when `value` is a well-formed certificate or registration number, else what to correct. */
export function checkCertificateNumber(value: string, label: string): string | null {
  const problem = numberCharsProblem(label, value, LETTERS_AND_DIGITS, (fixed) => NUMBER.test(fixed));
  if (problem) return problem;
  if (NUMBER.test(value)) return null;
  return `${label}最多${CERTIFICATE_NUMBER_MAX_LENGTH}位字母或数字，您填写了${value.length}位，请对照证书核对后重新填写。`;
}

const numberSchema = (label: string) => checkedText(label, (v) => checkCertificateNumber(v, label));

/** R-PI-11, R-CERTNO-1: the body of POST/PUT /api/profile/certificates; `today` is injectable for tests. */
export function makeCertificateSchema(options: { today?: () => string } = {}) {
  const month = (label: string) => yearMonthSchema(label, { notAfter: 'thisMonth', today: options.today });
  const fields = z.object(
    {
      type: choice(CERTIFICATE_TYPES, L.type),
      issuedOn: month(L.issuedOn),
      certificateNumber: numberSchema(L.certificateNumber),
      registeredOn: month(L.registeredOn),
      registrationNumber: numberSchema(L.registrationNumber),
    },
    { error: NOT_AN_OBJECT },
  );

  // The guide warns twice that the two papers are distinct: these are the mistakes that warning is about.
  const rules = (v: z.output<typeof fields>, ctx: z.RefinementCtx) => {
    if (isYearMonth(v.issuedOn) && isYearMonth(v.registeredOn) && compareYearMonth(v.registeredOn, v.issuedOn) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['registeredOn'],
        message:
          '执业证书注册年月不能早于资格证书发证年月：先取得《医师资格证书》，才能注册取得《医师执业证书》。发证年月请按资格证书填写，注册年月请按执业证书填写。',
      });
    }
    const { certificateNumber, registrationNumber } = v;
    if (
      typeof certificateNumber === 'string' &&
      NUMBER.test(certificateNumber) &&
      certificateNumber === registrationNumber
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['registrationNumber'],
        message:
          '执业证书注册编号与资格证书编号相同：注册编号是《医师执业证书》上的编号，证书编号是《医师资格证书》上的编号，请分别对照两本证书填写。',
      });
    }
  };

  return formObject(fields).superRefine(rules, WHEN_OBJECT);
}

/** R-PI-11, R-CERTNO-1: a certificate entry (执业助理医师 or 执业助理医师(乡镇)). */
export const certificateSchema = makeCertificateSchema();

export type CertificateInput = z.input<typeof certificateSchema>;
export type Certificate = z.output<typeof certificateSchema>;
