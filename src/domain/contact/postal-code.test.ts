import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { fieldsOf, parsed } from '../profile/test-support';
import { isPostalCode, makePostalCodeSchema } from './postal-code';

const formOf = (mainland: boolean) => z.object({ postalCode: makePostalCodeSchema(mainland) });
const errorOf = (mainland: boolean, input: unknown) =>
  fieldsOf(formOf(mainland), { postalCode: input })?.postalCode ?? null;

describe('makePostalCodeSchema', () => {
  it.each([
    [true, '100010'],
    [true, ' 518000 '],
    [false, '999077'], // what Hong Kong residents write
    [false, '123'],
    [false, '10058'],
    [false, 'K1A0B1'], // letters outside the mainland
  ])('R-ZIP-1: mainland %s, %j is accepted', (mainland, input) => {
    expect(parsed(formOf(mainland), { postalCode: input }).postalCode).toBe(input.trim());
  });

  it.each([
    [true, '10001', '大陆地区的邮政编码应为6位数字，您填写了5位，请核对后重新填写。'],
    [true, '1000101', '大陆地区的邮政编码应为6位数字，您填写了7位，请核对后重新填写。'],
    [true, '100 010', '邮政编码中不能有空格，请删除空格后重新填写，应填写为 100010。'],
    [true, '１０００１０', '邮政编码中有全角字符，请将输入法切换到半角（英文）状态后重新填写，应填写为 100010。'],
    [true, '100-010', '邮政编码中不能有“-”等连接号，请只填写数字，应填写为 100010。'],
    [true, 'K1A0B1', '邮政编码只能填写数字，不能有“K”，请核对后重新填写。'],
    [true, '', '请填写邮政编码。'],
    [false, '12', '邮政编码应为3至6位字母或数字，您填写了2位，请核对后重新填写。'],
    [false, '1234567', '邮政编码应为3至6位字母或数字，您填写了7位，请核对后重新填写。'],
    [false, 'K1A 0B1', '邮政编码中不能有空格，请删除空格后重新填写，应填写为 K1A0B1。'],
    [false, 'AB-12', '邮政编码中不能有“-”等连接号，请只填写字母或数字，应填写为 AB12。'],
    [false, '１２３', '邮政编码中有全角字符，请将输入法切换到半角（英文）状态后重新填写，应填写为 123。'],
    [false, '邮编123', '邮政编码只能填写字母或数字，不能有“邮”，请核对后重新填写。'],
  ])('R-ZIP-1: mainland %s, %j is refused: %s', (mainland, input, message) => {
    expect(errorOf(mainland, input)).toBe(message);
  });

  it.each([
    ['100010', true, true],
    ['10001', true, false],
    ['10001', false, true],
    ['K1A0B1', false, true],
    ['K1A0B1', true, false],
  ])('R-ZIP-1: isPostalCode(%j, mainland %s) is %s', (value, mainland, expected) => {
    expect(isPostalCode(value, mainland)).toBe(expected);
  });
});
