import { describe, it, expect } from 'vitest';
import { ID_TYPES, ID_TYPE_LABELS, derivesFromNumber, isIdType, isMainlandIdType, type IdType } from './id-types';

describe('ID types', () => {
  it.each<[IdType, string, boolean, boolean]>([
    ['RESIDENT_ID', '居民身份证', true, true],
    ['OFFICER_ID', '军官证', true, false],
    ['POLICE_ID', '警官证', true, false],
    ['CIVIL_CADRE_ID', '文职干部证', true, false],
    ['SOLDIER_ID', '士兵(官)证', true, false],
    ['CADET_ID', '军队学员证', true, false],
    ['TW_PERMIT', '台湾往来大陆通行证', false, false],
    ['TW_ID', '台湾身份证', false, false],
    ['HK_PERMIT', '香港往来大陆通行证', false, false],
    ['HK_ID', '香港身份证', false, false],
    ['MO_PERMIT', '澳门往来大陆通行证', false, false],
    ['MO_ID', '澳门身份证', false, false],
    ['PASSPORT', '外籍护照', false, false],
    ['HMT_RESIDENCE', '港澳台居民居住证', false, false],
  ])('R-IDT-1: %s is %s, mainland %s, derives gender and birth date %s', (type, label, mainland, derives) => {
    expect(ID_TYPE_LABELS[type]).toBe(label);
    expect(isMainlandIdType(type)).toBe(mainland);
    expect(derivesFromNumber(type)).toBe(derives);
  });

  it('R-IDT-1: lists the 14 documents of API.md in order', () => {
    expect(ID_TYPES).toHaveLength(14);
    expect(Object.keys(ID_TYPE_LABELS)).toEqual([...ID_TYPES]);
  });

  it.each([
    ['RESIDENT_ID', true],
    ['PASSPORT', true],
    ['resident_id', false],
    ['', false],
    [undefined, false],
    [1, false],
  ])('R-IDT-1: isIdType(%j) is %s', (value, expected) => {
    expect(isIdType(value)).toBe(expected);
  });
});
