import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { fieldsOf, parsed } from '../profile/test-support';
import { isMobile, makeMobileSchema } from './mobile';

const formOf = (mainland: boolean) => z.object({ mobile: makeMobileSchema(mainland) });
const errorOf = (mainland: boolean, input: unknown) => fieldsOf(formOf(mainland), { mobile: input })?.mobile ?? null;

describe('makeMobileSchema(mainland = true)', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['19912345678', '19912345678'],
    [' 13812345678 ', '13812345678'],
  ])('R-MOB-1: %j is accepted as %s', (input, output) => {
    expect(parsed(formOf(true), { mobile: input }).mobile).toBe(output);
  });

  it.each([
    ['1381234567', '大陆手机号码应为11位数字，您填写了10位，请核对后重新填写。'],
    ['138123456789', '大陆手机号码应为11位数字，您填写了12位，请核对后重新填写。'],
    ['23812345678', '大陆手机号码以“1”开头，共11位数字，请核对后重新填写。'],
    ['03812345678', '手机号码的第一位不能是“0”，请去掉开头的“0”后重新填写。'],
    ['013812345678', '手机号码的第一位不能是“0”，请去掉开头的“0”后重新填写。'],
    ['+8613812345678', '手机号码不用填写国家代码“+86”，请直接填写11位手机号码，如 13812345678。'],
    ['8613812345678', '手机号码不用填写国家代码“86”，请直接填写11位手机号码，如 13812345678。'],
    ['138 1234 5678', '手机号码中不能有空格，请删除空格后重新填写，应填写为 13812345678。'],
    ['138-1234-5678', '手机号码中不能有“-”等连接号，请只填写数字，应填写为 13812345678。'],
    ['138—1234—5678', '手机号码中不能有“-”等连接号，请只填写数字，应填写为 13812345678。'],
    [
      '１３８１２３４５６７８',
      '手机号码中有全角字符，请将输入法切换到半角（英文）状态后重新填写，应填写为 13812345678。',
    ],
    ['1381234567a', '手机号码只能填写数字，不能有“a”，请核对后重新填写。'],
    ['138.1234.5678', '手机号码中不能有标点符号（如“.”），请只填写数字。'],
    ['', '请填写手机号码。'],
    [undefined, '请填写手机号码。'],
    [13812345678, '手机号码应为文字，请重新填写。'],
  ])('R-MOB-1: mainland %j is refused: %s', (input, message) => {
    expect(errorOf(true, input)).toBe(message);
  });
});

describe('makeMobileSchema(mainland = false)', () => {
  it.each([['912345'], ['91234567'], ['61234567890'], ['13812345678']])(
    'R-MOB-1: outside the mainland %j is accepted',
    (input) => {
      expect(parsed(formOf(false), { mobile: input }).mobile).toBe(input);
    },
  );

  it.each([
    ['91234', '手机号码应为6至11位数字，您填写了5位，请核对后重新填写。'],
    ['912345678901', '手机号码应为6至11位数字，您填写了12位，请核对后重新填写。'],
    ['0912345678', '手机号码的第一位不能是“0”，请去掉开头的“0”后重新填写。'],
    ['+85291234567', '手机号码中不能有“+”，请只填写6至11位数字。'],
    ['9123 4567', '手机号码中不能有空格，请删除空格后重新填写，应填写为 91234567。'],
    ['０９１２３４５６７８', '手机号码中有全角字符，请将输入法切换到半角（英文）状态后重新填写。'],
  ])('R-MOB-1: outside the mainland %j is refused: %s', (input, message) => {
    expect(errorOf(false, input)).toBe(message);
  });

  it.each([
    ['13812345678', true, true],
    ['912345', true, false],
    ['912345', false, true],
    ['012345', false, false],
  ])('R-MOB-1: isMobile(%j, mainland %s) is %s', (value, mainland, expected) => {
    expect(isMobile(value, mainland)).toBe(expected);
  });
});
