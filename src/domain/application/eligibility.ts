import { checkAge } from '../identity/age';
import type { IdType } from '../identity/id-types';
import { CLINICAL_PHYSICIAN_CATEGORY_CODE, PHYSICIAN_LEVEL, type ExamLevel } from '../exam/exam';
import { CIVILIAN_AFFILIATION, type EducationLevel } from '../profile/options';
import { isActiveDuty } from '../profile/work';
import { permitTypesFor, type Step, type StepChoices } from './steps';

/** What the eligibility rules look at: the exam, the candidate's 个人信息 as it is now, and the wizard's choices. */
export interface EligibilitySnapshot {
  /** Today 'YYYY-MM-DD' in China. */
  today: string;
  exam: { level: ExamLevel; categoryCode: string };
  person: { idType: IdType; birthDate: string };
  hasPhoto: boolean;
  work: { employmentStatus: string; unitAffiliation: string; militaryIdentity: string | null } | null;
  educations: readonly { id: string; level: EducationLevel; origin: string; category: string }[];
  trainings: readonly { id: string; type: string }[];
  certificates: readonly {
    id: string;
    type: string;
    issuedOn: string;
    certificateNumber: string;
    registeredOn: string;
    registrationNumber: string;
  }[];
  choices: StepChoices;
  /** R-EX-9: another application of this candidate for this exam that is not withdrawn. */
  otherLiveApplication: boolean;
}

/** Why a candidate may not go on, and what to do about it. */
export interface Finding {
  reason: string;
  todo: string;
}

/** One eligibility rule: the step whose data it judges and the JSON field its message sits beside. */
export interface EligibilityRule {
  id: string;
  step: Step;
  field: string;
  /** 'conflict' for a rule broken by another application (a 409), 'ineligible' otherwise (a 400). */
  kind: 'ineligible' | 'conflict';
  check(s: EligibilitySnapshot): Finding | null;
}

/** A broken rule, ready for an answer: `message` is the reason followed by what to do. */
export interface EligibilityProblem {
  rule: string;
  step: Step;
  field: string;
  kind: EligibilityRule['kind'];
  message: string;
}

/** R-EX-6: the levels above 本科 whose applicants also keep their 本科/专科 entry. */
const GRADUATE_LEVEL: EducationLevel = '研究生';
const FIRST_DEGREE_LEVELS: ReadonlySet<EducationLevel> = new Set<EducationLevel>(['本科长学制', '本科', '专科']);
/** R-EX-7: the level that needs an assistant certificate for an 执业医师 exam. */
const SECONDARY_LEVEL: EducationLevel = '中专';
export const RESIDENCY_TRAINING = '住院医师规范化培训';
const ASSISTANT_CERTIFICATE = '执业助理医师';

const PROFILE = '“个人信息”';

/** The education entry ticked at step ④, when exactly one is ticked and it still exists. */
export function tickedEducation(s: EligibilitySnapshot) {
  const ids = s.choices.education?.educationIds ?? [];
  return ids.length === 1 ? s.educations.find((e) => e.id === ids[0]) : undefined;
}

function tickedCertificates(s: EligibilitySnapshot) {
  const ids = new Set(s.choices.certificate?.certificateIds ?? []);
  return s.certificates.filter((c) => ids.has(c.id));
}

/** R-EX-7: 中专 education applying for an 执业医师 exam. */
export function needsAssistantCertificate(s: EligibilitySnapshot): boolean {
  return s.exam.level === PHYSICIAN_LEVEL && tickedEducation(s)?.level === SECONDARY_LEVEL;
}

/** R-EX-6: the 本科/专科 entry a graduate-level applicant keeps beside the ticked one (not ticked itself). */
export function firstDegreeEntry(s: EligibilitySnapshot) {
  if (tickedEducation(s)?.level !== GRADUATE_LEVEL) return undefined;
  return s.educations.find((e) => FIRST_DEGREE_LEVELS.has(e.level));
}

/** R-EX-8: an active-duty candidate (本人身份 1, 2, 4 or 5). */
export function isActiveDutyCandidate(s: EligibilitySnapshot): boolean {
  return isActiveDuty(s.work?.militaryIdentity);
}

