import { describe, it, expect } from 'vitest';
import { MILITARY_IDENTITY_VALUES, UNIT_AFFILIATIONS } from './options';
import { fieldsOf, parsed, today } from './test-support';
import { makeWorkSchema } from './work';

const work = makeWorkSchema({ today });
const WORK = { employmentStatus: '在职', workUnitId: '1024' };
const errorOf = (input: object, field: string) => fieldsOf(work, { ...WORK, ...input })?.[field] ?? null;

describe('makeWorkSchema: 在岗情况, unit, title, position (R-PI-7)', () => {
  it('R-PI-7: status and unit alone are enough; the unit is 地方 unless said otherwise', () => {
    expect(parsed(work, WORK)).toEqual({ ...WORK, unitAffiliation: '地方' });
  });

  it.each([
    ['a title with its month', { title: '主治医师', titleObtainedOn: '2008-03' }],
    ['a title 其他 with its month', { title: '其他', titleObtainedOn: '2008-03' }],
    ['this month', { title: '医师', titleObtainedOn: '2025-06' }],
    ['a position', { position: '住院医师' }],
    ['a 20-character position', { position: '一二三四五六七八九十一二三四五六七八九十' }],
    ['当年毕业研究生 at the internship unit', { employmentStatus: '当年毕业研究生' }],
    ['试用期', { employmentStatus: '试用期' }],
  ])('R-PI-7: %s is accepted', (_title, input) => {
    expect(parsed(work, { ...WORK, ...input })).toMatchObject(input);
  });

  it.each([
    ['无', { title: '无', titleObtainedOn: '2008-03' }],
    ['无, even with a wrong month', { title: '无', titleObtainedOn: '2008/03' }],
    ['no title', { titleObtainedOn: 'garbage' }],
  ])('R-PI-7: with %s the title month is hidden and dropped', (_title, input) => {
    expect(parsed(work, { ...WORK, ...input })).not.toHaveProperty('titleObtainedOn');
  });

  it.each([
    ['employmentStatus', { employmentStatus: undefined }, '请选择在岗情况。'],
    ['employmentStatus', { employmentStatus: '退休' }, '在岗情况不在可选范围内，请从列表中重新选择。'],
    ['workUnitId', { workUnitId: '' }, '请选择工作单位（在校研究生请选择实习单位）。'],
    [
      'workUnitId',
      { workUnitId: '北京协和医院' },
      '请从检索列表中选择工作单位；列表中没有时，请申请添加到字典，添加成功后再选择。',
    ],
    ['title', { title: '教授' }, '职称不在可选范围内，请从列表中重新选择。'],
    ['titleObtainedOn', { title: '医师' }, '请填写获得职称年月（格式为 YYYY-MM，如 2008-03）。'],
    [
      'titleObtainedOn',
      { title: '医师', titleObtainedOn: '2008/03' },
      '获得职称年月应按“YYYY-MM”格式填写（4位年份、半角横杠“-”、2位月份），应填写为 2008-03。',
    ],
    [
      'titleObtainedOn',
      { title: '医师', titleObtainedOn: '2025-07' },
      '获得职称年月不能晚于本月（2025-06），请核对后重新填写。',
    ],
    [
      'position',
      { position: '一二三四五六七八九十一二三四五六七八九十一' },
      '职务最多20个字，您填写了21个字，请修改后重新填写。',
    ],
    [
      'position',
      { position: '科主任２' },
      '职务中的字母、数字和空格请使用半角（将输入法切换到半角状态），请修改后重新填写。',
    ],
  ])('R-PI-7: %s %j is refused', (field, input, message) => {
    expect(errorOf(input, field)).toBe(message);
  });

  it('R-PI-5: a body that is not an object is refused at the root', () => {
    expect(work.safeParse('在职').error?.issues).toEqual([
      expect.objectContaining({ path: [], message: '请求内容应为 JSON 对象，请检查提交的数据。' }),
    ]);
  });
});

describe('makeWorkSchema: 本人身份 (R-PI-8)', () => {
  const LOCAL =
    '本人身份仅限单位隶属为军队、武警、公安的考生填写。您的单位隶属为“地方”，请不要选择本人身份；如单位隶属选错了，请先改正单位隶属。';
  const REQUIRED = (affiliation: string) =>
    `单位隶属为${affiliation}的考生请选择本人身份：现役人员在第1、2、4、5项中选择，聘用人员在第3、6项中选择。`;
  const ARMY_ONLY = '单位隶属为军队时，本人身份请在“军队及武警……”的第1至3项中选择。';
  const POLICE_ONLY = '单位隶属为公安时，本人身份请在“公安部所属边防、消防、警卫……”的第4至6项中选择。';
  // Which identities (1–6) each affiliation accepts, and what it says otherwise.
  const EXPECTED: Record<(typeof UNIT_AFFILIATIONS)[number], { none: string | null; ok: number[]; other: string }> = {
    地方: { none: null, ok: [], other: LOCAL },
    军队: { none: REQUIRED('军队'), ok: [1, 2, 3], other: ARMY_ONLY },
    武警: { none: REQUIRED('武警'), ok: [1, 2, 3, 4, 5, 6], other: '' },
    公安: { none: REQUIRED('公安'), ok: [4, 5, 6], other: POLICE_ONLY },
  };
  const combos = UNIT_AFFILIATIONS.flatMap((affiliation) => [
    [affiliation, 0, EXPECTED[affiliation].none] as const,
    ...MILITARY_IDENTITY_VALUES.map((_, i) => {
      const n = i + 1;
      return [affiliation, n, EXPECTED[affiliation].ok.includes(n) ? null : EXPECTED[affiliation].other] as const;
    }),
  ]);

  it.each(combos)('R-PI-8: unit %s with identity %i (0 = none) → %s', (unitAffiliation, n, message) => {
    const militaryIdentity = n === 0 ? undefined : MILITARY_IDENTITY_VALUES[n - 1];
    expect(errorOf({ unitAffiliation, militaryIdentity }, 'militaryIdentity')).toBe(message);
  });

  it.each([
    ['地方', '军队及武警干部', LOCAL], // without unitAffiliation (API.md's body) the unit is 地方
    ['军队', '现役军人', '本人身份不在可选范围内，请从列表中重新选择。'],
  ])('R-PI-8: unit %s with %j → %s', (unitAffiliation, militaryIdentity, message) => {
    const input = unitAffiliation === '地方' ? { militaryIdentity } : { unitAffiliation, militaryIdentity };
    expect(errorOf(input, 'militaryIdentity')).toBe(message);
  });

  it('R-PI-8: an unknown affiliation is reported on itself, and the identity is then not judged', () => {
    expect(fieldsOf(work, { ...WORK, unitAffiliation: '部队', militaryIdentity: '军队及武警干部' })).toEqual({
      unitAffiliation: '单位隶属不在可选范围内，请从列表中重新选择。',
    });
  });

  it('R-PI-8: an active-duty officer of the army keeps the identity', () => {
    expect(parsed(work, { ...WORK, unitAffiliation: '军队', militaryIdentity: '军队及武警干部' })).toMatchObject({
      unitAffiliation: '军队',
      militaryIdentity: '军队及武警干部',
    });
  });
});
