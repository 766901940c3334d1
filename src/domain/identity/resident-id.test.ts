import { describe, it, expect } from 'vitest';
import { PROVINCES, gb11643CheckChar, parseHmtResidenceNumber, parseResidentId } from './resident-id';

const TODAY = '2025-06-15';

describe('parseResidentId: valid numbers', () => {
  // Check digits computed independently (a separate script) and 110101199003071233 by hand:
  // Σ digit×weight = 174, 174 mod 11 = 9 → '3'.
  it.each([
    ['110101199003071233', '1990-03-07', 'M', '11'],
    ['11010519491231002X', '1949-12-31', 'F', '11'], // the GB 11643 example with check X
    ['36072219910215123X', '1991-02-15', 'M', '36'],
    ['450105198808082246', '1988-08-08', 'F', '45'],
    ['110102190001011232', '1900-01-01', 'M', '11'], // earliest accepted birth date
    ['11010520250615003X', '2025-06-15', 'M', '11'], // born today: the number is valid, the age rule is separate
  ])('R-ID-2, R-SEX-1, R-DOB-1: %s → %s %s', (value, birthDate, gender, provinceCode) => {
    expect(parseResidentId(value, TODAY)).toEqual({ ok: true, birthDate, gender, provinceCode });
  });

  it.each([
    ['110103198001011235', '北京市崇文区, merged into 东城区 in 2010'],
    ['11010419800101124X', '北京市宣武区, merged into 西城区 in 2010'],
    ['320103198001011250', '南京市白下区, merged into 秦淮区 in 2013'],
    ['510221198001011262', '四川省长寿县, now 重庆市长寿区'],
    ['469001198001011278', '海南省五指山市 (county-level code)'],
  ])('R-ID-2: %s with a renamed or merged county code (%s) is accepted', (value) => {
    expect(parseResidentId(value, TODAY).ok).toBe(true);
  });

  it.each(PROVINCES.map((p) => [p.code, p.name]))('R-ID-2: province prefix %s (%s) is accepted', (code) => {
    const first17 = `${code}0102198501010${code.endsWith('1') ? '01' : '02'}`;
    expect(first17).toHaveLength(17);
    expect(parseResidentId(first17 + gb11643CheckChar(first17), TODAY).ok).toBe(true);
  });
});

describe('parseResidentId: refused numbers', () => {
  it.each([
    ['', '请填写身份证号码。'],
    ['110101900307123', '15位的旧身份证号码已停止使用，请填写您现在所持居民身份证上的18位号码。'],
    ['11010119900307123', '身份证号码应为18位，您填写了17位，请对照证件核对后重新填写。'],
    ['1101011990030712333', '身份证号码应为18位，您填写了19位，请对照证件核对后重新填写。'],
    ['11010519491231002x', '身份证号码最后一位的字母请用大写 X 填写，不要用小写 x。'],
    ['11010119900307123A', '身份证号码的前17位只能是数字，最后一位是数字或大写字母 X，请对照证件核对后重新填写。'],
    ['1101011990030712X3', '身份证号码的前17位只能是数字，最后一位是数字或大写字母 X，请对照证件核对后重新填写。'],
    ['110101199003071234', '身份证号码的校验位（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。'],
    ['110101199003071232', '身份证号码的校验位（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。'],
    ['11010519491231002', '身份证号码应为18位，您填写了17位，请对照证件核对后重新填写。'],
    ['110105194912310020', '身份证号码的校验位（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。'],
    ['110101199002301236', '身份证号码第7至14位的出生日期“19900230”不存在，请对照证件核对后重新填写。'],
    ['110101209901011239', '身份证号码中的出生日期晚于今天，请对照证件核对后重新填写。'],
    ['110105202506160019', '身份证号码中的出生日期晚于今天，请对照证件核对后重新填写。'],
    ['110102189912311238', '身份证号码中的出生日期早于1900年，请对照证件核对后重新填写。'],
    ['440524188001010014', '身份证号码中的出生日期早于1900年，请对照证件核对后重新填写。'],
  ])('R-ID-2: %j → %s', (value, message) => {
    expect(parseResidentId(value, TODAY)).toEqual({ ok: false, message });
  });

  it.each([
    ['990101199003071237', '99'],
    ['00000019850101001X', '00'],
    ['100102198501010054', '10'],
    ['160102198501010055', '16'],
    ['470102198501010058', '47'],
    ['550102198501010058', '55'],
    ['660102198501010053', '66'],
    ['710101199003071235', '71'], // Taiwan's GB/T 2260 code, printed on no resident ID
  ])('R-ID-2: unknown province prefix in %s (check digit right) is refused', (value, prefix) => {
    expect(parseResidentId(value, TODAY)).toEqual({
      ok: false,
      message: `身份证号码的前两位“${prefix}”不是有效的省级行政区划代码，请对照证件核对后重新填写。`,
    });
  });

  it.each(['810000198501010010', '820000198501010039', '830000198501010022'])(
    'R-ID-2: a residence-permit number %s typed as a resident ID points to the right ID type',
    (value) => {
      expect(parseResidentId(value, TODAY)).toEqual({
        ok: false,
        message: '以81、82或83开头的是港澳台居民居住证号码，请将证件类型改选为“港澳台居民居住证”。',
      });
    },
  );
});