/** The eligibility rules, in wizard order; each step runs its own and submit runs them all. */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    id: 'R-AGE-1',
    step: 'exam',
    field: 'examId',
    kind: 'ineligible',
    check: (s) => {
      const reason = checkAge(s.person.birthDate, s.today);
      return reason ? { reason, todo: '出生日期以注册时的证件信息为准，如有误请在现场审核时向考点申请更正。' } : null;
    },
  },
  {
    id: 'R-EX-9',
    step: 'exam',
    field: 'examId',
    kind: 'conflict',
    check: (s) =>
      s.otherLiveApplication
        ? {
            reason: '您已报名该考试，同一考试只能保留一个报名。',
            todo: '如需更改，请在网上报名期间对原报名点击“放弃报考”，再重新报名。',
          }
        : null,
  },
  {
    id: 'R-EX-5-photo',
    step: 'basic',
    field: 'photo',
    kind: 'ineligible',
    check: (s) =>
      s.hasPhoto
        ? null
        : { reason: '尚未上传照片。', todo: `请在${PROFILE}中上传近期小2寸白底证件照（jpg 格式，不大于 40KB）。` },
  },
  {
    id: 'R-EX-5-permit',
    step: 'basic',
    field: 'permit',
    kind: 'ineligible',
    check: (s) => {
      const types = permitTypesFor(s.person.idType);
      const given = s.choices.basic?.permit;
      if (types.length === 0 || (given && types.includes(given.type))) return null;
      return {
        reason: '台港澳考生须填写往来大陆通行证。',
        todo: '请选择通行证类型并填写通行证号码（台湾往来大陆通行证 10 位，港澳往来大陆通行证 11 位）。',
      };
    },
  },
  {
    id: 'R-EX-5-military',
    step: 'basic',
    field: 'militaryIdentity',
    kind: 'ineligible',
    check: (s) =>
      s.work && s.work.unitAffiliation !== CIVILIAN_AFFILIATION && !s.work.militaryIdentity
        ? {
            reason: '单位隶属为军队、武警或公安的考生须填写本人身份。',
            todo: `请在${PROFILE}的工作情况中选择本人身份：现役人员选第1、2、4、5项，聘用人员选第3、6项。`,
          }
        : null,
  },
  {
    id: 'R-PI-7',
    step: 'work',
    field: 'work',
    kind: 'ineligible',
    check: (s) =>
      s.work
        ? null
        : { reason: '尚未填写工作情况。', todo: `请先在${PROFILE}中填写工作情况（在校研究生填写实习单位）。` },
  },
  {
    id: 'R-EX-6-one',
    step: 'education',
    field: 'educationIds',
    kind: 'ineligible',
    check: (s) => {
      const ids = s.choices.education?.educationIds ?? [];
      if (ids.length !== 1) {
        return {
          reason: `用于报考的教育经历须勾选且只能勾选一条，您勾选了${ids.length}条。`,
          todo: '请只勾选用于本次报考的那一条教育经历。',
        };
      }
      return tickedEducation(s) ? null : { reason: '勾选的教育经历已不存在。', todo: '请重新勾选用于报考的教育经历。' };
    },
  },
  {
    id: 'R-EX-6-first-degree',
    step: 'education',
    field: 'educationIds',
    kind: 'ineligible',
    check: (s) =>
      tickedEducation(s)?.level === GRADUATE_LEVEL && !firstDegreeEntry(s)
        ? {
            reason: '以研究生学历报考的考生，还须有相应的本科或专科教育经历。',
            todo: '请点击教育经历右侧的“+”补充本科/专科教育经历并保存（不用勾选）。',
          }
        : null,
  },
  {
    id: 'R-EX-6-residency',
    step: 'education',
    field: 'trainingIds',
    kind: 'ineligible',
    check: (s) => {
      const chosen = s.choices.education;
      if (!chosen?.residencyTraining) return null;
      const ticked = new Set(chosen.trainingIds);
      return s.trainings.some((t) => ticked.has(t.id) && t.type === RESIDENCY_TRAINING)
        ? null
        : {
            reason: '您说明参加过住院医师规范化培训，但没有勾选该培训经历。',
            todo: '请勾选住院医师规范化培训经历；没有时请点击培训经历右侧的“+”添加并保存后再勾选。',
          };
    },
  },
  {
    id: 'R-EX-7',
    step: 'certificate',
    field: 'certificateIds',
    kind: 'ineligible',
    check: (s) => {
      if (!needsAssistantCertificate(s)) return null;
      const ticked = tickedCertificates(s);
      const complete = (c: (typeof ticked)[number]) =>
        c.issuedOn !== '' && c.certificateNumber !== '' && c.registeredOn !== '' && c.registrationNumber !== '';
      const assistants = ticked.filter((c) => c.type === ASSISTANT_CERTIFICATE);
      if (assistants.some(complete)) return null;
      const reason =
        assistants.length > 0
          ? '所勾选的执业助理医师证书信息不完整。'
          : ticked.length > 0
            ? '“执业助理医师(乡镇)”证书不具备报考执业医师的资格。'
            : '以中专学历报考执业医师，须提供执业助理医师证书。';
      return {
        reason,
        todo: '请勾选类型为“执业助理医师”的证书（须有发证年月、证书编号、注册年月和注册编号）；没有时请点击“+”添加并保存。',
      };
    },
  },
  {
    id: 'R-EX-8-military',
    step: 'confirm',
    field: 'additionalSubject',
    kind: 'ineligible',
    check: (s) =>
      s.choices.confirm?.additionalSubject === '军事医学' && !isActiveDutyCandidate(s)
        ? {
            reason:
              '只有现役军人（军队、武警、公安部所属边防、消防、警卫现役人员）才能加试军事医学，聘用的地方人员不能加试。',
            todo: '请取消加试科目；如您是现役军人，请先在“个人信息”的工作情况中正确选择本人身份。',
          }
        : null,
  },
  {
    id: 'R-EX-8-short',
    step: 'confirm',
    field: 'additionalSubject',
    kind: 'ineligible',
    check: (s) => {
      const subject = s.choices.confirm?.additionalSubject;
      return (subject === '院前急救' || subject === '儿科') && s.exam.categoryCode !== CLINICAL_PHYSICIAN_CATEGORY_CODE
        ? {
            reason: `只有报考临床执业医师且在${subject}岗位工作的考生才能加试${subject}。`,
            todo: '请取消加试科目。',
          }
        : null;
    },
  },
  {
    id: 'R-EX-8-attempts',
    step: 'confirm',
    field: 'attempts',
    kind: 'ineligible',
    check: (s) => {
      const attempts = s.choices.confirm?.attempts;
      return attempts !== undefined && attempts < 1
        ? {
            reason: '累计报考次数（相同级别、相同类别的报考次数累计，含本次）至少为 1。',
            todo: '首次报考请填写 1。',
          }
        : null;
    },
  },
];

