import { seededRandom } from '../modules/dictionaries/search/seeded-random';
import type { ImportRecord } from '../modules/dictionaries/import';
import { loadRegions, type Region } from '../modules/regions/regions';

/** A generated medical institution, as an import row (`name,regionCode,code`). */
export interface WorkUnit {
  name: string;
  regionCode: string;
  code: string;
}

// Kinds of institution by the level that runs them; the weights of the patterns below follow their rough counts.
const COUNTY_KINDS = [
  '人民医院',
  '中医院',
  '中医医院',
  '妇幼保健院',
  '妇幼保健计划生育服务中心',
  '疾病预防控制中心',
  '第一人民医院',
  '第二人民医院',
  '第三人民医院',
  '中心医院',
  '骨科医院',
  '口腔医院',
  '精神卫生中心',
  '皮肤病防治院',
  '急救中心',
  '卫生监督所',
  '中西医结合医院',
  '康复医院',
  '传染病医院',
  '肿瘤医院',
  '眼科医院',
  '儿童医院',
];
const CITY_KINDS = [
  '第一医院',
  '第二医院',
  '中心医院',
  '人民医院',
  '中医院',
  '妇幼保健院',
  '疾病预防控制中心',
  '传染病医院',
];
const TOWN_KINDS = ['卫生院', '中心卫生院'];
const STREET_KINDS = ['社区卫生服务中心', '社区卫生服务站'];
const CLINIC_KINDS = ['诊所', '口腔诊所', '中医诊所', '门诊部', '综合门诊部', '医务室', '卫生室'];
const PLACE_CHARS = Array.from(
  '东西南北中新安平和河山城关马家庄堡口沟湾坪桥店集镇屯营寨头坡岭塘溪洲田林青龙凤白石长乐兴隆福',
);
const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈',
);
const GIVEN = Array.from('建国华明伟芳丽军红平志强春秀英玉兰德文海波晓宏');
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // GB 32100 omits I, O, S, V and Z
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18-character unified social credit code of a public institution (12…) with its GB 32100 check character. */
function creditCode(regionCode: string, serial: number, random: () => number): string {
  let body = '';
  for (let n = serial, i = 0; i < 5; i++, n = Math.floor(n / 31)) body += CODE_CHARS[n % 31];
  for (let i = 0; i < 4; i++) body += CODE_CHARS[Math.floor(random() * 31)];
  const first17 = `12${regionCode}${body}`;
  const sum = [...first17].reduce((s, c, i) => s + CODE_CHARS.indexOf(c) * CODE_WEIGHTS[i]!, 0);
  return first17 + CODE_CHARS[(31 - (sum % 31)) % 31];
}

interface County extends Region {
  /** The prefix an institution of the county carries: 长沙市岳麓区, or 北京市朝阳区 in a municipality. */
  cityName: string;
  provinceName: string;
}

/** Every county of data/regions (GB/T 2260) with the names of its city and province. */
function counties(): County[] {
  const regions = loadRegions();
  return regions.children('').flatMap((province) =>
    regions.children(province.code).flatMap((city) => {
      // Municipalities list their districts under 市辖区, provinces their directly governed counties under
      // 省直辖县级行政区划: the institutions there carry the municipality's or province's name.
      const cityName = /(市|州|盟|地区)$/.test(city.name) ? city.name : province.name;
      return regions.children(city.code).map((county) => ({ ...county, cityName, provinceName: province.name }));
    }),
  );
}

/**
 * `n` realistic medical institutions of every province (county, city, township, community and private ones),
 * the same for the same seed: names like 北京市朝阳区第二人民医院, 长沙市岳麓区社区卫生服务中心 (a street's),
 * 乐山市疾病预防控制中心 or 重庆市万州区龙山镇卫生院, a 6-digit county region code and a unique credit code.
 */
export function* generateWorkUnits(n: number, seed = 1): Generator<WorkUnit> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const all = counties();
  const place = () => pick(PLACE_CHARS) + pick(PLACE_CHARS);
  const make = (county: County): string => {
    // A county-level city is known by its own name: 浏阳市人民医院, not 长沙市浏阳市人民医院.
    const local = county.name.endsWith('市') ? county.name : county.cityName + county.name;
    const roll = random();
    if (roll < 0.22) return local + pick(COUNTY_KINDS);
    if (roll < 0.3) return county.name + pick(COUNTY_KINDS);
    if (roll < 0.38) return county.cityName + pick(CITY_KINDS);
    if (roll < 0.58) return local + place() + (random() < 0.6 ? '镇' : '乡') + pick(TOWN_KINDS);
    if (roll < 0.62) return local + pick(STREET_KINDS);
    if (roll < 0.75) return local + place() + '街道' + pick(STREET_KINDS);
    if (roll < 0.78) return county.provinceName + pick(COUNTY_KINDS);
    return county.name + pick(SURNAMES) + pick(GIVEN) + (random() < 0.5 ? pick(GIVEN) : '') + pick(CLINIC_KINDS);
  };
  // Names are unique, as in a real registry: a name drawn twice is drawn again.
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const county = pick(all);
    let name = make(county);
    while (seen.has(name)) name = make(county);
    seen.add(name);
    yield { name, regionCode: county.code, code: creditCode(county.code, i, random) };
  }
}

/** Generated work units as import records, numbered as the lines of a CSV file with a header would be. */
export function* workUnitRecords(n: number, seed = 1): Generator<ImportRecord> {
  let line = 1;
  for (const unit of generateWorkUnits(n, seed)) yield { line: ++line, fields: { ...unit } };
}
