import { describe, it, expect } from 'vitest';
import { makeCertificateSchema } from './certificate';
import { fieldsOf, parsed, today } from './test-support';

const certificate = makeCertificateSchema({ today });
const CERTIFICATE = {
  type: '执业助理医师',
  issuedOn: '2010-05',
  certificateNumber: '201011110410101198001010012',
  registeredOn: '2011-03',
  registrationNumber: '110110000012345',
};
const errorOf = (change: object, field: string) =>
  fieldsOf(certificate, { ...CERTIFICATE, ...change })?.[field] ?? null;

describe('makeCertificateSchema', () => {
  it.each([
    ['a complete 执业助理医师 entry', CERTIFICATE],
    ['the (乡镇) type (it only does not qualify for 执业医师, R-EX-7)', { ...CERTIFICATE, type: '执业助理医师(乡镇)' }],
    ['registration in the month of issue', { ...CERTIFICATE, registeredOn: '2010-05' }],
    ['numbers with letters', { ...CERTIFICATE, certificateNumber: 'A2010111104', registrationNumber: 'B11011000' }],
    ['a 30-character number', { ...CERTIFICATE, registrationNumber: '1'.repeat(30) }],
  ])('R-PI-11, R-CERTNO-1: %s is accepted', (_title, input) => {
    expect(parsed(certificate, input)).toEqual(input);
  });

  it('R-PI-5: every missing field is reported at once', () => {
    expect(fieldsOf(certificate, {})).toEqual({
      type: '请选择证书类型。',
      issuedOn: '请填写资格证书发证年月（格式为 YYYY-MM，如 2009-06）。',
      certificateNumber: '请填写资格证书编号。',
      registeredOn: '请填写执业证书注册年月（格式为 YYYY-MM，如 2009-06）。',
      registrationNumber: '请填写执业证书注册编号。',
    });
  });

  it.each([
    ['1101-1000-0012345', '执业证书注册编号中不能有“-”等连接号，请只填写字母或数字，应填写为 110110000012345。'],
    ['110110000012345。', '执业证书注册编号中不能有标点符号（如“。”），请只填写字母或数字。'],
    ['1101.10000012345', '执业证书注册编号中不能有标点符号（如“.”），请只填写字母或数字。'],
    ['(乡镇)110110000012345', '执业证书注册编号中不能有标点符号（如“(”），请只填写字母或数字。'],
    ['1101_10000012345', '执业证书注册编号中不能有标点符号（如“_”），请只填写字母或数字。'],
    ['1101 1000 0012345', '执业证书注册编号中不能有空格，请删除空格后重新填写，应填写为 110110000012345。'],
    [
      '１１０１１０００００１２３４５',
      '执业证书注册编号中有全角字符，请将输入法切换到半角（英文）状态后重新填写，应填写为 110110000012345。',
    ],
    ['1101—10000012345', '执业证书注册编号中不能有“-”等连接号，请只填写字母或数字，应填写为 110110000012345。'],
    ['京110110000012345', '执业证书注册编号只能填写字母或数字，不能有“京”，请核对后重新填写。'],
    ['1'.repeat(31), '执业证书注册编号最多30位字母或数字，您填写了31位，请对照证书核对后重新填写。'],
  ])('R-CERTNO-1: registration number %j → %s', (registrationNumber, message) => {
    expect(errorOf({ registrationNumber }, 'registrationNumber')).toBe(message);
  });

  it.each([
    ['2010-1111-0410', '资格证书编号中不能有“-”等连接号，请只填写字母或数字，应填写为 201011110410。'],
    ['No.2010111104', '资格证书编号中不能有标点符号（如“.”），请只填写字母或数字。'],
  ])('R-CERTNO-1: certificate number %j → %s', (certificateNumber, message) => {
    expect(errorOf({ certificateNumber }, 'certificateNumber')).toBe(message);
  });

  it.each([
    ['type', { type: '执业医师' }, '证书类型不在可选范围内，请从列表中重新选择。'],
    [
      'issuedOn',
      { issuedOn: '2010/05' },
      '资格证书发证年月应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），应填写为 2010-05。',
    ],
    [
      'issuedOn',
      { issuedOn: '2025-07', registeredOn: '2025-07' },
      '资格证书发证年月不能晚于本月（2025-06），请核对后重新填写。',
    ],
    [
      'registeredOn',
      { registeredOn: '2011-3' },
      '执业证书注册年月应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），应填写为 2011-03。',
    ],
    [
      'registeredOn',
      { registeredOn: '2010-04' },
      '执业证书注册年月不能早于资格证书发证年月：先取得《医师资格证书》，才能注册取得《医师执业证书》。发证年月请按资格证书填写，注册年月请按执业证书填写。',
    ],
    [
      'registrationNumber',
      { registrationNumber: CERTIFICATE.certificateNumber },
      '执业证书注册编号与资格证书编号相同：注册编号是《医师执业证书》上的编号，证书编号是《医师资格证书》上的编号，请分别对照两本证书填写。',
    ],
  ])('R-PI-11: %s %j is refused', (field, change, message) => {
    expect(errorOf(change, field)).toBe(message);
  });

  it('R-PI-11: the order of the two months is judged only when both are valid', () => {
    expect(fieldsOf(certificate, { ...CERTIFICATE, issuedOn: '2010-13', registeredOn: '2009-01' })).toEqual({
      issuedOn: '资格证书发证年月中的月份应为01至12，“13”不是有效的月份，请核对后重新填写。',
    });
  });
});
