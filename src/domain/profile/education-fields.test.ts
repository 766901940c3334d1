import { describe, it, expect } from 'vitest';
import {
  DEGREES_BY_LEVEL,
  isDiplomaNumberOptional,
  requiredEducationFields,
  visibleEducationFields,
} from './education-fields';
import { DEGREES, EDUCATION_LEVELS } from './options';

const FULL = [
  'origin',
  'category',
  'schoolId',
  'studyForm',
  'level',
  'degree',
  'lengthYears',
  'majorId',
  'graduatedOn',
  'diplomaNumber',
];
const without = (...hidden: string[]) => FULL.filter((f) => !hidden.includes(f));

describe('visibleEducationFields', () => {
  it.each([
    ['研究生', FULL],
    ['本科长学制', FULL],
    ['本科', FULL],
    ['专科', without('degree')],
    ['中专', without('degree')],
    ['传统医学师承或确有专长', without('schoolId', 'graduatedOn', 'degree')],
    ['无学历', ['origin', 'category', 'level', 'diplomaNumber']],
  ] as const)('R-EDU-1: a mainland %s shows %j', (level, fields) => {
    expect(visibleEducationFields(level, '大陆')).toEqual(fields);
    expect(visibleEducationFields(level)).toEqual(fields);
  });

  it.each([
    ['港澳台', '本科', [...FULL.slice(0, 3), 'schoolName', ...FULL.slice(3)]],
    ['国外', '研究生', [...FULL.slice(0, 3), 'schoolName', ...FULL.slice(3)]],
    ['国外', '传统医学师承或确有专长', without('schoolId', 'graduatedOn', 'degree')],
    ['国外', '无学历', ['origin', 'category', 'level', 'diplomaNumber']],
  ] as const)('R-EDU-1: a %s %s school is typed by name: %j', (origin, level, fields) => {
    expect(visibleEducationFields(level, origin)).toEqual(fields);
  });
});

describe('requiredEducationFields, isDiplomaNumberOptional', () => {
  it.each([
    ['本科', '大陆', false, without()],
    ['本科', '国外', false, ['origin', 'category', 'schoolName', ...without('origin', 'category', 'schoolId')]],
    ['研究生', '大陆', true, without('diplomaNumber')],
    ['本科长学制', '大陆', true, without('diplomaNumber')],
    ['本科', '大陆', true, without()], // a graduate student's 本科 diploma exists
    ['传统医学师承或确有专长', '大陆', false, without('schoolId', 'graduatedOn', 'degree', 'diplomaNumber')],
    ['无学历', '大陆', false, ['origin', 'category', 'level']],
  ] as const)('R-EDU-1, R-DIP-1: %s (%s, 当年毕业研究生 %s) requires %j', (level, origin, graduate, fields) => {
    expect(requiredEducationFields(level, origin, graduate)).toEqual(fields);
  });

  it.each([
    ['研究生', false, false],
    ['研究生', true, true],
    ['本科长学制', true, true],
    ['本科', true, false],
    ['专科', true, false],
    ['中专', false, false],
    ['传统医学师承或确有专长', false, true],
    ['无学历', false, true],
  ] as const)('R-DIP-1: the diploma number of %s (当年毕业研究生 %s) may be empty: %s', (level, graduate, optional) => {
    expect(isDiplomaNumberOptional(level, graduate)).toBe(optional);
  });

  it.each(EDUCATION_LEVELS.map((level) => [level]))('R-PI-9: the degrees of %s are degrees, 无 last', (level) => {
    const degrees: readonly string[] = DEGREES_BY_LEVEL[level];
    for (const d of degrees) expect(DEGREES).toContain(d);
    expect(degrees.at(-1)).toBe('无');
  });
});
