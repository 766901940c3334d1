import { describe, expect, it } from 'vitest';
import { materialsFor } from './materials';
import { eligibleSnapshot, withChoices } from './test-support';
import type { EligibilitySnapshot } from './eligibility';

const numbers = (s: EligibilitySnapshot, skillsExempt = false) => materialsFor(s, { skillsExempt }).map((m) => m.no);

describe('materials to bring (R-SITE-1)', () => {
  it.each<[string, EligibilitySnapshot, string[]]>([
    ['an ordinary mainland candidate', eligibleSnapshot(), ['一', '二', '三', '四', '六', '十', '十一']],
    [
      '应届 graduate student → 承诺书 (八), diploma later',
      eligibleSnapshot({
        work: { employmentStatus: '当年毕业研究生', unitAffiliation: '地方', militaryIdentity: null },
      }),
      ['一', '二', '三', '四', '六', '八', '十', '十一'],
    ],
    [
      '中专 + 执业 with an assistant certificate → (五) instead of (四)',
      withChoices(
        { certificate: { certificateIds: ['9'] } },
        { educations: [{ id: '1', level: '中专', origin: '大陆', category: '中等医学教育' }] },
      ),
      ['一', '二', '三', '五', '六', '十', '十一'],
    ],
    [
      'active-duty military → (九)',
      eligibleSnapshot({
        work: { employmentStatus: '在职', unitAffiliation: '军队', militaryIdentity: '军队及武警士官' },
      }),
      ['一', '二', '三', '四', '六', '九', '十', '十一'],
    ],
    [
      '师承 → (七), no diploma',
      eligibleSnapshot({
        exam: { level: '执业医师', categoryCode: '170' },
        educations: [{ id: '1', level: '传统医学师承或确有专长', origin: '大陆', category: '传统医学师承或确有专长' }],
      }),
      ['一', '二', '四', '六', '七', '十', '十一'],
    ],
  ])('R-SITE-1: %s', (_label, snapshot, expected) => {
    expect(numbers(snapshot)).toEqual(expected);
  });

  it('R-SITE-1: non-mainland education → 《国外学历学位认证书》; HMT candidate → 实习申请审核表', () => {
    const s = eligibleSnapshot({
      person: { idType: 'HK_ID', birthDate: '1995-03-07' },
      educations: [{ id: '1', level: '本科', origin: '港澳台', category: '高等医学教育' }],
    });
    const texts = materialsFor(s, { skillsExempt: false })
      .map((m) => m.text)
      .join('\n');
    expect(texts).toContain('《国外学历学位认证书》');
    expect(texts).toContain('实习申请审核表');
    expect(texts).toContain('往来大陆通行证');
  });

  it('R-EX-11: a skills-exempt candidate skips the on-site review and brings nothing', () => {
    expect(numbers(eligibleSnapshot(), true)).toEqual([]);
  });
});
