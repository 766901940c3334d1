import { describe, it, expect } from 'vitest';
import { makeEducationSchema } from './education';
import { fieldsOf, parsed, today } from './test-support';

const education = makeEducationSchema({ today });
const graduateStudent = makeEducationSchema({ today, currentGraduateStudent: true });
const BACHELOR = {
  origin: '大陆',
  category: '高等医学教育',
  schoolId: '2001',
  studyForm: '普通全日制',
  level: '本科',
  degree: '学士',
  lengthYears: 5,
  majorId: '301',
  graduatedOn: '2009-06',
  diplomaNumber: '100011200905000123',
};
const MASTER = { ...BACHELOR, level: '研究生', degree: '硕士', lengthYears: 3, graduatedOn: '2012-06' };
const ABROAD = {
  ...MASTER,
  origin: '国外',
  schoolId: undefined,
  schoolName: 'University of Oxford',
  lengthYears: 1,
  diplomaNumber: 'OX2012345',
};
const APPRENTICE = {
  origin: '大陆',
  category: '传统医学师承或确有专长',
  studyForm: '其他',
  level: '传统医学师承或确有专长',
  lengthYears: 3,
  majorId: '501',
};
const NONE = { origin: '大陆', category: '其他', level: '无学历' };
const errorOf = (input: object, field: string, schema = education) => fieldsOf(schema, input)?.[field] ?? null;

