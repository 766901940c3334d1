/**
 * The demo exam catalogue: every category of the physician qualification exam at both levels (R-EX-1),
 * and for each of the 31 provincial exam areas a few sites named after its cities.
 */
export interface CatalogueExam {
  categoryCode: string;
  name: string;
  level: '执业医师' | '执业助理医师';
  category: '临床' | '口腔' | '公共卫生' | '中医';
}

export const DEMO_EXAMS: readonly CatalogueExam[] = [
  { categoryCode: '110', name: '临床执业医师', level: '执业医师', category: '临床' },
  { categoryCode: '120', name: '口腔执业医师', level: '执业医师', category: '口腔' },
  { categoryCode: '130', name: '公共卫生执业医师', level: '执业医师', category: '公共卫生' },
  { categoryCode: '140', name: '中医执业医师', level: '执业医师', category: '中医' },
  { categoryCode: '150', name: '中西医结合执业医师', level: '执业医师', category: '中医' },
  { categoryCode: '160', name: '民族医执业医师', level: '执业医师', category: '中医' },
  { categoryCode: '170', name: '传统医学师承和确有专长人员执业医师', level: '执业医师', category: '中医' },
  { categoryCode: '210', name: '临床执业助理医师', level: '执业助理医师', category: '临床' },
  { categoryCode: '220', name: '口腔执业助理医师', level: '执业助理医师', category: '口腔' },
  { categoryCode: '230', name: '公共卫生执业助理医师', level: '执业助理医师', category: '公共卫生' },
  { categoryCode: '240', name: '中医执业助理医师', level: '执业助理医师', category: '中医' },
  { categoryCode: '250', name: '中西医结合执业助理医师', level: '执业助理医师', category: '中医' },
  { categoryCode: '260', name: '民族医执业助理医师', level: '执业助理医师', category: '中医' },
  { categoryCode: '270', name: '传统医学师承和确有专长人员执业助理医师', level: '执业助理医师', category: '中医' },
  { categoryCode: '280', name: '乡村全科执业助理医师', level: '执业助理医师', category: '临床' },
];

/**
 * R-EX-1: the demo's fees of an exam in an area, in fen, deterministic: an 执业医师 exam costs more than an
 * 执业助理医师 one (技能 ¥60–80 and 笔试 ¥120–160 against ¥40–60 and ¥100–140), and areas differ a little by their
 * place in the list of areas. Not real tariffs: each area publishes its own.
 */
export function demoAreaFees(level: CatalogueExam['level'], areaIndex: number) {
  const step = areaIndex % 5;
  return level === '执业医师'
    ? { skillsFen: 6000 + step * 500, writtenFen: 12000 + step * 1000 }
    : { skillsFen: 4000 + step * 500, writtenFen: 10000 + step * 1000 };
}

/** Three cities of each province, by GB/T 2260 province code: each becomes an exam site. */
export const SITE_CITIES: Record<string, readonly string[]> = {
  '11': ['东城区', '海淀区', '朝阳区'],
  '12': ['和平区', '南开区', '滨海新区'],
  '13': ['石家庄市', '唐山市', '保定市'],
  '14': ['太原市', '大同市', '长治市'],
  '15': ['呼和浩特市', '包头市', '赤峰市'],
  '21': ['沈阳市', '大连市', '鞍山市'],
  '22': ['长春市', '吉林市', '延边朝鲜族自治州'],
  '23': ['哈尔滨市', '齐齐哈尔市', '牡丹江市'],
  '31': ['黄浦区', '徐汇区', '浦东新区'],
  '32': ['南京市', '苏州市', '徐州市'],
  '33': ['杭州市', '宁波市', '温州市'],
  '34': ['合肥市', '芜湖市', '蚌埠市'],
  '35': ['福州市', '厦门市', '泉州市'],
  '36': ['南昌市', '赣州市', '九江市'],
  '37': ['济南市', '青岛市', '烟台市'],
  '41': ['郑州市', '洛阳市', '新乡市'],
  '42': ['武汉市', '宜昌市', '襄阳市'],
  '43': ['长沙市', '衡阳市', '岳阳市'],
  '44': ['广州市', '深圳市', '汕头市'],
  '45': ['南宁市', '桂林市', '柳州市'],
  '46': ['海口市', '三亚市', '儋州市'],
  '50': ['渝中区', '万州区', '涪陵区'],
  '51': ['成都市', '绵阳市', '南充市'],
  '52': ['贵阳市', '遵义市', '六盘水市'],
  '53': ['昆明市', '大理白族自治州', '红河哈尼族彝族自治州'],
  '54': ['拉萨市', '日喀则市', '林芝市'],
  '61': ['西安市', '宝鸡市', '延安市'],
  '62': ['兰州市', '天水市', '酒泉市'],
  '63': ['西宁市', '海东市', '海西蒙古族藏族自治州'],
  '64': ['银川市', '石嘴山市', '固原市'],
  '65': ['乌鲁木齐市', '喀什地区', '伊犁哈萨克自治州'],
};

/** Varied seat counts, some small, so a full site can be seen in the demo (R-EX-12). */
export const SITE_CAPACITIES: readonly number[] = [800, 200, 5];
