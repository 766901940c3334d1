import type { EligibilitySnapshot } from './eligibility';

/** A candidate who passes every rule: a mainland 本科 graduate in work applying for 临床执业医师 at 北京. */
export function eligibleSnapshot(overrides: Partial<EligibilitySnapshot> = {}): EligibilitySnapshot {
  return {
    today: '2026-03-01',
    exam: { level: '执业医师', categoryCode: '110' },
    person: { idType: 'RESIDENT_ID', birthDate: '1995-03-07' },
    hasPhoto: true,
    work: { employmentStatus: '在职', unitAffiliation: '地方', militaryIdentity: null },
    educations: [{ id: '1', level: '本科', origin: '大陆', category: '高等医学教育' }],
    trainings: [{ id: '5', type: '住院医师规范化培训' }],
    certificates: [],
    choices: {
      basic: {},
      work: { confirmed: true },
      education: { educationIds: ['1'], residencyTraining: false, trainingIds: [] },
      certificate: { certificateIds: [] },
      confirm: { areaCode: '11', siteId: '1', attempts: 1 },
    },
    otherLiveApplication: false,
    ...overrides,
  };
}

/** `eligibleSnapshot` with some of the wizard's choices replaced. */
export function withChoices(
  choices: EligibilitySnapshot['choices'],
  overrides: Partial<EligibilitySnapshot> = {},
): EligibilitySnapshot {
  const base = eligibleSnapshot(overrides);
  return { ...base, choices: { ...base.choices, ...choices } };
}
