import { describe, it, expect } from 'vitest';
import { MAX_AGE, MIN_AGE, ageOn, checkAge } from './age';

describe('ageOn', () => {
  it.each([
    ['2007-06-15', '2025-06-15', 18],
    ['2007-06-16', '2025-06-15', 17],
    ['1990-03-07', '2025-06-15', 35],
    ['1990-12-31', '2025-01-01', 34],
    ['2008-02-29', '2026-02-28', 17], // a 29 February birthday counts from 1 March in common years
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
  ])('R-AGE-1: born %s, on %s aged %i', (birthDate, today, age) => {
    expect(ageOn(birthDate, today)).toBe(age);
  });
});

describe('checkAge', () => {
  const today = '2025-06-15';
  it.each([
    ['2007-06-15', null], // 18 today
    ['1990-03-07', null],
    ['1950-06-15', null], // 75 today
    ['1949-06-16', null], // 75, turns 76 tomorrow
    ['2007-06-16', '报考需年满18周岁且不超过75周岁，按出生日期您目前17周岁，未满18周岁，请核对出生日期。'], // one day short of 18
    ['2020-01-01', '报考需年满18周岁且不超过75周岁，按出生日期您目前5周岁，未满18周岁，请核对出生日期。'],
    ['1949-06-15', '报考需年满18周岁且不超过75周岁，按出生日期您目前76周岁，已超过75周岁，请核对出生日期。'], // 76 today
    ['2025-06-16', '出生日期不能晚于今天，请核对后重新填写。'],
    ['1990-02-30', '出生日期应为真实存在的日期，格式如 1990-03-07，请核对后重新填写。'],
    ['19900307', '出生日期应为真实存在的日期，格式如 1990-03-07，请核对后重新填写。'],
  ])('R-AGE-1: born %s → %s', (birthDate, message) => {
    expect(checkAge(birthDate, today)).toBe(message);
  });

  it('R-AGE-1: the bounds are 18 and 75', () => {
    expect([MIN_AGE, MAX_AGE]).toEqual([18, 75]);
  });
});
