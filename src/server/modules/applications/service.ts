import { setTimeout as sleep } from 'node:timers/promises';
import { actionsOf } from '../../../domain/application/actions';
import {
  checkAll,
  checkStep,
  entriesUsed,
  type EligibilityProblem,
  type EligibilitySnapshot,
} from '../../../domain/application/eligibility';
import { materialsFor } from '../../../domain/application/materials';
import { paymentStateOf, type PaymentStatus } from '../../../domain/application/payment';
import { canTransition, isPrintable, statusLabelOf, type ApplicationStatus } from '../../../domain/application/status';
import {
  STEP_LABELS,
  completedSteps,
  missingStepBefore,
  nextStep,
  stepPatchSchema,
  type StepChoices,
  type StepPatch,
} from '../../../domain/application/steps';
import { AppError } from '../../../domain/errors';
import { isRegistrationOpen } from '../../../domain/exam/exam';
import { can } from '../../../domain/policy';
import { zodIssuesToFields } from '../../../domain/shared/validation';
import type { AppContext } from '../../context';
import { isUniqueViolation } from '../../db/errors';
import { insertAuditEvent } from '../audit/repository';
import {
  areaExists,
  ensureSeatCounter,
  findSite,
  releaseSeat,
  seatsLeft,
  seatsLeftForApplication,
} from '../exams/repository';
import { presentExam, requireExam, windowOf } from '../exams/service';
import {
  APPLICATION_FORM_TITLE,
  SUCCESS_NOTICE_TITLE,
  renderApplicationForm,
  renderSuccessNotice,
} from '../print/forms';
import { changingProfile, changingProfileInOneStatement } from '../profile/profile-cache';
import type { Actor } from '../sessions/session';
import {
  feesOf,
  examOf,
  findApplication,
  hasLiveApplication,
  insertDraft,
  listApplications,
  lockApplication,
  markWithdrawn,
  readForSubmit,
  submitIfUnchanged,
  unlockEntries,
  type ApplicationRow,
} from './repository';
import { loadPrintable, type IdNumberForm } from './printable';
import { loadSnapshot, snapshotOf } from './snapshot';
import { registrationNumber } from '../../../domain/application/registration-number';
import type { AuditEvent } from '../../../domain/audit/events';

/** Only candidates apply (policy), and only for themselves (every query is scoped to the actor's account). */
function assertCandidate(actor: Actor): void {
  if (!can(actor, 'application.apply')) throw new AppError('FORBIDDEN');
}

function presentApplication(row: ApplicationRow, now: Date) {
  const status = row.status as ApplicationStatus;
  const choices = row.choices as StepChoices;
  const exam = examOf(row);
  const skillsExempt = row.skills_exempt;
  const payment = paymentStateOf({ status, paymentStatus: row.payment_status as PaymentStatus, skillsExempt });
  return {
    id: row.id,
    status,
    statusLabel: statusLabelOf({ status, skillsExempt }),
    exam: presentExam(exam, now),
    area: row.area_code ? { code: row.area_code, name: row.area_name ?? '' } : null,
    site: row.site_id ? { id: row.site_id, code: row.site_code ?? '', name: row.site_name ?? '' } : null,
    choices,
    completedSteps: completedSteps(choices),
    nextStep: nextStep(choices),
    registrationNumber: row.registration_number,
    skillsExempt,
    fees: feesOf(row),
    paymentStatus: payment.status,
    paymentStatusLabel: payment.label,
    paymentHint: payment.hint,
    admissionNumber: row.admission_number,
    materials: row.materials,
    createdAt: row.created_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    actions: actionsOf({ status, choices }, windowOf(exam), now),
  };
}

const draftKey = (actor: Actor, id: string) => `${actor.accountId}:${id}`;
const siteKey = (examId: string, siteId: string) => `${examId}:${siteId}`;

function rememberDraft(ctx: AppContext, actor: Actor, row: ApplicationRow): void {
  if (row.status === 'DRAFT') ctx.drafts.set(draftKey(actor, row.id), actor.accountId, row, Date.now());
}

