import { isMainlandIdType } from '../identity/id-types';
import { TRADITIONAL_APPRENTICE_CATEGORY_CODES } from '../exam/exam';
import { CURRENT_GRADUATE_STUDENT, MAINLAND_ORIGIN } from '../profile/options';
import { isActiveDutyCandidate, tickedEducation, type EligibilitySnapshot } from './eligibility';

/** R-SITE-1: one item of 现场审核材料, numbered as the guide numbers them. */
export interface Material {
  /** The guide's number: 一 … 十一. */
  no: string;
  text: string;
}

const NO_SCHOOLING = new Set(['传统医学师承或确有专长', '无学历']);

/**
 * R-SITE-1: exactly the guide's materials (一)–(十一) that apply to this candidate. A candidate exempt from the
 * skills exam (R-EX-11) skips the on-site review and brings nothing.
 */
export function materialsFor(s: EligibilitySnapshot, options: { skillsExempt: boolean }): Material[] {
  if (options.skillsExempt) return [];
  const education = tickedEducation(s);
  const mainlandPerson = isMainlandIdType(s.person.idType);
  const assistant = (s.choices.certificate?.certificateIds.length ?? 0) > 0;
  const items: (Material | false)[] = [
    { no: '一', text: '《医师资格考试网上报名成功通知单》。' },
    {
      no: '二',
      text: mainlandPerson
        ? '本人有效身份证明原件及复印件（第二代居民身份证、临时身份证、军官证、警官证、文职干部证、士兵(官)证或军队学员证，须在有效期内）。'
        : '本人有效身份证明原件及复印件（港澳台居民居住证或港、澳、台居民身份证；外籍考生为护照），并携带往来大陆通行证。',
    },
    education !== undefined &&
      !NO_SCHOOLING.has(education.level) && {
        no: '三',
        text:
          s.work?.employmentStatus === CURRENT_GRADUATE_STUDENT
            ? '学历证书：当年毕业研究生尚未取得毕业证书的，医学综合笔试前须向考点提交本人学历证书原件及复印件。'
            : `毕业证书原件及复印件${education.origin === MAINLAND_ORIGIN ? '' : '，以及教育部留学服务中心出具的《国外学历学位认证书》'}。`,
      },
    assistant
      ? false
      : {
          no: '四',
          text: `试用（或实习）机构出具的《医师资格考试试用期考核证明》${
            mainlandPerson
              ? ''
              : '，以及《台湾、香港、澳门居民参加国家医师资格考试实习申请审核表》或《外籍人员参加中国医师资格考试实习申请审核表》'
          }。`,
        },
    assistant && {
      no: '五',
      text: '执业助理医师《医师资格证书》《医师执业证书》原件及复印件，《执业助理医师报考执业医师执业期考核证明》（注册有变更导致年限不足的，另附首次执业注册证明）。',
    },
    { no: '六', text: '工作单位是医疗机构的，该机构《医疗机构执业许可证》副本复印件。' },
    (TRADITIONAL_APPRENTICE_CATEGORY_CODES.has(s.exam.categoryCode) ||
      education?.level === '传统医学师承或确有专长') && {
      no: '七',
      text: '《传统医学师承出师证书》或《传统医学医术确有专长证书》。',
    },
    s.work?.employmentStatus === CURRENT_GRADUATE_STUDENT && {
      no: '八',
      text: '《应届医学专业毕业生医师资格考试报考承诺书》。',
    },
    isActiveDutyCandidate(s) && {
      no: '九',
      text: '军队相关身份证明原件及复印件，以及团级以上政治部门审核同意报考的证明。',
    },
    { no: '十', text: '近期（6个月内）小2寸白底证件照。' },
    { no: '十一', text: '考区、考点规定的其他报名材料（详见报考所在地卫生健康部门的通知）。' },
  ];
  return items.filter((m): m is Material => m !== false);
}
