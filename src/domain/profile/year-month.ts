import { todayInChina } from '../shared/dates';
import { checkedText } from './fields';
import { foldDashes, hasFullWidth, toHalfWidth } from './half-width';

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** R-YM-1: the earliest year a year-month field accepts. */
export const MIN_YEAR = 1900;

/** R-YM-1: true when `value` is 'YYYY-MM' with the ASCII hyphen and a real month 01–12. */
export function isYearMonth(value: unknown): value is string {
  return typeof value === 'string' && YEAR_MONTH.test(value);
}

/** Orders two 'YYYY-MM' values: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareYearMonth(a: string, b: string): number {
  // Both have the same fixed width and zero padding, so text order is calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest month a field allows: this month (a past event) or December of this year (a graduation due this year). */
export type YearMonthLimit = 'thisMonth' | 'thisYear';

/** The last 'YYYY-MM' that `limit` allows on `today` ('YYYY-MM-DD'). */
export function latestYearMonth(limit: YearMonthLimit, today: string): string {
  return limit === 'thisMonth' ? today.slice(0, 7) : `${today.slice(0, 4)}-12`;
}

/** The message for a month later than `limit` allows. */
export function tooLateMessage(label: string, limit: YearMonthLimit, today: string): string {
  const latest = latestYearMonth(limit, today);
  const when = limit === 'thisMonth' ? '本月' : '今年12月';
  return `${label}不能晚于${when}（${latest}），请核对后重新填写。`;
}

/** R-YM-1: the 'YYYY-MM' a candidate meant by 2009/06, 2009.6, 2009-6, 200906, 2009年6月 or ２００９－０６; null when unclear. */
export function suggestYearMonth(value: string): string | null {
  const folded = foldDashes(toHalfWidth(value)).replace(/\s+/g, '');
  const m = /^(\d{4})[-/.年]?(\d{1,2})月?$/.exec(folded);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
}

/** Options of a year-month field; `today` ('YYYY-MM-DD', China) is injectable so tests do not depend on the clock. */
export interface YearMonthOptions {
  /** The latest month allowed; without it any month up to December of next year. */
  notAfter?: YearMonthLimit;
  today?: () => string;
}

/** R-YM-1: null when `value` is a valid year-month for the field `label`, else what to correct. */
export function checkYearMonth(value: string, label: string, options: YearMonthOptions = {}): string | null {
  if (!/^\d{4}-\d{2}$/.test(value)) {
    const fixed = suggestYearMonth(value);
    const target = fixed ? `应填写为 ${fixed}` : '如 2009 年 6 月应填写为 2009-06';
    // A full-width "－" or "２００９" looks right on screen, so the cause is named, not only the form.
    if (hasFullWidth(value) || foldDashes(value) !== value) {
      return `${label}请使用半角数字和半角横杠“-”填写（将输入法切换到英文状态），${target}。`;
    }
    return `${label}应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），${target}。`;
  }
  const month = value.slice(5);
  if (!YEAR_MONTH.test(value)) {
    return `${label}中的月份应为01至12，“${month}”不是有效的月份，请核对后重新填写。`;
  }
  const today = (options.today ?? todayInChina)();
  const year = Number(value.slice(0, 4));
  const maxYear = Number(today.slice(0, 4)) + 1;
  if (year < MIN_YEAR || year > maxYear) {
    return `${label}的年份应在${MIN_YEAR}年至${maxYear}年之间，请核对后重新填写。`;
  }
  if (options.notAfter && compareYearMonth(value, latestYearMonth(options.notAfter, today)) > 0) {
    return tooLateMessage(label, options.notAfter, today);
  }
  return null;
}

/** R-YM-1: a required 'YYYY-MM' field named `label` (the ASCII hyphen, a real month, years 1900 to next year). */
export function yearMonthSchema(label: string, options: YearMonthOptions = {}) {
  // The clock is read at each parse, not here: a schema built at start-up must still know the new year.
  return checkedText(
    label,
    (value) => checkYearMonth(value, label, options),
    `请填写${label}（格式为 YYYY-MM，如 2009-06）。`,
  );
}