/** The candidate's application as it is now (404 for another's); a draft is remembered for its next step save. */
async function requireApplication(ctx: AppContext, actor: Actor, id: string): Promise<ApplicationRow> {
  const row = await findApplication(ctx.db, actor.accountId, id);
  if (!row) throw new AppError('NOT_FOUND', { message: '该报名不存在。' });
  rememberDraft(ctx, actor, row);
  return row;
}

async function present(ctx: AppContext, actor: Actor, id: string) {
  return presentApplication(await requireApplication(ctx, actor, id), new Date());
}

function requireWindow(row: ApplicationRow, now: Date): void {
  if (!isRegistrationOpen(windowOf(examOf(row)), now)) throw new AppError('WINDOW_CLOSED');
}

/** Broken eligibility rules as an error: 409 when another application is the cause, else 400 naming each field. */
function eligibilityError(problems: readonly EligibilityProblem[]): AppError {
  const fields = Object.fromEntries([...problems].reverse().map((p) => [p.field, p.message]));
  const conflict = problems.find((p) => p.kind === 'conflict');
  if (conflict) return new AppError('ALREADY_APPLIED', { message: conflict.message });
  return new AppError('NOT_ELIGIBLE', { message: `不符合报考条件：${problems[0]!.message}`, fields });
}

function requireEligible(problems: readonly EligibilityProblem[]): void {
  if (problems.length > 0) throw eligibilityError(problems);
}

/** R-EX-2: the candidate's applications, each with its allowed actions. */
export async function listMyApplications(ctx: AppContext, actor: Actor) {
  assertCandidate(actor);
  const now = new Date();
  return { items: (await listApplications(ctx.db, actor.accountId)).map((row) => presentApplication(row, now)) };
}

/** One application of the candidate (404 for another's). */
export async function getApplication(ctx: AppContext, actor: Actor, id: string) {
  assertCandidate(actor);
  return present(ctx, actor, id);
}

/** R-EX-3, R-EX-4 ①: starts a draft for an exam whose window is open; R-AGE-1 and one live application (R-EX-9). */
export async function createApplication(ctx: AppContext, actor: Actor, examId: string) {
  assertCandidate(actor);
  const exam = await requireExam(ctx, examId);
  const now = new Date();
  if (!isRegistrationOpen(windowOf(exam), now)) throw new AppError('WINDOW_CLOSED');
  const snapshot = await loadSnapshot(
    ctx,
    actor,
    exam,
    {},
    { now, otherLiveApplication: await hasLiveApplication(ctx.db, actor.accountId, examId) },
  );
  requireEligible(checkStep('exam', snapshot));
  let id: string;
  try {
    id = await insertDraft(ctx.db, actor.accountId, examId);
  } catch (error) {
    // Two tabs starting the same exam at once: the partial unique index lets one through.
    if (isUniqueViolation(error, 'applications_live_uq')) throw new AppError('ALREADY_APPLIED');
    throw error;
  }
  return present(ctx, actor, id);
}

/** The candidate's own entries: a ticked id that is not theirs answers 404 (another's entry is not said to exist). */
function requireOwnEntries(ids: readonly string[], own: readonly { id: string }[]): void {
  const mine = new Set(own.map((e) => e.id));
  if (ids.some((id) => !mine.has(id)))
    throw new AppError('NOT_FOUND', { message: '所选条目不存在，请刷新后重新勾选。' });
}

