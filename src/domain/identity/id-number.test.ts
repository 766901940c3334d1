import { describe, it, expect } from 'vitest';
import { checkIdNumber, hongKongCheckChar, isValidTaiwanCheckDigit, maskIdNumber } from './id-number';
import type { IdType } from './id-types';

const TODAY = '2025-06-15';
const check = (idType: IdType, value: string) => checkIdNumber(idType, value, TODAY);

const SPACE = '证件号码中不能有空格，请删除空格后重新填写。';
const FULL_WIDTH = '证件号码中有全角字母或数字，请将输入法切换到半角状态后重新填写。';
const PUNCTUATION = '证件号码中不能有标点符号或连字符（如 - ( ) . /），请只填写证件号码中的字母和数字。';
const UPPER = '证件号码中的字母请用大写填写，与证件上的号码保持一致。';

describe('checkIdNumber: R-ID-1 characters', () => {
  it.each<[IdType, string, string]>([
    ['RESIDENT_ID', '', '请填写证件号码。'],
    ['RESIDENT_ID', '110101 199003071233', SPACE],
    ['RESIDENT_ID', '110101199003071233 ', SPACE],
    ['RESIDENT_ID', '\t110101199003071233', SPACE],
    ['PASSPORT', 'E1234567\u3000', SPACE], // full-width space
    ['RESIDENT_ID', '１１０１０１１９９００３０７１２３３', FULL_WIDTH],
    ['RESIDENT_ID', '11010119900307123Ｘ', FULL_WIDTH],
    ['TW_ID', 'A12345678９', FULL_WIDTH],
    ['PASSPORT', 'Ｅ1234567', FULL_WIDTH],
    ['RESIDENT_ID', '110101-19900307-1233', PUNCTUATION],
    ['RESIDENT_ID', '110101—199003071233', PUNCTUATION], // em dash
    ['RESIDENT_ID', '110101－199003071233', PUNCTUATION], // full-width hyphen
    ['PASSPORT', 'E1234.567', PUNCTUATION],
    ['PASSPORT', 'E1234/567', PUNCTUATION],
    ['PASSPORT', 'E1234567+', PUNCTUATION],
    ['TW_PERMIT', '12345678，90', PUNCTUATION],
    ['PASSPORT', '护照E123456', '外籍护照号码中不能有汉字，请只填写证件号码中的字母和数字。'],
    ['PASSPORT', 'E1234567é', '证件号码中有不能使用的字符“é”，请只填写证件号码中的字母和数字（半角）。'],
    ['PASSPORT', 'E123\u0000456', '证件号码中有不能使用的字符，请只填写证件号码中的字母和数字（半角）。'],
    ['OFFICER_ID', 'Ж12345', '证件号码中有不能使用的字符“Ж”，请只填写证件号码中的字母、数字或汉字（半角）。'],
    [
      'OFFICER_ID',
      '南字第012345-号',
      '证件号码中不能有标点符号或连字符（如 - ( ) . /），请只填写证件号码中的字母、数字或汉字。',
    ],
    ['PASSPORT', 'e1234567', UPPER],
    ['HK_ID', 'a1234563', UPPER],
  ])('R-ID-1: %s %j → %s', (idType, value, message) => {
    expect(check(idType, value)).toBe(message);
  });

  it.each<[IdType, string, string]>([
    [
      'HK_ID',
      'A123456(3)',
      '香港身份证号码请不要输入括号，把括号里的校验码直接接在后面，如 A123456(3) 应填写为 A1234563。',
    ],
    [
      'HK_ID',
      'A123456（3）',
      '香港身份证号码请不要输入括号，把括号里的校验码直接接在后面，如 A123456(3) 应填写为 A1234563。',
    ],
    [
      'MO_ID',
      '1234567(8)',
      '澳门身份证号码请不要输入括号，把括号里的校验码直接接在后面，如 1234567(8) 应填写为 12345678。',
    ],
  ])('R-ID-1, R-ID-3: %s %j typed with brackets → %s', (idType, value, message) => {
    expect(check(idType, value)).toBe(message);
  });
});