describe('makeEducationSchema: entries (R-PI-9)', () => {
  it.each([
    ['a mainland 本科', BACHELOR],
    ['a mainland 研究生', MASTER],
    [
      'a 中专 with a printed number',
      {
        ...BACHELOR,
        level: '中专',
        category: '中等医学教育',
        degree: undefined,
        lengthYears: 3,
        diplomaNumber: 'ZZ20090123',
      },
    ],
    ['a school abroad typed by name', ABROAD],
    ['a 港澳台 school with the 境外院校 entry', { ...ABROAD, origin: '港澳台', schoolId: '9', schoolName: '香港大学' }],
  ])('R-PI-9: %s is accepted', (_title, input) => {
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    expect(parsed(education, input)).toMatchObject(given);
  });

  it('R-PI-9: lengthYears is the number of years', () => {
    expect(parsed(education, BACHELOR).lengthYears).toBe(5);
  });

  it('R-PI-5: every missing field of a 本科 entry is reported at once', () => {
    expect(fieldsOf(education, { origin: '大陆', category: '高等医学教育', level: '本科' })).toEqual({
      schoolId: '请选择毕业学校。',
      studyForm: '请选择学习形式。',
      degree: '请选择学位。',
      lengthYears: '请选择学制。',
      majorId: '请选择毕业专业。',
      graduatedOn: '请填写毕业年月（格式为 YYYY-MM，如 2009-06）。',
      diplomaNumber: '请填写毕业证书编号（按毕业证书上的编号填写）。',
    });
  });

  it.each([
    ['origin', { origin: undefined }, '请选择教育类型。'],
    ['origin', { origin: '台湾' }, '教育类型不在可选范围内，请从列表中重新选择。'],
    ['category', { category: '' }, '请选择教育类别。'],
    ['level', { level: '博士' }, '学历不在可选范围内，请从列表中重新选择。'],
    ['studyForm', { studyForm: '函授' }, '学习形式不在可选范围内，请从列表中重新选择。'],
    [
      'schoolId',
      { schoolId: '北京大学' },
      '请从检索列表中选择毕业学校；列表中没有时，请申请添加到字典，添加成功后再选择。',
    ],
    [
      'majorId',
      { majorId: '临床医学' },
      '请从检索列表中选择毕业专业；列表中没有时，请申请添加到字典，添加成功后再选择。',
    ],
    ['lengthYears', { lengthYears: 0 }, '学制不在可选范围内，请从列表中重新选择。'],
    ['lengthYears', { lengthYears: 10 }, '学制不在可选范围内，请从列表中重新选择。'],
    ['lengthYears', { lengthYears: 4.5 }, '学制不在可选范围内，请从列表中重新选择。'],
    ['lengthYears', { lengthYears: '五年制' }, '请从列表中选择学制。'],
    ['degree', { degree: '硕士' }, '本科学历对应的学位只能是“学士”“无”，请对照学位证书重新选择。'],
    ['diplomaNumber', { diplomaNumber: 100011200905 }, '毕业证书编号应为文字，请重新填写。'],
    ['diplomaNumber', { diplomaNumber: '1'.repeat(61) }, '毕业证书编号过长，请对照毕业证书核对后重新填写。'],
    [
      'graduatedOn',
      { graduatedOn: '2009/06' },
      '毕业年月应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），应填写为 2009-06。',
    ],
  ])('R-PI-9: %s %j is refused', (field, change, message) => {
    expect(errorOf({ ...BACHELOR, ...change }, field)).toBe(message);
  });

  it.each([
    ['研究生', '学士', '研究生学历对应的学位只能是“博士”“硕士”“无”，请对照学位证书重新选择。'],
    ['本科长学制', '博士', null],
    ['本科长学制', '学士', null],
    ['研究生', '无', null],
  ])('R-PI-9: a %s with degree %s → %s', (level, degree, message) => {
    expect(errorOf({ ...MASTER, level, degree }, 'degree')).toBe(message);
  });

  it.each([['专科'], ['中专']])('R-PI-9: %s awards no degree: the field is hidden and stored as 无', (level) => {
    expect(parsed(education, { ...BACHELOR, level, degree: '学士', diplomaNumber: '100011200905000123' }).degree).toBe(
      '无',
    );
  });

  it.each([
    ['国外', { schoolName: undefined }, 'schoolName', '请填写境外学校名称（按毕业证书上的校名填写）。'],
    ['国外', { schoolName: '牛' }, 'schoolName', '境外学校名称应为2至100个字，您填写了1个字，请修改后重新填写。'],
    [
      '国外',
      { schoolName: 'U'.repeat(101) },
      'schoolName',
      '境外学校名称应为2至100个字，您填写了101个字，请修改后重新填写。',
    ],
    ['港澳台', { schoolName: '香港大学\u0000' }, 'schoolName', '境外学校名称中有不可见的字符，请删除后重新填写。'],
    ['大陆', { schoolId: undefined, schoolName: '北京大学' }, 'schoolId', '请选择毕业学校。'],
  ])('R-PI-9: a %s school with %j → %s: %s', (origin, change, field, message) => {
    expect(errorOf({ ...ABROAD, origin, schoolId: origin === '大陆' ? '1' : undefined, ...change }, field)).toBe(
      message,
    );
  });

  it('R-PI-9: a mainland entry drops a typed school name (the dictionary names the school)', () => {
    expect(parsed(education, { ...BACHELOR, schoolName: '北京大学' })).not.toHaveProperty('schoolName');
  });

  it('R-PI-5: a body that is not an object is refused at the root', () => {
    expect(education.safeParse([BACHELOR]).error?.issues).toEqual([
      expect.objectContaining({ path: [], message: '请求内容应为 JSON 对象，请检查提交的数据。' }),
    ]);
  });
});

