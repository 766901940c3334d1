import type { EligibilitySnapshot } from '../../../domain/application/eligibility';
import type { StepChoices } from '../../../domain/application/steps';
import type { ExamLevel } from '../../../domain/exam/exam';
import type { IdType } from '../../../domain/identity/id-types';
import type { EducationLevel } from '../../../domain/profile/options';
import { todayInChina } from '../../../domain/shared/dates';
import type { ExamRow } from '../exams/repository';
import { fromColumns } from '../profile/entry-groups';
import type { Actor } from '../sessions/session';
import type { AppContext } from '../../context';
import { readProfile } from '../profile/profile-cache';
import type { RuleInputs } from './repository';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

interface SnapshotOptions {
  now: Date;
  otherLiveApplication?: boolean;
}

/**
 * What the eligibility rules judge while a draft is filled in: 个人信息 as this process last read it (the profile
 * cache; a submit judges again on its own read, and writes only if that has not changed), the exam and the
 * wizard's choices.
 */
export async function loadSnapshot(
  ctx: AppContext,
  actor: Actor,
  exam: ExamRow,
  choices: StepChoices,
  options: SnapshotOptions,
): Promise<EligibilitySnapshot> {
  const { work, photo, educations, trainings, certificates } = await readProfile(ctx, actor.accountId);
  return snapshotOf(
    { work: work ?? null, has_photo: photo !== undefined, educations, trainings, certificates },
    actor,
    exam,
    choices,
    options,
  );
}

/**
 * What the eligibility rules judge, from 个人信息 as read: from the profile cache while a draft is filled in
 * (loadSnapshot), from a submit's own read (readForSubmit).
 */
export function snapshotOf(
  { work, has_photo, educations, trainings, certificates }: RuleInputs,
  actor: Actor,
  exam: ExamRow,
  choices: StepChoices,
  options: SnapshotOptions,
): EligibilitySnapshot {
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
  };
}