function judge(rules: readonly EligibilityRule[], s: EligibilitySnapshot): EligibilityProblem[] {
  return rules.flatMap((rule) => {
    const finding = rule.check(s);
    if (!finding) return [];
    return [
      {
        rule: rule.id,
        step: rule.step,
        field: rule.field,
        kind: rule.kind,
        message: `${finding.reason}${finding.todo}`,
      },
    ];
  });
}

/** The rules of one step, judged when that step is saved (step ① when the application is created). */
export function checkStep(step: Step, s: EligibilitySnapshot): EligibilityProblem[] {
  return judge(
    ELIGIBILITY_RULES.filter((r) => r.step === step),
    s,
  );
}

/** Every rule, judged again at submit: 个人信息 may have changed since a step was saved. */
export function checkAll(s: EligibilitySnapshot): EligibilityProblem[] {
  return judge(ELIGIBILITY_RULES, s);
}

/** R-PI-4: the profile entries an application uses, which its submit locks and its withdrawal unlocks. */
export function entriesUsed(s: EligibilitySnapshot): {
  educations: string[];
  trainings: string[];
  certificates: string[];
} {
  const education = tickedEducation(s);
  const firstDegree = firstDegreeEntry(s);
  const trainingIds = new Set(s.choices.education?.trainingIds ?? []);
  return {
    educations: [education, firstDegree].flatMap((e) => (e ? [e.id] : [])),
    trainings: s.trainings.filter((t) => trainingIds.has(t.id)).map((t) => t.id),
    certificates: tickedCertificates(s).map((c) => c.id),
  };
}