describe('makeEducationSchema: levels without school (R-EDU-1)', () => {
  it('R-EDU-1: 传统医学师承或确有专长 needs no school, graduation month or diploma number', () => {
    expect(parsed(education, APPRENTICE)).toEqual({ ...APPRENTICE, degree: '无' });
  });

  it('R-EDU-1: 无学历 needs no school, graduation month, study form, length, major or diploma number', () => {
    expect(parsed(education, NONE)).toEqual({ ...NONE, degree: '无' });
  });

  it.each([
    [
      '传统医学师承或确有专长',
      APPRENTICE,
      { schoolId: '北京大学', schoolName: 'x', graduatedOn: '2009/06', degree: '博士' },
    ],
    [
      '无学历',
      NONE,
      { schoolId: 'x', graduatedOn: 'bad', studyForm: '函授', lengthYears: 99, majorId: '?', degree: '学士' },
    ],
  ])('R-EDU-1: the hidden fields of %s are dropped, however wrong', (_level, entry, stale) => {
    const result = parsed(education, { ...entry, ...stale });
    for (const key of Object.keys(stale)) if (key !== 'degree') expect(result).not.toHaveProperty(key);
    expect(result.degree).toBe('无');
  });

  it('R-EDU-1: 传统医学师承或确有专长 still needs its study form, length and major', () => {
    expect(
      fieldsOf(education, { origin: '大陆', category: '传统医学师承或确有专长', level: '传统医学师承或确有专长' }),
    ).toEqual({
      studyForm: '请选择学习形式。',
      lengthYears: '请选择学制。',
      majorId: '请选择毕业专业。',
    });
  });
});

describe('makeEducationSchema: diploma number (R-DIP-1)', () => {
  const NOT_18 = (n: number) =>
    `毕业证书编号应为18位数字（即学信网的电子注册号，印在毕业证书上），您填写了${n}位，请对照毕业证书核对后重新填写。`;
  it.each([
    ['18 digits', '100011200905000123', null],
    ['17 digits', '10001120090500012', NOT_18(17)],
    ['19 digits', '1000112009050001234', NOT_18(19)],
    ['spaces', '100011 2009 05000123', '毕业证书编号中不能有空格，请删除空格后重新填写，应填写为 100011200905000123。'],
    ['hyphens', '100011-2009-05000123', '毕业证书编号中不能有“-”等连接号，请只填写数字，应填写为 100011200905000123。'],
    [
      'long dashes',
      '100011—2009—05000123',
      '毕业证书编号中不能有“-”等连接号，请只填写数字，应填写为 100011200905000123。',
    ],
    [
      'full-width digits',
      '１０００１１２００９０５０００１２３',
      '毕业证书编号中有全角字符，请将输入法切换到半角（英文）状态后重新填写，应填写为 100011200905000123。',
    ],
    ['punctuation', '100011.200905000123', '毕业证书编号中不能有标点符号（如“.”），请只填写数字。'],
    ['a letter', '10001120090500012X', '毕业证书编号只能填写数字，不能有“X”，请核对后重新填写。'],
    ['a Chinese character', '京100011200905000123', '毕业证书编号只能填写数字，不能有“京”，请核对后重新填写。'],
  ])('R-DIP-1: a mainland 本科 diploma number with %s → %s', (_title, diplomaNumber, message) => {
    expect(errorOf({ ...BACHELOR, diplomaNumber }, 'diplomaNumber')).toBe(message);
  });

  const EMPTY_REFUSED = '请填写毕业证书编号（按毕业证书上的编号填写）。';
  const LONG_PROGRAMME = { ...MASTER, level: '本科长学制', lengthYears: 8, degree: '博士' };
  it.each([
    ['传统医学师承或确有专长', 'no', APPRENTICE, null],
    ['无学历', 'no', NONE, null],
    ['研究生', 'yes', MASTER, null],
    ['本科长学制 (七/八年制)', 'yes', LONG_PROGRAMME, null],
    ['本科 (that diploma exists)', 'yes', BACHELOR, EMPTY_REFUSED],
    ['研究生', 'no', MASTER, EMPTY_REFUSED],
    ['本科长学制', 'no', LONG_PROGRAMME, EMPTY_REFUSED],
    ['本科', 'no', BACHELOR, EMPTY_REFUSED],
    ['专科', 'no', { ...BACHELOR, level: '专科', lengthYears: 3 }, EMPTY_REFUSED],
    ['中专', 'no', { ...BACHELOR, level: '中专', lengthYears: 3 }, EMPTY_REFUSED],
    ['a school abroad', 'no', ABROAD, EMPTY_REFUSED],
  ])('R-DIP-1: an empty diploma number for %s (当年毕业研究生: %s) → %s', (_title, graduate, entry, message) => {
    const schema = graduate === 'yes' ? graduateStudent : education;
    for (const diplomaNumber of ['', undefined, null, '  ']) {
      expect(errorOf({ ...entry, diplomaNumber }, 'diplomaNumber', schema)).toBe(message);
    }
  });

  const SECONDARY = { ...BACHELOR, level: '中专', category: '中等医学教育', lengthYears: 3 };
  it.each([
    ['中专', 'ZZ2009012', SECONDARY, null],
    ['中专', '湘卫中专字第0123号', SECONDARY, null], // old numbers print Chinese characters
    ['a 本科 of 1990', '京医字第0123号', { ...BACHELOR, graduatedOn: '1990-07' }, null],
    ['a 本科 of 2000-12', '12345', { ...BACHELOR, graduatedOn: '2000-12' }, null],
    ['a 本科 of 2001-01', '12345', { ...BACHELOR, graduatedOn: '2001-01' }, NOT_18(5)],
    ['a school abroad', 'OX2012345', ABROAD, null],
    ['传统医学师承或确有专长', '1234', APPRENTICE, null],
    ['中专', 'A'.repeat(31), SECONDARY, '毕业证书编号最多30个字符，您填写了31个，请对照毕业证书核对后重新填写。'],
    ['中专', 'ZZ-2009', SECONDARY, '毕业证书编号中不能有“-”等连接号，请只填写字母、数字或汉字，应填写为 ZZ2009。'],
    ['中专', '(90)京卫字第1号', SECONDARY, '毕业证书编号中不能有标点符号（如“(”），请只填写字母、数字或汉字。'],
  ])(
    'R-DIP-1: without electronic registration (%s) the printed number %j → %s',
    (_title, diplomaNumber, entry, message) => {
      expect(errorOf({ ...entry, diplomaNumber }, 'diplomaNumber')).toBe(message);
    },
  );
});

