import { describe, expect, it } from 'vitest';
import {
  FEES_NOT_PUBLISHED,
  SKILLS_FEE_EXEMPT,
  applicationFees,
  feeLines,
  feeSummary,
  feesFor,
  publishedFees,
  publishedFeesSchema,
} from './fees';

const beijing = { skillsFen: 5000, writtenFen: 12000 };

describe('applicationFees (R-EX-1, R-EX-11)', () => {
  it.each([
    ['R-EX-1: both parts at the area’s fees', beijing, false, { skills: 5000, written: 12000, total: 17000 }],
    ['R-EX-11: 免考实践技能 owes no skills fee', beijing, true, { skills: 0, written: 12000, total: 12000 }],
    [
      'R-EX-1: an area without published fees: unknown, not free',
      null,
      false,
      { skills: null, written: null, total: null },
    ],
    [
      'R-EX-11: exempt where fees are unpublished: only the skills fee is known',
      null,
      true,
      { skills: 0, written: null, total: null },
    ],
    [
      'R-EX-1: a free part is 0, not unknown',
      { skillsFen: 0, writtenFen: 0 },
      false,
      { skills: 0, written: 0, total: 0 },
    ],
  ] as const)('%s', (_rule, area, skillsExempt, amounts) => {
    expect(applicationFees(area, { skillsExempt })).toEqual({ ...amounts, skillsExempt, currency: 'CNY', unit: 'fen' });
  });
});

describe('feeLines and feeSummary (R-EX-2, R-EX-10)', () => {
  it.each([
    ['R-EX-2: every part and the total', beijing, false, '技能考试费 ¥50.00 · 笔试费 ¥120.00 · 合计 ¥170.00'],
    [
      'R-EX-11: the skills fee shown as exempt',
      beijing,
      true,
      `技能考试费 ${SKILLS_FEE_EXEMPT} · 笔试费 ¥120.00 · 合计 ¥120.00`,
    ],
    ['R-EX-2: unpublished fees say the area’s list applies', null, false, FEES_NOT_PUBLISHED],
    ['R-EX-2: unpublished fees of an exempt application too', null, true, FEES_NOT_PUBLISHED],
  ] as const)('%s', (_rule, area, skillsExempt, text) => {
    const fees = applicationFees(area, { skillsExempt });
    expect(feeSummary(fees)).toBe(text);
    expect(feeLines(fees) === null).toBe(area === null);
  });

  it('R-EX-10: lines for the printed forms’ cells', () => {
    expect(feeLines(applicationFees(beijing, { skillsExempt: false }))).toEqual([
      { label: '技能考试费', text: '¥50.00' },
      { label: '笔试费', text: '¥120.00' },
      { label: '合计', text: '¥170.00' },
    ]);
  });
});

describe('publishedFees and feesFor (R-EX-1, R-EX-8, R-EX-11)', () => {
  it('R-EX-1: an area’s fees in the API’s shape, without an exemption; none published → null amounts', () => {
    expect(publishedFees(beijing)).toEqual({
      skills: 5000,
      written: 12000,
      total: 17000,
      currency: 'CNY',
      unit: 'fen',
    });
    expect(publishedFees(null)).toEqual({ skills: null, written: null, total: null, currency: 'CNY', unit: 'fen' });
    expect(publishedFeesSchema.parse(publishedFees(beijing))).toEqual(publishedFees(beijing));
  });

  it.each([
    [beijing, false],
    [beijing, true],
    [null, false],
    [null, true],
  ] as const)(
    'R-EX-8: a candidate’s fees from the area list equal the application’s (area %o, exempt %s)',
    (area, skillsExempt) => {
      expect(feesFor(publishedFees(area), { skillsExempt })).toEqual(applicationFees(area, { skillsExempt }));
    },
  );
});
