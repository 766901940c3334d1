import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { fieldsOf, parsed, today } from './test-support';
import { compareYearMonth, isYearMonth, suggestYearMonth, yearMonthSchema } from './year-month';

const schema = yearMonthSchema('毕业年月', { today });
// The message a year-month field shows beside itself: the schema as the `graduatedOn` field of a form.
const errorOf = (s: z.ZodType, input: unknown) =>
  fieldsOf(z.object({ graduatedOn: s }), { graduatedOn: input })?.graduatedOn ?? null;

const HALF_WIDTH = (fixed: string) =>
  `毕业年月请使用半角数字和半角横杠“-”填写（将输入法切换到英文状态），应填写为 ${fixed}。`;
const FORMAT = (fixed: string) => `毕业年月应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），应填写为 ${fixed}。`;
const FORMAT_NO_GUESS =
  '毕业年月应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），如 2009 年 6 月应填写为 2009-06。';

describe('yearMonthSchema', () => {
  it.each([
    ['2009-06', '2009-06'],
    ['1900-01', '1900-01'],
    ['2025-06', '2025-06'],
    ['2026-12', '2026-12'], // next year is the latest without a limit
    [' 2009-06 ', '2009-06'], // outer spaces of a paste are trimmed
  ])('R-YM-1: %j is accepted as %s', (input, output) => {
    expect(parsed(schema, input)).toBe(output);
  });

  it.each([
    ['2009－06', HALF_WIDTH('2009-06')], // the full-width hyphen of a Chinese IME
    ['２００９-０６', HALF_WIDTH('2009-06')],
    ['２００９－０６', HALF_WIDTH('2009-06')],
    ['2009—06', HALF_WIDTH('2009-06')], // em dash
    ['2009–06', HALF_WIDTH('2009-06')], // en dash
    ['2009−06', HALF_WIDTH('2009-06')], // minus sign
    ['2009一06', HALF_WIDTH('2009-06')], // the character 一, as the guide itself prints it
    ['2009/06', FORMAT('2009-06')],
    ['2009.06', FORMAT('2009-06')],
    ['200906', FORMAT('2009-06')],
    ['2009-6', FORMAT('2009-06')],
    ['2009/6', FORMAT('2009-06')],
    ['2009年6月', FORMAT('2009-06')],
    ['2009 06', FORMAT('2009-06')],
    ['2009-06-01', FORMAT_NO_GUESS], // a date is not a year-month
    ['2009/13', FORMAT_NO_GUESS],
    ['09-06', FORMAT_NO_GUESS],
    ['June 2009', FORMAT_NO_GUESS],
    ['2009-13', '毕业年月中的月份应为01至12，“13”不是有效的月份，请核对后重新填写。'],
    ['2009-00', '毕业年月中的月份应为01至12，“00”不是有效的月份，请核对后重新填写。'],
    ['1899-12', '毕业年月的年份应在1900年至2026年之间，请核对后重新填写。'],
    ['2027-01', '毕业年月的年份应在1900年至2026年之间，请核对后重新填写。'],
    ['', '请填写毕业年月（格式为 YYYY-MM，如 2009-06）。'],
    [undefined, '请填写毕业年月（格式为 YYYY-MM，如 2009-06）。'],
    [200906, '毕业年月应为文字，请重新填写。'],
  ])('R-YM-1: %j is refused: %s', (input, message) => {
    expect(errorOf(schema, input)).toBe(message);
  });

  it.each([
    ['thisMonth', '2025-06', null],
    ['thisMonth', '2025-07', '毕业年月不能晚于本月（2025-06），请核对后重新填写。'],
    ['thisMonth', '2026-01', '毕业年月不能晚于本月（2025-06），请核对后重新填写。'],
    ['thisYear', '2025-12', null],
    ['thisYear', '2026-01', '毕业年月不能晚于今年12月（2025-12），请核对后重新填写。'],
  ] as const)('R-YM-1: with the limit %s, %s → %s', (notAfter, input, message) => {
    expect(errorOf(yearMonthSchema('毕业年月', { notAfter, today }), input)).toBe(message);
  });

  it('R-YM-1: the clock is read at each parse, so a schema built last year knows the new year', () => {
    let now = '2025-12-31';
    const s = yearMonthSchema('毕业年月', { notAfter: 'thisMonth', today: () => now });
    expect(errorOf(s, '2026-01')).toBe('毕业年月不能晚于本月（2025-12），请核对后重新填写。');
    now = '2026-01-01';
    expect(errorOf(s, '2026-01')).toBeNull();
  });

  it('R-YM-1: the issue lies on the field itself, so a form reports it under the field name', () => {
    expect(schema.safeParse('2009/06').error?.issues.map((i) => i.path)).toEqual([[]]);
  });
});

describe('isYearMonth, compareYearMonth, suggestYearMonth', () => {
  it.each([
    ['2009-06', true],
    ['2009-12', true],
    ['2009-13', false],
    ['2009-00', false],
    ['2009-6', false],
    ['2009/06', false],
    ['2009－06', false],
    [' 2009-06', false],
    [200906, false],
    [null, false],
  ])('R-YM-1: isYearMonth(%j) is %s', (value, expected) => {
    expect(isYearMonth(value)).toBe(expected);
  });

  it.each([
    ['2009-06', '2009-07', -1],
    ['2009-12', '2010-01', -1],
    ['2010-01', '2009-12', 1],
    ['2009-06', '2009-06', 0],
  ])('R-YM-1: compareYearMonth(%s, %s) is %i', (a, b, expected) => {
    expect(Math.sign(compareYearMonth(a, b))).toBe(expected);
  });

  it.each([
    ['2009/06', '2009-06'],
    ['2009.6', '2009-06'],
    ['2009-6', '2009-06'],
    ['200906', '2009-06'],
    ['2009年6月', '2009-06'],
    ['２００９－０６', '2009-06'],
    ['2009 - 06', '2009-06'],
    ['2009-13', null],
    ['2009-0', null],
    ['09-06', null],
    ['abc', null],
  ])('R-YM-1: suggestYearMonth(%j) is %j', (value, expected) => {
    expect(suggestYearMonth(value)).toBe(expected);
  });
});
