import type { EligibilitySnapshot } from '../../../domain/application/eligibility';
import type { StepChoices } from '../../../domain/application/steps';
import type { ExamLevel } from '../../../domain/exam/exam';
import type { IdType } from '../../../domain/identity/id-types';
import type { EducationLevel } from '../../../domain/profile/options';
import { todayInChina } from '../../../domain/shared/dates';
import type { Executor } from '../../db/connect';
import type { ExamRow } from '../exams/repository';
import { fromColumns } from '../profile/entry-groups';
import type { Actor } from '../sessions/session';
import { findRuleInputs } from './repository';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * What the eligibility rules judge: 个人信息 as it is now (read through `ex`; `lock` holds the entries for a
 * submit), the exam and the wizard's choices; with R-EX-11's exemption of the candidate for this exam.
 */
export async function loadSnapshot(
  ex: Executor,
  actor: Actor,
  exam: ExamRow,
  choices: StepChoices,
  options: { now: Date; otherLiveApplication?: boolean; lock?: boolean },
): Promise<EligibilitySnapshot & { skillsExempt: boolean }> {
  const { work, has_photo, educations, trainings, certificates, skills_exempt } = await findRuleInputs(
    ex,
    actor.accountId,
    exam.id,
    { lock: options.lock ?? false },
  );
  const entry = (group: 'educations' | 'trainings' | 'certificates', row: Record<string, unknown>) =>
    ({ ...fromColumns(group, row), id: String(row.id) }) as Record<string, unknown> & { id: string };
  return {
    today: todayInChina(options.now),
    exam: { level: exam.level as ExamLevel, categoryCode: exam.category_code },
    person: { idType: (actor.account.idType ?? 'RESIDENT_ID') as IdType, birthDate: actor.account.birthDate ?? '' },
    hasPhoto: has_photo,
    work: work
      ? {
          employmentStatus: work.employment_status,
          unitAffiliation: work.unit_affiliation,
          militaryIdentity: work.military_identity,
        }
      : null,
    educations: educations.map((row) => {
      const e = entry('educations', row);
      return { id: e.id, level: e.level as EducationLevel, origin: text(e.origin), category: text(e.category) };
    }),
    trainings: trainings.map((row) => {
      const t = entry('trainings', row);
      return { id: t.id, type: text(t.type) };
    }),
    certificates: certificates.map((row) => {
      const c = entry('certificates', row);
      return {
        id: c.id,
        type: text(c.type),
        issuedOn: text(c.issuedOn),
        certificateNumber: text(c.certificateNumber),
        registeredOn: text(c.registeredOn),
        registrationNumber: text(c.registrationNumber),
      };
    }),
    choices,
    otherLiveApplication: options.otherLiveApplication ?? false,
    skillsExempt: skills_exempt,
  };
}