/** R-EX-8: the area exists, the site exists (404 otherwise), belongs to the area and has a seat left. */
async function checkPlace(ctx: AppContext, examId: string, areaCode: string, siteId: string): Promise<void> {
  if (!(await areaExists(ctx.db, areaCode))) {
    throw new AppError('VALIDATION', { fields: { areaCode: '请从列表中选择考区。' } });
  }
  const site = await findSite(ctx.db, siteId);
  if (!site) throw new AppError('NOT_FOUND', { message: '该考点不存在。' });
  if (site.area_code !== areaCode) {
    throw new AppError('VALIDATION', {
      fields: { siteId: '该考点不属于所选考区，请先选考区，再从该考区的考点中选择。' },
    });
  }
  if ((await seatsLeft(ctx.db, examId, siteId)) <= 0) {
    throw new AppError('SITE_FULL', { message: '该考点名额已满，请选择其他考点。' });
  }
}

async function checkReferences(ctx: AppContext, row: ApplicationRow, patch: StepPatch, s: EligibilitySnapshot) {
  switch (patch.step) {
    case 'education':
      requireOwnEntries(patch.educationIds, s.educations);
      requireOwnEntries(patch.trainingIds, s.trainings);
      return;
    case 'certificate':
      requireOwnEntries(patch.certificateIds, s.certificates);
      return;
    case 'confirm':
      await checkPlace(ctx, row.exam_id, patch.areaCode, patch.siteId);
      return;
    default:
      return;
  }
}

/** R-EX-4…8: saves one step of a draft, in order, after that step's eligibility rules. */
export async function saveStep(ctx: AppContext, actor: Actor, id: string, body: unknown) {
  assertCandidate(actor);
  const parsed = stepPatchSchema.safeParse(body);
  if (!parsed.success) throw new AppError('VALIDATION', { fields: zodIssuesToFields(parsed.error.issues) });
  // The draft as this process last saw it (the wizard has just shown it): the save only applies if it is still so;
  // else, or if the step was refused on it, the step is judged again on the draft as it is now.
  const seen = ctx.drafts.get(draftKey(actor, id), Date.now());
  if (seen) {
    const saved = await saveStepOn(ctx, actor, seen, parsed.data).catch((error: unknown) => {
      if (error instanceof AppError) return undefined;
      throw error;
    });
    if (saved) return saved;
  }
  const saved = await saveStepOn(ctx, actor, await requireApplication(ctx, actor, id), parsed.data);
  if (!saved) throw new AppError('NOT_EDITABLE');
  return saved;
}

/** The step judged on `row` and saved if the draft is still as `row` shows it; undefined when it is not. */
async function saveStepOn(ctx: AppContext, actor: Actor, row: ApplicationRow, patch: StepPatch) {
  const { step, ...data } = patch;
  const now = new Date();
  if (row.status !== 'DRAFT') throw new AppError('NOT_EDITABLE');
  requireWindow(row, now);
  const choices = row.choices as StepChoices;
  const missing = missingStepBefore(step, choices);
  if (missing) {
    throw new AppError('STEP_OUT_OF_ORDER', {
      message: `请先完成“${STEP_LABELS[missing]}”，再填写“${STEP_LABELS[step]}”。`,
    });
  }
  const next: StepChoices = { ...choices, [step]: data };
  const snapshot = await loadSnapshot(ctx, actor, examOf(row), next, { now });
  await checkReferences(ctx, row, patch, snapshot);
  requireEligible(checkStep(step, snapshot));
  const place = next.confirm
    ? { areaCode: next.confirm.areaCode, siteId: next.confirm.siteId }
    : { areaCode: null, siteId: null };
  // Only step ⑥ chooses the place and shows what is owed there: it reads names, fees and the exemption as they are
  // now; the other steps leave the place as the draft shows it.
  const describe = step === 'confirm';
  const result = await ctx.saveStep({
    id: row.id,
    accountId: actor.accountId,
    expected: choices,
    next,
    describe,
    ...place,
  });
  if (!result) {
    await ctx.drafts.forget({ key: draftKey(actor, row.id), group: actor.accountId });
    return undefined;
  }
  const { described, skills_exempt, ...placeFacts } = result;
  const facts = described ? { ...placeFacts, skills_exempt: skills_exempt === true } : {};
  const saved = { ...row, ...facts, choices: next, area_code: place.areaCode, site_id: place.siteId };
  rememberDraft(ctx, actor, saved);
  return presentApplication(saved, now);
}

