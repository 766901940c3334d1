import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { fieldsOf, parsed } from '../profile/test-support';
import { ADDRESS_MAX_LENGTH, addressSchema, composeAddress, regionTextOf } from './address';

const form = z.object({ address: addressSchema });
const errorOf = (address: unknown) => fieldsOf(form, { address })?.address ?? null;
const BEIJING = { regionCode: '110101', regionText: '北京市东城区' };
// The longest region of the cascade: 25 characters, which leaves 5 for the street part.
const LONGEST = { regionCode: '622927', regionText: '甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县' };

describe('regionTextOf', () => {
  it.each([
    [['北京市', '市辖区', '东城区'], '北京市东城区'],
    [['重庆市', '县', '城口县'], '重庆市城口县'],
    [['河北省', '石家庄市', '长安区'], '河北省石家庄市长安区'],
    [['海南省', '省直辖县级行政区划', '五指山市'], '海南省五指山市'],
    [['新疆维吾尔自治区', '自治区直辖县级行政区划', '石河子市'], '新疆维吾尔自治区石河子市'],
    [['广东省', '东莞市', '东莞市'], '广东省东莞市'],
    [[], ''],
  ])('R-ADDR-1: %j is written %s', (names, text) => {
    expect(regionTextOf(names)).toBe(text);
  });

  it('R-ADDR-1: composeAddress joins the region and the street part', () => {
    expect(composeAddress({ ...BEIJING, street: '东四十条24号' })).toBe('北京市东城区东四十条24号');
  });
});

describe('addressSchema', () => {
  it.each([
    ['a street and number', { ...BEIJING, street: '东四十条24号' }],
    ['exactly 30 characters in all', { ...BEIJING, street: '建设路18号院3号楼2单元502室东门左侧小院内' }],
    ['the longest region and a 5-character street', { ...LONGEST, street: '城关镇1号' }],
    ['half-width letters and digits count one each', { ...BEIJING, street: 'Room 1203 Tower A' }],
    ['spaces around the street part', { ...BEIJING, street: '  东四十条24号  ' }],
  ])('R-ADDR-1: %s is accepted', (_title, address) => {
    expect(parsed(form, { address }).address).toEqual({ ...address, street: address.street.trim() });
  });

  it('R-ADDR-1: 30 characters in all is the limit, counting each character as one', () => {
    const street = '建设路18号院3号楼2单元502室东门左侧小院内';
    expect(composeAddress({ ...BEIJING, street })).toHaveLength(ADDRESS_MAX_LENGTH);
    expect(errorOf({ ...BEIJING, street: `${street}边` })).toBe(
      '联系地址（所选的“北京市东城区”加街道门牌）最多30个字，现在共31个字，请精简街道门牌部分（最多24个字）。',
    );
  });

  it.each([
    [
      'a street too long for the longest region',
      { ...LONGEST, street: '城关镇12号' },
      '联系地址（所选的“甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县”加街道门牌）最多30个字，现在共31个字，请精简街道门牌部分（最多5个字）。',
    ],
    [
      'a street part that repeats the region',
      { ...BEIJING, street: '北京市东城区东四十条24号' },
      '联系地址的街道、门牌号不用重复填写省、市、区县（已在上面选择“北京市东城区”），请只填写街道和门牌号，如“东四十条24号”“建设路18号3单元502室”。',
    ],
    [
      'no street part (only the region)',
      { ...BEIJING, street: '' },
      '请填写联系地址的街道、门牌号，如“东四十条24号”“建设路18号3单元502室”。',
    ],
    ['a missing street part', { ...BEIJING }, '请填写联系地址的街道、门牌号，如“东四十条24号”“建设路18号3单元502室”。'],
    [
      'a one-character street part',
      { ...BEIJING, street: '东' },
      '联系地址的街道、门牌号应为2至30个字，您填写了1个字，请修改后重新填写。',
    ],
    [
      'full-width digits',
      { ...BEIJING, street: '东四十条２４号' },
      '联系地址的街道、门牌号中的字母、数字和空格请使用半角（将输入法切换到半角状态），请修改后重新填写。',
    ],
    [
      'a full-width space',
      { ...BEIJING, street: '东四十条　24号' },
      '联系地址的街道、门牌号中的字母、数字和空格请使用半角（将输入法切换到半角状态），请修改后重新填写。',
    ],
    [
      'a hidden character',
      { ...BEIJING, street: '东四十条\u200b24号' },
      '联系地址的街道、门牌号中有不可见的字符，请删除后重新填写。',
    ],
    ['no region chosen', { street: '东四十条24号' }, '请选择联系地址所在的省、市、区县。'],
    [
      'a city code, not a county',
      { ...BEIJING, regionCode: '1101', street: '东四十条24号' },
      '请选择联系地址所在的省、市、区县。',
    ],
    [
      'no region names',
      { regionCode: '110101', regionText: '', street: '东四十条24号' },
      '请选择联系地址所在的省、市、区县。',
    ],
    [
      'the plain string of API.md',
      '北京市东城区东四十条24号',
      '联系地址应包含所选的省、市、区县和填写的街道、门牌号，请重新选择和填写。',
    ],
    ['nothing', undefined, '请填写联系地址。'],
  ])('R-ADDR-1: %s is refused', (_title, address, message) => {
    expect(errorOf(address)).toBe(message);
  });

  it('R-ADDR-1: the length issue lies on `address` itself, a street issue on address.street', () => {
    const tooLong = form.safeParse({ address: { ...LONGEST, street: '城关镇12号' } });
    expect(tooLong.error?.issues.map((i) => i.path)).toEqual([['address']]);
    const noStreet = form.safeParse({ address: { ...BEIJING, street: '东' } });
    expect(noStreet.error?.issues.map((i) => i.path)).toEqual([['address', 'street']]);
  });
});