describe('checkIdNumber: R-ID-2 resident ID', () => {
  it.each([
    ['110101199003071233', null],
    ['11010519491231002X', null],
    ['11010519491231002x', '身份证号码最后一位的字母请用大写 X 填写，不要用小写 x。'],
    ['110101900307123', '15位的旧身份证号码已停止使用，请填写您现在所持居民身份证上的18位号码。'],
    ['110101199003071234', '身份证号码的校验位（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。'],
    ['110101199002301236', '身份证号码第7至14位的出生日期“19900230”不存在，请对照证件核对后重新填写。'],
    ['110101209901011239', '身份证号码中的出生日期晚于今天，请对照证件核对后重新填写。'],
    ['110101身份证199003071', '身份证号码的前17位只能是数字，最后一位是数字或大写字母 X，请对照证件核对后重新填写。'],
  ])('R-ID-2: %s → %s', (value, message) => {
    expect(check('RESIDENT_ID', value)).toBe(message);
  });
});

describe('checkIdNumber: R-ID-3 Taiwan', () => {
  it.each([
    ['TW_PERMIT', '1234567890', null],
    ['TW_PERMIT', 'AB12345678', null],
    ['TW_PERMIT', '12345678', null],
    ['TW_PERMIT', '1234567', '台湾往来大陆通行证号码应为8位或10位，您填写了7位，请对照证件核对后重新填写。'],
    ['TW_PERMIT', '123456789', '台湾往来大陆通行证号码应为8位或10位，您填写了9位，请对照证件核对后重新填写。'],
    ['TW_PERMIT', '12345678901', '台湾往来大陆通行证号码应为8位或10位，您填写了11位，请对照证件核对后重新填写。'],
    // A123456789 is the textbook example: 1·1 + 0·9 + 1·8 + 2·7 + … + 8·1 + 9·1 = 130, divisible by 10.
    ['TW_ID', 'A123456789', null],
    ['TW_ID', 'F131104093', null],
    ['TW_ID', 'B223456782', null], // a woman (2)
    ['TW_ID', 'I123456781', null], // I = 34, out of alphabetical order
    ['TW_ID', 'O222222220', null], // O = 35
    ['TW_ID', 'W123456789', null], // W = 32
    ['TW_ID', 'Z123456780', null], // Z = 33
    ['TW_ID', 'A123456788', '台湾身份证号码的校验码（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。'],
    ['TW_ID', 'Z123456785', '台湾身份证号码的校验码（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。'],
    ['TW_ID', 'A12345678', '台湾身份证号码应为10位，您填写了9位，请对照证件核对后重新填写。'],
    ['TW_ID', '1123456789', '台湾身份证号码应为1个大写字母加9位数字，如 A123456789，请对照证件核对。'],
    ['TW_ID', 'AB23456789', '台湾身份证号码应为1个大写字母加9位数字，如 A123456789，请对照证件核对。'],
    ['TW_ID', 'A323456789', '台湾身份证号码的第2位应为1或2，请对照证件核对后重新填写。'],
    [
      'TW_ID',
      'A823456783',
      '第2位为8或9的是台湾居留证号码，不是台湾身份证号码，请改用台湾往来大陆通行证或外籍护照报名。',
    ],
    [
      'TW_ID',
      'A923456785',
      '第2位为8或9的是台湾居留证号码，不是台湾身份证号码，请改用台湾往来大陆通行证或外籍护照报名。',
    ],
  ] as [IdType, string, string | null][])('R-ID-3: %s %s → %s', (idType, value, message) => {
    expect(check(idType, value)).toBe(message);
  });

  it.each([
    ['A123456789', true],
    ['A123456788', false],
    ['a123456789', false],
    ['A12345678', false],
  ])('R-ID-3: isValidTaiwanCheckDigit(%s) is %s', (value, expected) => {
    expect(isValidTaiwanCheckDigit(value)).toBe(expected);
  });
});

