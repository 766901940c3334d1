import { describe, it, expect } from 'vitest';
import type { z } from 'zod';
import { makeContactSchema } from '../contact/schema';
import { makeCertificateSchema } from './certificate';
import { makeEducationSchema } from './education';
import { today } from './test-support';
import { makeTrainingSchema } from './training';
import { makeWorkSchema } from './work';

// Issue 4, "Bad input": no input a user can send produces a 500 — every schema answers with issues, never throws.
const SCHEMAS: [string, z.ZodType, string[]][] = [
  ['contact', makeContactSchema(true), ['homePhone', 'workPhone', 'mobile', 'email', 'address', 'postalCode']],
  [
    'work',
    makeWorkSchema({ today }),
    ['employmentStatus', 'unitAffiliation', 'workUnitId', 'title', 'titleObtainedOn', 'position', 'militaryIdentity'],
  ],
  [
    'education',
    makeEducationSchema({ today, currentGraduateStudent: true }),
    [
      'origin',
      'category',
      'schoolId',
      'schoolName',
      'studyForm',
      'level',
      'degree',
      'lengthYears',
      'majorId',
      'graduatedOn',
      'diplomaNumber',
    ],
  ],
  ['training', makeTrainingSchema({ today }), ['type', 'startedOn', 'result', 'unitName']],
  [
    'certificate',
    makeCertificateSchema({ today }),
    ['type', 'issuedOn', 'certificateNumber', 'registeredOn', 'registrationNumber'],
  ],
];
const ODD_VALUES: unknown[] = [
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  [],
  ['本科'],
  {},
  { toString: 'x' },
  '\u0000',
  '\ud800',
  'x'.repeat(10_000),
  '本科',
  '研究生',
  '军队',
  '2009-06',
];

describe('robustness', () => {
  it.each(SCHEMAS)(
    'R-PI-5: %s answers every odd value of every field with issues, never an exception',
    (_name, schema, keys) => {
      for (const key of keys) {
        for (const value of ODD_VALUES) {
          expect(() => schema.safeParse({ [key]: value })).not.toThrow();
          expect(() =>
            schema.safeParse({ level: '本科', origin: '大陆', unitAffiliation: '军队', [key]: value }),
          ).not.toThrow();
        }
      }
    },
  );

  it.each(SCHEMAS)('R-PI-5: %s keeps a "__proto__" key an ordinary key and drops it', (_name, schema) => {
    const body = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    const result = schema.safeParse(body);
    expect(result.success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
