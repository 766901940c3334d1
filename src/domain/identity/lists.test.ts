import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { DEFAULT_PASSPORT_ETHNICITY, ETHNICITIES, ETHNICITY_CODES, ethnicityName } from './ethnicity';
import { NATIONALITIES, NATIONALITY_CODES, nationalityName } from './nationality';

describe('ETHNICITIES', () => {
  it('R-ETH-1: 56 groups numbered 01–56, then 97 and 98', () => {
    expect(ETHNICITIES).toHaveLength(58);
    const expectedCodes = [...Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')), '97', '98'];
    expect(ETHNICITY_CODES).toEqual(expectedCodes);
    expect(new Set(ETHNICITIES.map((e) => e.name)).size).toBe(58);
  });

  it.each([
    ['01', '汉族'],
    ['02', '蒙古族'],
    ['05', '维吾尔族'],
    ['10', '朝鲜族'],
    ['23', '高山族'],
    ['37', '仡佬族'],
    ['56', '基诺族'],
    ['97', '其他'],
    ['98', '外国血统中国籍人士'],
  ])('R-ETH-1: GB/T 3304 code %s is %s', (code, name) => {
    expect(ethnicityName(code)).toBe(name);
  });

  it('R-ETH-1: with 外籍护照 the default is 97 其他', () => {
    expect(DEFAULT_PASSPORT_ETHNICITY).toBe('97');
    expect(ethnicityName(DEFAULT_PASSPORT_ETHNICITY)).toBe('其他');
  });

  it.each([
    ['01', true],
    ['98', true],
    ['57', false],
    ['1', false],
    ['汉族', false],
  ])('R-ETH-1: z.enum(ETHNICITY_CODES) accepts %j: %s', (code, ok) => {
    expect(z.enum(ETHNICITY_CODES).safeParse(code).success).toBe(ok);
  });
});

describe('NATIONALITIES', () => {
  it('R-ACC-1: all 249 ISO 3166-1 alpha-2 codes, 中国 first, the rest in Chinese (pinyin) order', () => {
    expect(NATIONALITIES).toHaveLength(249);
    expect(new Set(NATIONALITY_CODES).size).toBe(249);
    expect(NATIONALITIES[0]).toEqual({ code: 'CN', name: '中国' });
    const rest = NATIONALITIES.slice(1).map((n) => n.name);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')));
    expect(NATIONALITY_CODES).toEqual(NATIONALITIES.map((n) => n.code));
  });

  it.each(NATIONALITIES.map((n) => [n.code, n.name]))('R-ACC-1: %s has a Chinese name (%s)', (code, name) => {
    expect(code).toMatch(/^[A-Z]{2}$/);
    expect(name).not.toBe(code);
    expect(name).toMatch(/\p{Script=Han}/u);
  });

  it.each([
    ['US', '美国'],
    ['JP', '日本'],
    ['GB', '英国'],
    ['TW', '中国台湾'],
    ['HK', '中国香港'],
    ['MO', '中国澳门'],
  ])('R-ACC-1: %s is named %s', (code, name) => {
    expect(nationalityName(code)).toBe(name);
  });

  it.each(['XK', 'UK', 'EU', 'ZZ', 'cn', ''])('R-ACC-1: %j is not an ISO 3166-1 alpha-2 code', (code) => {
    expect(nationalityName(code)).toBeUndefined();
    expect(z.enum(NATIONALITY_CODES).safeParse(code).success).toBe(false);
  });
});