describe('checkIdNumber: R-ID-3 Hong Kong and Macau', () => {
  it.each([
    ['HK_PERMIT', 'H1234567890', null],
    ['HK_PERMIT', 'H12345678', null],
    ['HK_PERMIT', 'H1234567', '香港往来大陆通行证号码应为9位或11位，您填写了8位，请对照证件核对后重新填写。'],
    ['HK_PERMIT', 'M1234567890', '香港往来大陆通行证号码应为字母 H 加8位或10位数字，请对照证件核对后重新填写。'],
    ['HK_PERMIT', 'H123456789A', '香港往来大陆通行证号码应为字母 H 加8位或10位数字，请对照证件核对后重新填写。'],
    ['HK_PERMIT', 'H1234567A', '香港往来大陆通行证号码应为字母 H 加8位或10位数字，请对照证件核对后重新填写。'],
    ['MO_PERMIT', 'M1234567890', null],
    ['MO_PERMIT', 'M12345678', null],
    ['MO_PERMIT', 'H1234567890', '澳门往来大陆通行证号码应为字母 M 加8位或10位数字，请对照证件核对后重新填写。'],
    ['MO_PERMIT', 'M123456789', '澳门往来大陆通行证号码应为9位或11位，您填写了10位，请对照证件核对后重新填写。'],
    // A123456(3) by hand: 36·9 + 10·8 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 = 481; 481 mod 11 = 8; 11 − 8 = 3.
    ['HK_ID', 'A1234563', null],
    // AB987654(3): 10·9 + 11·8 + 9·7 + 8·6 + 7·5 + 6·4 + 5·3 + 4·2 = 371; 371 mod 11 = 8; 11 − 8 = 3.
    ['HK_ID', 'AB9876543', null],
    // G123456(A): 324 + 16·8 + 77 = 529; 529 mod 11 = 1; 11 − 1 = 10 → A.
    ['HK_ID', 'G123456A', null],
    ['HK_ID', 'Z683365A', null],
    // A000007(0): 324 + 80 + 7·2 = 418; 418 mod 11 = 0; 11 − 0 = 11 → 0.
    ['HK_ID', 'A0000070', null],
    ['HK_ID', 'C6686689', null],
    ['HK_ID', 'XA0000016', null],
    ['HK_ID', 'A1234564', '香港身份证号码的校验码（括号内的最后一位）不正确，请对照证件逐位核对。'],
    ['HK_ID', 'G1234560', '香港身份证号码的校验码（括号内的最后一位）不正确，请对照证件逐位核对。'],
    ['HK_ID', 'AB9876542', '香港身份证号码的校验码（括号内的最后一位）不正确，请对照证件逐位核对。'],
    ['HK_ID', 'A123456', '香港身份证号码应为8或9位（不含括号），您填写了7位，请对照证件核对后重新填写。'],
    ['HK_ID', 'AB12345678', '香港身份证号码应为8或9位（不含括号），您填写了10位，请对照证件核对后重新填写。'],
    [
      'HK_ID',
      'A12345634',
      '香港身份证号码应为1至2个字母、6位数字和1位校验码（数字或 A），如 A123456(3) 应填写为 A1234563。',
    ],
    [
      'HK_ID',
      'A123456B',
      '香港身份证号码应为1至2个字母、6位数字和1位校验码（数字或 A），如 A123456(3) 应填写为 A1234563。',
    ],
    [
      'HK_ID',
      '12345678',
      '香港身份证号码应为1至2个字母、6位数字和1位校验码（数字或 A），如 A123456(3) 应填写为 A1234563。',
    ],
    ['MO_ID', '12345678', null],
    ['MO_ID', '51234567', null],
    ['MO_ID', '71234567', null],
    ['MO_ID', '1234567', '澳门身份证号码应为8位（不含括号），您填写了7位，请对照证件核对后重新填写。'],
    ['MO_ID', '123456789', '澳门身份证号码应为8位（不含括号），您填写了9位，请对照证件核对后重新填写。'],
    ['MO_ID', '21234567', '澳门身份证号码应为8位数字且第一位为1、5或7（不含括号），如 1234567(8) 应填写为 12345678。'],
    ['MO_ID', 'A1234567', '澳门身份证号码应为8位数字且第一位为1、5或7（不含括号），如 1234567(8) 应填写为 12345678。'],
  ] as [IdType, string, string | null][])('R-ID-3: %s %s → %s', (idType, value, message) => {
    expect(check(idType, value)).toBe(message);
  });

  it.each([
    ['A123456', '3'],
    ['AB987654', '3'],
    ['G123456', 'A'],
    ['A000007', '0'],
    ['A000002', 'A'],
    ['K000001', '9'],
  ])('R-ID-3: hongKongCheckChar(%s) is %s', (body, expected) => {
    expect(hongKongCheckChar(body)).toBe(expected);
  });
});

