import { describe, expect, it } from 'vitest';
import { fieldsOf, parsed } from '../profile/test-support';
import {
  STEPS,
  STEP_LABELS,
  completedSteps,
  missingStepBefore,
  nextStep,
  permitTypesFor,
  stepPatchSchema,
  type Step,
  type StepChoices,
} from './steps';

describe('wizard steps (R-EX-4)', () => {
  it('R-EX-4: six steps with the guide’s names', () => {
    expect(STEPS.map((s) => STEP_LABELS[s])).toEqual([
      '①选择报考',
      '②基本情况',
      '③工作情况',
      '④教育及培训',
      '⑤证书',
      '⑥确认',
    ]);
  });

  const upToWork: StepChoices = { basic: {}, work: { confirmed: true } };
  it.each([
    ['basic', {}, null],
    ['work', {}, 'basic'],
    ['education', upToWork, null],
    ['certificate', upToWork, 'education'],
    ['confirm', { basic: {} }, 'work'],
    ['basic', upToWork, null], // going back is allowed
  ] as [Step, StepChoices, Step | null][])('R-EX-4: saving %s after %j needs %s first', (step, choices, missing) => {
    expect(missingStepBefore(step, choices)).toBe(missing);
  });

  it('R-EX-4: completed and next steps', () => {
    expect(completedSteps(upToWork)).toEqual(['exam', 'basic', 'work']);
    expect(nextStep(upToWork)).toBe('education');
    expect(
      nextStep({
        ...upToWork,
        education: { educationIds: ['1'], residencyTraining: false, trainingIds: [] },
        certificate: { certificateIds: [] },
        confirm: { areaCode: '11', siteId: '1', attempts: 1 },
      }),
    ).toBeNull();
  });
});

describe('step PATCH bodies (R-EX-5…8)', () => {
  it.each([
    ['R-EX-5 basic without permit', { step: 'basic' }],
    ['R-EX-5 basic with a Taiwan permit', { step: 'basic', permit: { type: 'TW_PERMIT', number: '1234567890' } }],
    ['R-EX-4 work confirmed', { step: 'work', confirmed: true }],
    ['R-EX-6 education', { step: 'education', educationIds: ['3'], residencyTraining: true, trainingIds: ['4'] }],
    ['R-EX-7 certificate skipped', { step: 'certificate' }],
    ['R-EX-8 confirm', { step: 'confirm', areaCode: '11', siteId: '7', attempts: 2, additionalSubject: '儿科' }],
  ])('%s is accepted', (_label, body) => {
    expect(fieldsOf(stepPatchSchema, body)).toBeNull();
  });

  it('R-EX-8: attempts default to 1; certificates and trainings to none', () => {
    expect(parsed(stepPatchSchema, { step: 'confirm', areaCode: '11', siteId: '7' })).toMatchObject({ attempts: 1 });
    expect(parsed(stepPatchSchema, { step: 'certificate' })).toEqual({ step: 'certificate', certificateIds: [] });
  });

  it.each([
    ['R-EX-4 an unknown step', { step: 'exam' }, 'step'],
    ['R-EX-4 work not confirmed', { step: 'work', confirmed: false }, 'confirmed'],
    ['R-EX-5 a permit of the wrong length', { step: 'basic', permit: { type: 'HK_PERMIT', number: '123' } }, 'permit'],
    [
      'R-EX-5 a permit of an unknown type',
      { step: 'basic', permit: { type: 'PASSPORT', number: 'E1234567' } },
      'permit',
    ],
    [
      'R-EX-6 a forged entry id',
      { step: 'education', educationIds: ['1;drop'], residencyTraining: false },
      'educationIds',
    ],
    ['R-EX-6 no declaration of residency training', { step: 'education', educationIds: ['1'] }, 'residencyTraining'],
    ['R-EX-8 a site id that is not a number', { step: 'confirm', areaCode: '11', siteId: 'x' }, 'siteId'],
    ['R-EX-8 an area that is not a province code', { step: 'confirm', areaCode: '110000', siteId: '1' }, 'areaCode'],
    [
      'R-EX-8 an unknown additional subject',
      { step: 'confirm', areaCode: '11', siteId: '1', additionalSubject: '外科' },
      'additionalSubject',
    ],
    ['R-EX-8 fractional attempts', { step: 'confirm', areaCode: '11', siteId: '1', attempts: 1.5 }, 'attempts'],
    ['R-EX-8 100 attempts', { step: 'confirm', areaCode: '11', siteId: '1', attempts: 100 }, 'attempts'],
  ])('%s → 400 on %s', (_label, body, field) => {
    expect(Object.keys(fieldsOf(stepPatchSchema, body) ?? {})).toContain(field);
  });

  it.each([
    ['RESIDENT_ID', []],
    ['PASSPORT', []],
    ['TW_PERMIT', []],
    ['TW_ID', ['TW_PERMIT']],
    ['HK_ID', ['HK_PERMIT']],
    ['MO_ID', ['MO_PERMIT']],
    ['HMT_RESIDENCE', ['TW_PERMIT', 'HK_PERMIT', 'MO_PERMIT']],
  ] as const)('R-EX-5: a %s holder gives permits %j', (idType, types) => {
    expect(permitTypesFor(idType)).toEqual(types);
  });
});