/** Reads and judgements a submit makes again when what it judged changed before its statement ran. */
const SUBMIT_ATTEMPTS = 3;
/** Times a submit tries again for a seat when every shard with room was held by other submits, 1–4 ms apart. */
const SEAT_TRIES = 100;

/**
 * R-EX-8…12, R-PI-4, R-SITE-1: submits a complete draft. It reads the draft and 个人信息 (one statement), judges
 * every rule on them, and submits in one statement that writes only if nothing judged has changed and a seat is
 * free (submitIfUnchanged): a full site, or a change, leaves everything as it was (the draft stays a draft).
 * After a change it reads and judges again: a second submit of the same draft then finds it submitted.
 */
export async function submitApplication(ctx: AppContext, actor: Actor, id: string, ip: string) {
  assertCandidate(actor);
  const now = new Date();
  // At the opening hour most submits to a full site come after it filled: refused on one read, before any write.
  const seen = ctx.drafts.get(draftKey(actor, id), now.getTime());
  const seenSite = seen?.site_id ? siteKey(seen.exam_id, seen.site_id) : undefined;
  if (seenSite && ctx.fullSites.get(seenSite, now.getTime())) {
    if ((await seatsLeftForApplication(ctx.db, actor.accountId, id)) === 0) throw new AppError('SITE_FULL');
  }
  for (let attempt = 1; ; attempt++) {
    const read = await readForSubmit(ctx.db, actor.accountId, id);
    if (!read) throw new AppError('NOT_FOUND', { message: '该报名不存在。' });
    const { application: row, serial } = read;
    if (!canTransition(row.status as ApplicationStatus, 'submit')) throw new AppError('WRONG_STATE');
    requireWindow(row, now);
    const choices = row.choices as StepChoices;
    if (nextStep(choices) !== null || !choices.confirm) throw new AppError('STEPS_INCOMPLETE');
    const { areaCode, siteId } = choices.confirm;
    const snapshot = snapshotOf(read.ruleInputs, actor, examOf(row), choices, { now });
    requireEligible(checkAll(snapshot));
    // R-EX-11: the list as it is now (a draft's exemption is read with it).
    const skillsExempt = row.skills_exempt;
    const materials = materialsFor(snapshot, { skillsExempt });
    const registration_number = registrationNumber(row.exam_code, areaCode, serial);
    const submission = {
      id,
      accountId: actor.accountId,
      version: read.version,
      ruleInputsText: read.ruleInputsText,
      examId: row.exam_id,
      siteId,
      registrationNumber: registration_number,
      skillsExempt,
      materials,
      entries: entriesUsed(snapshot),
    };
    const audit: AuditEvent = {
      type: 'APPLICATION_SUBMITTED',
      actorId: actor.accountId,
      ip,
      details: {
        applicationId: id,
        examCode: row.exam_code,
        siteId,
        registrationNumber: registration_number,
        skillsExempt,
      },
    };
    const submit = () =>
      changingProfileInOneStatement(ctx, actor.accountId, (ex) => submitIfUnchanged(ex, submission, audit));
    let outcome = await submit();
    // Seats left, but each shard with room held by another submit for the last milliseconds of its own.
    for (let tries = 1; outcome.current && !outcome.submittedAt && (outcome.seatsLeft ?? 0) > 0; tries++) {
      if (tries >= SEAT_TRIES) throw new AppError('UNAVAILABLE', { retryAfterSeconds: 1 });
      await sleep(1 + Math.random() * 3);
      outcome = await submit();
    }
    if (outcome.submittedAt) {
      const submitted = {
        registration_number,
        submitted_at: outcome.submittedAt,
        skills_exempt: skillsExempt,
        materials,
      };
      return presentApplication({ ...row, ...submitted, status: 'SUBMITTED' }, now);
    }
    if (outcome.current && outcome.seatsLeft === 0) {
      ctx.fullSites.set(siteKey(row.exam_id, siteId), siteId, true, Date.now());
      throw new AppError('SITE_FULL');
    }
    if (attempt >= SUBMIT_ATTEMPTS) throw new AppError('UNAVAILABLE', { retryAfterSeconds: 1 });
    // Not current: something judged changed, so read and judge again. No seat shards yet: the site's first submit
    // creates them, then submits as any other.
    if (outcome.current) await ensureSeatCounter(ctx.db, row.exam_id, siteId);
  }
}