describe('makeEducationSchema: graduation month (R-YM-1, R-DIP-1)', () => {
  const HINT = '如您是当年毕业的研究生，请先在“工作情况”的在岗情况中选择“当年毕业研究生”。';
  it.each([
    ['本科', 'no', '2025-06', null],
    ['本科', 'no', '2025-07', '毕业年月不能晚于本月（2025-06），请核对后重新填写。'],
    ['研究生', 'no', '2025-07', `毕业年月不能晚于本月（2025-06），请核对后重新填写。${HINT}`],
    ['研究生', 'yes', '2025-07', null],
    ['研究生', 'yes', '2025-12', null],
    ['研究生', 'yes', '2026-01', '毕业年月不能晚于今年12月（2025-12），请核对后重新填写。'],
    ['本科', 'yes', '2025-07', '毕业年月不能晚于本月（2025-06），请核对后重新填写。'],
    ['研究生', 'no', '2009-13', '毕业年月中的月份应为01至12，“13”不是有效的月份，请核对后重新填写。'],
    [
      '研究生',
      education,
      '2009-6',
      '毕业年月应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），应填写为 2009-06。',
    ],
    [
      '研究生',
      education,
      '2009－06',
      '毕业年月请使用半角数字和半角横杠“-”填写（将输入法切换到英文状态），应填写为 2009-06。',
    ],
  ])('R-YM-1, R-DIP-1: a %s (当年毕业研究生: %s) graduating %s → %s', (level, graduate, graduatedOn, message) => {
    const schema = graduate === 'yes' ? graduateStudent : education;
    const entry = level === '本科' ? BACHELOR : { ...MASTER, diplomaNumber: undefined };
    const input = { ...entry, graduatedOn };
    const fields = fieldsOf(schema, input);
    expect(fields?.graduatedOn ?? null).toBe(message);
  });
});