describe('parseResidentId: gender', () => {
  it.each([
    ['110105198501010012', 'M'], // 17th digit 1
    ['110105198501010020', 'F'], // 17th digit 2
    ['110105195006150030', 'M'], // 3
    ['110105194906160045', 'F'], // 4
    ['110105194906150058', 'M'], // 5
    ['510221198001011262', 'F'], // 6
    ['469001198001011278', 'M'], // 7
    ['220102197808080092', 'M'], // 9
    ['610104199505053008', 'F'], // 0
  ])('R-SEX-1: %s is %s', (value, gender) => {
    const result = parseResidentId(value, TODAY);
    expect(result.ok && result.gender).toBe(gender);
  });
});

describe('parseHmtResidenceNumber', () => {
  it.each([
    ['810000198501010010', '81'],
    ['820000198501010039', '82'],
    ['830000198501010022', '83'],
  ])('R-IDT-1: %s is a valid 港澳台居民居住证 number', (value, provinceCode) => {
    expect(parseHmtResidenceNumber(value, TODAY)).toMatchObject({ ok: true, provinceCode, birthDate: '1985-01-01' });
  });

  it.each([
    ['810000198501010011', '居住证号码的校验位（最后一位）不正确，号码中可能有输错的字符，请对照证件逐位核对。'],
    ['110101199003071233', '这是居民身份证号码，请将证件类型改选为“居民身份证”。'],
    [
      '710000198501010041',
      '港澳台居民居住证号码应以81（香港）、82（澳门）或83（台湾）开头，请对照证件核对后重新填写。',
    ],
    ['81000019850101001', '居住证号码应为18位，您填写了17位，请对照证件核对后重新填写。'],
    ['810000198501010', '居住证号码应为18位，您填写了15位，请对照证件核对后重新填写。'],
  ])('R-IDT-1: %s → %s', (value, message) => {
    expect(parseHmtResidenceNumber(value, TODAY)).toEqual({ ok: false, message });
  });
});

describe('PROVINCES', () => {
  it('R-ID-2: lists the 31 mainland provincial divisions in code order', () => {
    expect(PROVINCES).toHaveLength(31);
    const codes = PROVINCES.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(31);
    expect(PROVINCES[0]).toEqual({ code: '11', name: '北京市' });
    expect(PROVINCES[21]).toEqual({ code: '50', name: '重庆市' });
    expect(PROVINCES[30]).toEqual({ code: '65', name: '新疆维吾尔自治区' });
  });

  it('R-ID-2: gb11643CheckChar gives X for a remainder of 2', () => {
    expect(gb11643CheckChar('11010519491231002')).toBe('X');
  });
});