/** R-EX-9, R-PI-4: 放弃报考 during the window: gives back the seat of a submitted application, unlocks its entries. */
export async function withdrawApplication(ctx: AppContext, actor: Actor, id: string, ip: string) {
  assertCandidate(actor);
  const row = await requireApplication(ctx, actor, id);
  if (!canTransition(row.status as ApplicationStatus, 'withdraw')) throw new AppError('WRONG_STATE');
  requireWindow(row, new Date());
  await changingProfile(ctx, actor.accountId, async (trx) => {
    const locked = await lockApplication(trx, actor.accountId, id);
    const status = locked?.status as ApplicationStatus | undefined;
    if (!locked || !status || !canTransition(status, 'withdraw')) throw new AppError('WRONG_STATE');
    await markWithdrawn(trx, id);
    if (status === 'SUBMITTED' && locked.site_id) {
      await releaseSeat(trx, locked.exam_id, locked.site_id);
      await unlockEntries(trx, id);
    }
    await insertAuditEvent(trx, {
      type: 'APPLICATION_WITHDRAWN',
      actorId: actor.accountId,
      ip,
      details: { applicationId: id, examCode: row.exam_code, from: status },
    });
  });
  return present(ctx, actor, id);
}

/** A printed form: the PDF and the file name it is offered under (Chinese, and ASCII for old clients). */
export interface PrintedForm {
  pdf: Buffer;
  fileName: string;
  asciiFileName: string;
}

/** R-EX-10: the candidate's own application once it is printable (a draft or a withdrawn one: 409). */
async function requirePrintable(ctx: AppContext, actor: Actor, id: string): Promise<ApplicationRow> {
  if (!can(actor, 'application.print')) throw new AppError('FORBIDDEN');
  const row = await requireApplication(ctx, actor, id);
  if (!isPrintable(row.status as ApplicationStatus)) throw new AppError('NOT_PRINTABLE');
  return row;
}

async function print(
  ctx: AppContext,
  actor: Actor,
  id: string,
  form: { title: string; asciiName: string; idNumber: IdNumberForm; render: typeof renderApplicationForm },
): Promise<PrintedForm> {
  const row = await requirePrintable(ctx, actor, id);
  const pdf = await form.render(await loadPrintable(ctx, row, actor.accountId, form.idNumber));
  return {
    pdf,
    fileName: `${form.title}-${row.registration_number}.pdf`,
    asciiFileName: `${form.asciiName}-${row.registration_number}.pdf`,
  };
}

/** R-EX-10, R-SITE-3: 《医师资格考试报名暨授予医师资格申请表》 of the candidate's submitted application, whole ID number. */
export async function printApplicationForm(ctx: AppContext, actor: Actor, id: string): Promise<PrintedForm> {
  return print(ctx, actor, id, {
    title: APPLICATION_FORM_TITLE,
    asciiName: 'application-form',
    idNumber: 'whole',
    render: renderApplicationForm,
  });
}

/** R-EX-10, R-SITE-1: 《医师资格考试网上报名成功通知单》 of the candidate's submitted application, ID number masked. */
export async function printSuccessNotice(ctx: AppContext, actor: Actor, id: string): Promise<PrintedForm> {
  return print(ctx, actor, id, {
    title: SUCCESS_NOTICE_TITLE,
    asciiName: 'success-notice',
    idNumber: 'masked',
    render: renderSuccessNotice,
  });
}
