import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_RULES, checkAll, checkStep, entriesUsed, type EligibilitySnapshot } from './eligibility';
import { eligibleSnapshot, withChoices } from './test-support';

const education = (educationIds: string[], extra: { residencyTraining?: boolean; trainingIds?: string[] } = {}) => ({
  education: {
    educationIds,
    residencyTraining: extra.residencyTraining ?? false,
    trainingIds: extra.trainingIds ?? [],
  },
});
const zhongzhuan = { educations: [{ id: '1', level: '中专', origin: '大陆', category: '中等医学教育' }] } as const;
const assistant = (type: string, overrides: Record<string, string> = {}) => ({
  id: '9',
  type,
  issuedOn: '2019-12',
  certificateNumber: '201911110110101199',
  registeredOn: '2020-03',
  registrationNumber: '110110000123456',
  ...overrides,
});
const activeDuty = { employmentStatus: '在职', unitAffiliation: '军队', militaryIdentity: '军队及武警干部' };
const hired = { employmentStatus: '在职', unitAffiliation: '军队', militaryIdentity: '军队及武警部队聘用地方人员' };

describe('eligibility rules', () => {
  it('an eligible candidate breaks no rule', () => {
    expect(checkAll(eligibleSnapshot())).toEqual([]);
  });

  it('every rule has a unique id', () => {
    const keys = ELIGIBILITY_RULES.map((r) => r.id);
    expect(new Set(keys).size).toBe(keys.length);
  });

  const cases: [string, EligibilitySnapshot, string][] = [
    ['R-AGE-1', eligibleSnapshot({ person: { idType: 'RESIDENT_ID', birthDate: '2008-03-02' } }), '未满18周岁'],
    ['R-AGE-1', eligibleSnapshot({ person: { idType: 'RESIDENT_ID', birthDate: '1950-01-01' } }), '已超过75周岁'],
    ['R-EX-9', eligibleSnapshot({ otherLiveApplication: true }), '放弃报考'],
    ['R-EX-5-photo', eligibleSnapshot({ hasPhoto: false }), '上传'],
    ['R-EX-5-permit', eligibleSnapshot({ person: { idType: 'HK_ID', birthDate: '1995-03-07' } }), '往来大陆通行证'],
    [
      'R-EX-5-permit',
      withChoices(
        { basic: { permit: { type: 'TW_PERMIT', number: '1234567890' } } },
        { person: { idType: 'HK_ID', birthDate: '1995-03-07' } },
      ),
      '往来大陆通行证',
    ],
    [
      'R-EX-5-military',
      eligibleSnapshot({ work: { employmentStatus: '在职', unitAffiliation: '武警', militaryIdentity: null } }),
      '本人身份',
    ],
    ['R-PI-7', eligibleSnapshot({ work: null }), '工作情况'],
    ['R-EX-6-one', withChoices(education([])), '勾选了0条'],
    [
      'R-EX-6-one',
      withChoices(education(['1', '2']), {
        educations: [
          { id: '1', level: '本科', origin: '大陆', category: '高等医学教育' },
          { id: '2', level: '专科', origin: '大陆', category: '高等医学教育' },
        ],
      }),
      '勾选了2条',
    ],
    ['R-EX-6-one', withChoices(education(['77'])), '已不存在'],
    [
      'R-EX-6-first-degree',
      eligibleSnapshot({ educations: [{ id: '1', level: '研究生', origin: '大陆', category: '高等医学教育' }] }),
      '本科或专科',
    ],
    ['R-EX-6-residency', withChoices(education(['1'], { residencyTraining: true })), '住院医师规范化培训'],
    [
      'R-EX-6-residency',
      withChoices(education(['1'], { residencyTraining: true, trainingIds: ['6'] }), {
        trainings: [{ id: '6', type: '全科医生转岗培训' }],
      }),
      '住院医师规范化培训',
    ],
    ['R-EX-7', eligibleSnapshot(zhongzhuan), '须提供执业助理医师证书'],
    [
      'R-EX-7',
      withChoices(
        { certificate: { certificateIds: ['9'] } },
        { ...zhongzhuan, certificates: [assistant('执业助理医师(乡镇)')] },
      ),
      '(乡镇)',
    ],
    [
      'R-EX-7',
      withChoices(
        { certificate: { certificateIds: ['9'] } },
        { ...zhongzhuan, certificates: [assistant('执业助理医师', { registrationNumber: '' })] },
      ),
      '信息不完整',
    ],
    [
      'R-EX-8-military',
      withChoices({ confirm: { areaCode: '11', siteId: '1', attempts: 1, additionalSubject: '军事医学' } }),
      '现役军人',
    ],
    [
      'R-EX-8-military',
      withChoices(
        { confirm: { areaCode: '11', siteId: '1', attempts: 1, additionalSubject: '军事医学' } },
        { work: hired },
      ),
      '聘用的地方人员不能加试',
    ],
    [
      'R-EX-8-short',
      withChoices(
        { confirm: { areaCode: '11', siteId: '1', attempts: 1, additionalSubject: '儿科' } },
        { exam: { level: '执业医师', categoryCode: '120' } },
      ),
      '临床执业医师',
    ],
    [
      'R-EX-8-short',
      withChoices(
        { confirm: { areaCode: '11', siteId: '1', attempts: 1, additionalSubject: '院前急救' } },
        { exam: { level: '执业助理医师', categoryCode: '210' } },
      ),
      '院前急救',
    ],
    ['R-EX-8-attempts', withChoices({ confirm: { areaCode: '11', siteId: '1', attempts: 0 } }), '至少为 1'],
  ];

  it.each(cases)('%s is broken: message mentions “%s”', (rule, snapshot, text) => {
    const problems = checkAll(snapshot);
    const problem = problems.find((p) => p.rule === rule);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.message).toContain(text);
    // Only this rule is broken: each case isolates one rule.
    expect(problems.map((p) => p.rule)).toEqual([rule]);
  });

  it.each<[string, EligibilitySnapshot]>([
    ['R-AGE-1 at 18 today', eligibleSnapshot({ person: { idType: 'RESIDENT_ID', birthDate: '2008-03-01' } })],
    ['R-AGE-1 at 75', eligibleSnapshot({ person: { idType: 'RESIDENT_ID', birthDate: '1951-03-01' } })],
    [
      'R-EX-5-permit given by a Hong Kong candidate',
      withChoices(
        { basic: { permit: { type: 'HK_PERMIT', number: 'H1234567890' } } },
        { person: { idType: 'HK_ID', birthDate: '1995-03-07' } },
      ),
    ],
    [
      'R-EX-5-permit not needed with the permit as ID',
      eligibleSnapshot({ person: { idType: 'MO_PERMIT', birthDate: '1995-03-07' } }),
    ],
    ['R-EX-5-military for a civilian unit', eligibleSnapshot()],
    [
      'R-EX-6 a graduate with a 本科 entry kept',
      eligibleSnapshot({
        educations: [
          { id: '1', level: '研究生', origin: '大陆', category: '高等医学教育' },
          { id: '2', level: '本科', origin: '大陆', category: '高等医学教育' },
        ],
      }),
    ],
    [
      'R-EX-6 residency training ticked',
      withChoices(education(['1'], { residencyTraining: true, trainingIds: ['5'] })),
    ],
    [
      'R-EX-7 中专 for an assistant exam',
      eligibleSnapshot({ ...zhongzhuan, exam: { level: '执业助理医师', categoryCode: '210' } }),
    ],
    [
      'R-EX-7 中专 with an assistant certificate',
      withChoices(
        { certificate: { certificateIds: ['9'] } },
        { ...zhongzhuan, certificates: [assistant('执业助理医师')] },
      ),
    ],
    [
      'R-EX-8 军事医学 for active duty',
      withChoices(
        { confirm: { areaCode: '11', siteId: '1', attempts: 1, additionalSubject: '军事医学' } },
        { work: activeDuty },
      ),
    ],
    [
      'R-EX-8 儿科 for 临床执业医师',
      withChoices({ confirm: { areaCode: '11', siteId: '1', attempts: 3, additionalSubject: '儿科' } }),
    ],
  ])('%s: no rule broken', (_label, snapshot) => {
    expect(checkAll(snapshot)).toEqual([]);
  });

  it('each step judges only its own rules; R-EX-9 is a conflict, the rest are ineligibility', () => {
    const s = eligibleSnapshot({ hasPhoto: false, otherLiveApplication: true });
    expect(checkStep('exam', s)).toEqual([
      expect.objectContaining({ rule: 'R-EX-9', kind: 'conflict', field: 'examId' }),
    ]);
    expect(checkStep('basic', s)).toEqual([
      expect.objectContaining({ rule: 'R-EX-5-photo', kind: 'ineligible', field: 'photo' }),
    ]);
    expect(checkStep('confirm', s)).toEqual([]);
  });
});

describe('entriesUsed (R-PI-4)', () => {
  it('R-PI-4: the ticked education, the graduate’s first degree, ticked trainings and certificates', () => {
    const s = withChoices(
      { ...education(['1'], { residencyTraining: true, trainingIds: ['5'] }), certificate: { certificateIds: ['9'] } },
      {
        educations: [
          { id: '1', level: '研究生', origin: '大陆', category: '高等医学教育' },
          { id: '2', level: '本科', origin: '大陆', category: '高等医学教育' },
          { id: '3', level: '中专', origin: '大陆', category: '中等医学教育' },
        ],
        certificates: [assistant('执业助理医师')],
      },
    );
    expect(entriesUsed(s)).toEqual({ educations: ['1', '2'], trainings: ['5'], certificates: ['9'] });
  });

  it('R-PI-4: nothing for a draft with no choices', () => {
    expect(entriesUsed(eligibleSnapshot({ choices: {} }))).toEqual({ educations: [], trainings: [], certificates: [] });
  });
});