describe('checkIdNumber: R-ID-3 passports, military documents, residence permits', () => {
  it.each([
    ['PASSPORT', 'E12345', null],
    ['PASSPORT', 'EA1234567', null],
    ['PASSPORT', '12345678901234567890', null],
    ['PASSPORT', 'E1234', '外籍护照号码至少6位，您填写了5位，请对照护照核对后重新填写。'],
    ['PASSPORT', 'G12345678901234567890', '外籍护照号码最多20位，您填写了21位，请对照护照核对后重新填写。'],
    ['OFFICER_ID', '南字第012345号', null],
    ['CIVIL_CADRE_ID', '政字第20190001号', null],
    ['SOLDIER_ID', 'A123', null],
    ['POLICE_ID', '12345678', null],
    ['CADET_ID', '123', '军队学员证号码应为4至20位，您填写了3位，请对照证件核对后重新填写。'],
    ['POLICE_ID', '123456789012345678901', '警官证号码应为4至20位，您填写了21位，请对照证件核对后重新填写。'],
    ['SOLDIER_ID', 'a123', UPPER],
    ['HMT_RESIDENCE', '810000198501010010', null],
    ['HMT_RESIDENCE', '820000198501010039', null],
    ['HMT_RESIDENCE', '830000198501010022', null],
    [
      'HMT_RESIDENCE',
      '810000198501010011',
      '居住证号码的校验位（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。',
    ],
    ['HMT_RESIDENCE', '110101199003071233', '这是居民身份证号码，请将证件类型改选为“居民身份证”。'],
    [
      'HMT_RESIDENCE',
      '710000198501010041',
      '港澳台居民居住证号码应以81（香港）、82（澳门）或83（台湾）开头，请对照证件核对后重新填写。',
    ],
    ['HMT_RESIDENCE', '81000019850101001x', '居住证号码最后一位的字母请用大写 X 填写，不要用小写 x。'],
  ] as [IdType, string, string | null][])('R-ID-3: %s %s → %s', (idType, value, message) => {
    expect(check(idType, value)).toBe(message);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['110101199003071233', '110101********1233'],
    ['11010519491231002X', '110105********002X'],
    ['A123456789', 'A1*****789'],
    ['H1234567890', 'H1******890'],
    ['A1234563', 'A1****63'],
    ['AB9876543', 'AB*****43'],
    ['12345678', '12****78'],
    ['E12345', 'E***45'],
    ['A123', '**23'],
    ['南字第012345号', '南字*****45号'],
    ['12345678901234567890', '123456**********7890'],
    ['AB', '**'],
    ['', ''],
  ])('R-ID-1: maskIdNumber(%s) is %s', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });

  // R-EX-10: the 通知单 is printed from the stored masked number, which the renderer masks again.
  it.each(['110101199003071233', 'A123456789', '南字第012345号', 'A123', '12345678901234567890'])(
    'R-EX-10: masking %s twice changes nothing',
    (value) => {
      expect(maskIdNumber(maskIdNumber(value))).toBe(maskIdNumber(value));
    },
  );

  it.each(Array.from({ length: 40 }, (_, i) => i + 1).filter((n) => n !== 18))(
    'R-ID-1: a %i-character number never shows more than half of its characters',
    (n) => {
      const masked = Array.from(maskIdNumber('9'.repeat(n)));
      expect(masked).toHaveLength(n);
      expect(masked.filter((c) => c !== '*').length).toBeLessThanOrEqual(Math.floor(n / 2));
    },
  );
});
