import { describe, it, expect } from 'vitest';
import { daysInMonth, isRealDate, todayInChina } from './dates';

describe('isRealDate', () => {
  it.each([
    ['1990-03-07', true],
    ['2000-02-29', true], // divisible by 400: leap
    ['2024-02-29', true],
    ['1900-02-29', false], // divisible by 100, not 400: not leap
    ['2023-02-29', false],
    ['1990-02-30', false],
    ['1990-04-31', false],
    ['1990-12-31', true],
    ['1990-13-01', false],
    ['1990-00-10', false],
    ['1990-01-00', false],
    ['0000-01-01', false],
    ['1990-3-7', false],
    ['19900307', false],
    ['1990/03/07', false],
    [' 1990-03-07', false],
    ['1990-03-07T00:00', false],
    ['', false],
  ])('R-DOB-1: isRealDate(%j) is %s', (input, expected) => {
    expect(isRealDate(input)).toBe(expected);
  });

  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('R-DOB-1: daysInMonth(%i, %i) is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('todayInChina', () => {
  it.each([
    ['2025-06-14T15:59:59Z', '2025-06-14'], // 23:59:59 in Beijing
    ['2025-06-14T16:00:00Z', '2025-06-15'], // midnight in Beijing, still the 14th in UTC
    ['2024-12-31T16:30:00Z', '2025-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
  ])('R-AGE-1: the day of %s in Asia/Shanghai is %s', (instant, expected) => {
    expect(todayInChina(new Date(instant))).toBe(expected);
  });

  it('R-AGE-1: agrees with the Asia/Shanghai time zone at any instant from 1992 to 2100', () => {
    const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', dateStyle: 'short' });
    const from = Date.UTC(1992, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 2000; i++) {
      const instant = new Date(from + Math.floor(Math.random() * (to - from)));
      expect(todayInChina(instant), instant.toISOString()).toBe(shanghai.format(instant));
    }
  });

  it('R-AGE-1: without an argument it answers a real date', () => {
    expect(isRealDate(todayInChina())).toBe(true);
  });
});
