import { describe, it, expect } from 'vitest';
import {
  CERTIFICATE_TYPES,
  DEGREES,
  EDUCATION_CATEGORIES,
  EDUCATION_LEVELS,
  EDUCATION_ORIGINS,
  EMPLOYMENT_STATUSES,
  MILITARY_IDENTITIES,
  MILITARY_IDENTITY_VALUES,
  STUDY_FORMS,
  STUDY_LENGTHS,
  TITLES,
  TRAINING_RESULTS,
  TRAINING_TYPES,
  UNIT_AFFILIATIONS,
} from './options';
import { isActiveDuty } from './work';

describe('option lists', () => {
  it.each([
    ['R-PI-7', 'EMPLOYMENT_STATUSES', EMPLOYMENT_STATUSES, ['试用期', '在职', '当年毕业研究生']],
    ['R-PI-8', 'UNIT_AFFILIATIONS', UNIT_AFFILIATIONS, ['地方', '军队', '武警', '公安']],
    ['R-PI-9', 'EDUCATION_ORIGINS', EDUCATION_ORIGINS, ['大陆', '港澳台', '国外']],
    [
      'R-PI-9',
      'EDUCATION_LEVELS',
      EDUCATION_LEVELS,
      ['研究生', '本科长学制', '本科', '专科', '中专', '传统医学师承或确有专长', '无学历'],
    ],
    ['R-PI-9', 'DEGREES', DEGREES, ['博士', '硕士', '学士', '无']],
    ['R-PI-9', 'STUDY_FORMS', STUDY_FORMS, ['普通全日制', '成人教育', '自学考试', '网络教育', '其他']],
    [
      'R-PI-10',
      'TRAINING_TYPES',
      TRAINING_TYPES,
      ['住院医师规范化培训', '专科医师规范化培训', '全科医生转岗培训', '其他'],
    ],
    ['R-PI-10', 'TRAINING_RESULTS', TRAINING_RESULTS, ['未考核', '合格', '不合格']],
    ['R-PI-11', 'CERTIFICATE_TYPES', CERTIFICATE_TYPES, ['执业助理医师', '执业助理医师(乡镇)']],
  ])('%s: %s are the guide’s values, in order', (_rule, _name, list, expected) => {
    expect(list).toEqual(expected);
  });

  it.each([
    ['R-PI-7', TITLES],
    ['R-PI-9', EDUCATION_CATEGORIES],
    ['R-PI-9', STUDY_FORMS],
    ['R-PI-8', MILITARY_IDENTITY_VALUES],
  ])('%s: values are distinct Chinese labels (%j)', (_rule, list) => {
    expect(new Set(list).size).toBe(list.length);
    for (const value of list) expect(value).toMatch(/^[\p{Script=Han}、（）()]+$/u);
  });

  it('R-PI-7: 职称 offers the physician series, 其他 and 无', () => {
    expect(TITLES).toEqual(
      expect.arrayContaining(['主任医师', '副主任医师', '主治医师', '医师', '医士', '主任中医师']),
    );
    expect(TITLES.slice(-2)).toEqual(['其他', '无']);
  });

  it('R-PI-9: 类别 includes the guide’s 高等医学教育', () => {
    expect(EDUCATION_CATEGORIES[0]).toBe('高等医学教育');
  });

  it('R-PI-9: 学制 are the years 1–9 with their labels (七年制 as the guide shows)', () => {
    expect(STUDY_LENGTHS.map((s) => s.years)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(STUDY_LENGTHS.find((s) => s.years === 7)?.label).toBe('七年制');
    for (const s of STUDY_LENGTHS) expect(s.label).toMatch(/^[一二三四五六七八九]年制$/);
  });
});

describe('MILITARY_IDENTITIES', () => {
  it.each([
    [1, '军队及武警干部', true],
    [2, '军队及武警士官', true],
    [3, '军队及武警部队聘用地方人员', false],
    [4, '公安部所属边防、消防、警卫现役干部', true],
    [5, '公安部所属边防、消防、警卫现役士官', true],
    [6, '公安部所属边防、消防、警卫部队聘用地方人员', false],
  ])('R-PI-8: (%i) %s is active duty: %s', (n, value, activeDuty) => {
    expect(MILITARY_IDENTITIES[n - 1]?.value).toBe(value);
    expect(MILITARY_IDENTITY_VALUES[n - 1]).toBe(value);
    expect(isActiveDuty(value)).toBe(activeDuty);
  });

  it.each([[undefined], [''], ['现役军人'], [1]])('R-PI-8: isActiveDuty(%j) is false', (value) => {
    expect(isActiveDuty(value)).toBe(false);
  });

  it('R-PI-8: there are exactly six identities', () => {
    expect(MILITARY_IDENTITIES).toHaveLength(6);
  });
});
