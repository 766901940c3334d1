import { sql } from 'kysely';
import { applicationFees, type ApplicationFees } from '../../../domain/application/fees';
import type { Material } from '../../../domain/application/materials';
import type { StepChoices } from '../../../domain/application/steps';
import type { Executor } from '../../db/connect';
import { areaFeesOf } from '../../../domain/exam/exam';
import { seatsLeftInShards, takeSeatWhen, type ExamRow } from '../exams/repository';
import type { AuditEvent } from '../../../domain/audit/events';
import { auditInsertWhen } from '../audit/repository';
import { ENTRY_GROUP_NAMES, ENTRY_GROUPS, type EntryGroup } from '../profile/entry-groups';
import { entriesJson } from '../profile/repository';

/**
 * R-EX-11: whether the account's ID number is on the exam's 免考实践技能 list: an EXISTS for a select, on the keyed
 * hash (the list holds no ID numbers), with the account and exam as values or as column references.
 */
function onExemptionList(accountId: unknown, examId: unknown) {
  return sql<boolean>`EXISTS (SELECT 1 FROM accounts acc
    JOIN skills_exemptions x ON x.id_number_hash = acc.id_number_hash AND x.exam_id = ${examId}
    WHERE acc.id = ${accountId})`;
}

/**
 * R-EX-11: a submitted application keeps the exemption judged in its submit's transaction; a draft's is worked out
 * as it is presented (the list may be imported after the draft started), so its card never shows a fee it will not
 * owe. Part of the statement that reads the application: no query per application.
 */
const skillsExemptOfApplication = sql<boolean>`CASE WHEN a.status = 'DRAFT'
  THEN ${onExemptionList(sql.ref('a.account_id'), sql.ref('a.exam_id'))} ELSE a.skills_exempt END`;

/**
 * Applications with their exam, area, site, (R-EX-1) the fees the chosen area has published for the exam and
 * (R-EX-11) whether the skills exam is waived.
 */
function selectApplications(ex: Executor) {
  return ex
    .selectFrom('applications as a')
    .innerJoin('exams as e', 'e.id', 'a.exam_id')
    .leftJoin('exam_areas as ar', 'ar.code', 'a.area_code')
    .leftJoin('exam_sites as s', 's.id', 'a.site_id')
    .leftJoin('exam_area_fees as f', (join) =>
      join.onRef('f.exam_id', '=', 'a.exam_id').onRef('f.area_code', '=', 'a.area_code'),
    )
    .select([
      'a.id',
      'a.exam_id',
      'a.status',
      'a.choices',
      'a.area_code',
      'a.site_id',
      'a.registration_number',
      skillsExemptOfApplication.as('skills_exempt'),
      'a.materials',
      'a.created_at',
      'a.submitted_at',
      'a.withdrawn_at',
      'a.payment_status',
      'a.admission_number',
      'e.code as exam_code',
      'e.year as exam_year',
      'e.category_code as exam_category_code',
      'e.name as exam_name',
      'e.type as exam_type',
      'e.level as exam_level',
      'e.category as exam_category',
      'e.exam_month as exam_month',
      'e.phase as exam_phase',
      'e.registration_opens_at as exam_opens_at',
      'e.registration_closes_at as exam_closes_at',
      'ar.name as area_name',
      's.code as site_code',
      's.name as site_name',
      'f.skills_fee_fen',
      'f.written_fee_fen',
    ]);
}

export type ApplicationRow = Awaited<ReturnType<typeof findApplication>> & {};

/** The exam columns of an application row, as the exams module reads an exam. */
export function examOf(row: ApplicationRow): ExamRow {
  return {
    id: row.exam_id,
    code: row.exam_code,
    year: row.exam_year,
    category_code: row.exam_category_code,
    name: row.exam_name,
    type: row.exam_type,
    level: row.exam_level,
    category: row.exam_category,
    exam_month: row.exam_month,
    phase: row.exam_phase,
    registration_opens_at: row.exam_opens_at,
    registration_closes_at: row.exam_closes_at,
  };
}

/**
 * R-EX-1, R-EX-11: the application's fees, from the fees its area has published for the exam (none: no area chosen
 * yet, or none published) and its exemption.
 */
export function feesOf(
  row: Pick<ApplicationRow, 'skills_fee_fen' | 'written_fee_fen' | 'skills_exempt'>,
): ApplicationFees {
  return applicationFees(areaFeesOf(row.skills_fee_fen, row.written_fee_fen), { skillsExempt: row.skills_exempt });
}

/** The candidate's application `id` (another candidate's is not found), as selectApplications reads it. */
function selectApplication(ex: Executor, accountId: string, id: string) {
  return selectApplications(ex).where('a.account_id', '=', accountId).where('a.id', '=', id);
}

/** The candidate's application `id`; another candidate's is not found. */
export function findApplication(ex: Executor, accountId: string, id: string) {
  return selectApplication(ex, accountId, id).executeTakeFirst();
}

/** R-EX-2: every application of the candidate, newest first. */
export function listApplications(ex: Executor, accountId: string) {
  return selectApplications(ex).where('a.account_id', '=', accountId).orderBy('a.id', 'desc').execute();
}

export async function hasLiveApplication(ex: Executor, accountId: string, examId: string): Promise<boolean> {
  const row = await ex
    .selectFrom('applications')
    .select('id')
    .where('account_id', '=', accountId)
    .where('exam_id', '=', examId)
    .where('status', '<>', 'WITHDRAWN')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertDraft(ex: Executor, accountId: string, examId: string): Promise<string> {
  const row = await ex
    .insertInto('applications')
    .values({ account_id: accountId, exam_id: examId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A step to save: a draft's `next` choices, if they are still `expected` (the ones judged). */
export interface StepSave {
  id: string;
  accountId: string;
  expected: StepChoices;
  next: StepChoices;
  areaCode: string | null;
  siteId: string | null;
  /** Read the place's names, fees and the exemption back (step ⑥), or leave them as the draft shows them. */
  describe: boolean;
}

/**
 * Saves drafts' choices, each only if it is still as judged and its exam's window is open now (R-EX-9: an exam may
 * close early), in one statement for the saves that arrived together. Per saved draft that asked (`describe`): the
 * names of its area and site, the area's fees and (R-EX-11) the exemption as it is now (the answer shows them); a
 * draft that changed meanwhile, is no longer a draft or whose window has closed is not among them. One draft at
 * most once per call.
 */
export async function saveChoices(ex: Executor, saves: readonly StepSave[]) {
  const column = <T>(pick: (s: StepSave) => T) => saves.map(pick);
  const { rows } = await sql<{
    id: string;
    described: boolean;
    area_name: string | null;
    site_code: string | null;
    site_name: string | null;
    skills_fee_fen: number | null;
    written_fee_fen: number | null;
    skills_exempt: boolean | null;
  }>`
    UPDATE applications a SET choices = i.next, area_code = i.area_code, site_id = i.site_id, updated_at = now()
    FROM unnest(${column((s) => s.id)}::bigint[], ${column((s) => s.accountId)}::bigint[],
                ${column((s) => JSON.stringify(s.next))}::jsonb[], ${column((s) => JSON.stringify(s.expected))}::jsonb[],
                ${column((s) => s.areaCode)}::text[], ${column((s) => s.siteId)}::bigint[],
                ${column((s) => s.describe)}::boolean[])
      AS i(id, account_id, next, expected, area_code, site_id, describe)
    WHERE a.id = i.id AND a.account_id = i.account_id AND a.status = 'DRAFT' AND a.choices = i.expected
      AND EXISTS (SELECT 1 FROM exams e WHERE e.id = a.exam_id
                  AND now() >= e.registration_opens_at AND now() < e.registration_closes_at)
    RETURNING a.id, i.describe AS described,
              -- A CASE runs its sub-selects only for the saves that asked.
              CASE WHEN i.describe THEN (SELECT name FROM exam_areas WHERE code = a.area_code) END AS area_name,
              CASE WHEN i.describe THEN (SELECT code FROM exam_sites WHERE exam_sites.id = a.site_id) END AS site_code,
              CASE WHEN i.describe THEN (SELECT name FROM exam_sites WHERE exam_sites.id = a.site_id) END AS site_name,
              CASE WHEN i.describe THEN (SELECT skills_fee_fen FROM exam_area_fees f
                WHERE f.exam_id = a.exam_id AND f.area_code = a.area_code) END AS skills_fee_fen,
              CASE WHEN i.describe THEN (SELECT written_fee_fen FROM exam_area_fees f
                WHERE f.exam_id = a.exam_id AND f.area_code = a.area_code) END AS written_fee_fen,
              CASE WHEN i.describe THEN ${onExemptionList(sql.ref('a.account_id'), sql.ref('a.exam_id'))} END
                AS skills_exempt`.execute(ex);
  return new Map(rows.map(({ id, ...saved }) => [String(id), saved]));
}

export type SavedStep = NonNullable<ReturnType<Awaited<ReturnType<typeof saveChoices>>['get']>>;

/** The candidate's application as it is now, its row locked for a state change (a second one waits here). */
export function lockApplication(ex: Executor, accountId: string, id: string) {
  return selectApplication(ex, accountId, id).forUpdate('a').executeTakeFirst();
}

/** R-EX-9: → WITHDRAWN. */
export async function markWithdrawn(ex: Executor, id: string): Promise<void> {
  await sql`UPDATE applications SET status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now()
    WHERE id = ${id}`.execute(ex);
}

/** R-PI-4, R-EX-10: the profile entries a submitted application uses, by group. */
export async function listApplicationEntries(
  ex: Executor,
  applicationId: string,
): Promise<Record<EntryGroup, Set<string>>> {
  const rows = await ex
    .selectFrom('application_entries')
    .select(['entry_group', 'entry_id'])
    .where('application_id', '=', applicationId)
    .execute();
  const out: Record<EntryGroup, Set<string>> = { educations: new Set(), trainings: new Set(), certificates: new Set() };
  for (const r of rows) out[r.entry_group as EntryGroup].add(String(r.entry_id));
  return out;
}

/** R-PI-4: unlocks the entries a withdrawn application used. */
export async function unlockEntries(ex: Executor, applicationId: string): Promise<void> {
  for (const [group, { table }] of Object.entries(ENTRY_GROUPS)) {
    await sql`UPDATE ${sql.table(table)} SET lock_count = lock_count - 1
      WHERE id IN (SELECT entry_id FROM application_entries
                   WHERE application_id = ${applicationId} AND entry_group = ${group})`.execute(ex);
  }
}

/**
 * What the eligibility rules judge of 个人信息 (the work rule's columns, whether there is a photo, the entries of the
 * three groups) as one JSON value; with `lock`, the entries stay locked until the statement's transaction ends.
 */
function ruleInputsJson(accountId: string, { lock = false } = {}) {
  return sql<string>`json_build_object(
    'work', (SELECT json_build_object('employment_status', w.employment_status, 'unit_affiliation', w.unit_affiliation,
                                      'military_identity', w.military_identity)
             FROM profile_work w WHERE w.account_id = ${accountId}),
    'has_photo', EXISTS (SELECT 1 FROM profile_photos p WHERE p.account_id = ${accountId}),
    ${sql.join(ENTRY_GROUP_NAMES.map((group) => sql`${sql.lit(group)}, ${entriesJson(group, accountId, { lock })}`))}
  )::text`;
}

/**
 * A submit's read, one statement and no lock: the application as it is now with its row version, what the rules
 * judge of 个人信息 (as JSON text, which the submitting statement compares) and the next serial for a registration
 * number (a submit that fails leaves a gap, as a rollback would).
 */
export async function readForSubmit(ex: Executor, accountId: string, id: string) {
  const row = await selectApplication(ex, accountId, id)
    .select([
      sql<string>`a.xmin::text`.as('version'),
      ruleInputsJson(accountId).as('rule_inputs'),
      sql<string>`nextval('application_serial_seq')::text`.as('serial'),
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const { version, rule_inputs, serial, ...application } = row;
  return {
    application,
    version,
    ruleInputsText: rule_inputs,
    ruleInputs: JSON.parse(rule_inputs) as RuleInputs,
    serial,
  };
}

/** What a submit writes, judged on what readForSubmit read. */
export interface Submission {
  id: string;
  accountId: string;
  /** The row version and the rule inputs' JSON text that were judged (readForSubmit). */
  version: string;
  ruleInputsText: string;
  examId: string;
  siteId: string;
  registrationNumber: string;
  skillsExempt: boolean;
  materials: Material[];
  entries: Record<EntryGroup, readonly string[]>;
}

/**
 * R-EX-9, R-EX-10, R-EX-12, R-PI-4: DRAFT → SUBMITTED in one statement (one round trip and its own commit: a submit
 * is the hot path of the opening hour), and only if what was judged still holds: the application row unchanged
 * since the read (its version), then, with it locked, 个人信息's rule inputs unchanged with the entries locked (the
 * order a withdrawal takes), then a seat taken (takeSeatWhen). With all three it marks the application with its
 * registration number, locks the entries it uses (lock_count + 1) and records them, and writes its audit row.
 * `current`: nothing judged had changed; `submittedAt`: null when it did not submit; `seatsLeft`: as the statement
 * saw them (null: the site's seat shards do not exist yet).
 */
export async function submitIfUnchanged(ex: Executor, s: Submission, audit: AuditEvent) {
  const groups = ENTRY_GROUP_NAMES.map((group) => ({ group, cte: sql.ref(`locked_${group}`) }));
  const { rows } = await sql<{ current: boolean; submitted_at: Date | null; seats_left: number | null }>`
    WITH judged AS (
      SELECT id FROM applications
      WHERE id = ${s.id} AND account_id = ${s.accountId} AND status = 'DRAFT' AND xmin::text = ${s.version}
      FOR UPDATE
    ),
    unchanged AS (SELECT ${ruleInputsJson(s.accountId, { lock: true })} = ${s.ruleInputsText} AS same FROM judged),
    seat AS (${takeSeatWhen(s.examId, s.siteId, sql`(SELECT same FROM unchanged)`)}),
    submitted AS (
      UPDATE applications SET status = 'SUBMITTED', submitted_at = now(), updated_at = now(),
        skills_exempt = ${s.skillsExempt}, materials = ${JSON.stringify(s.materials)}::jsonb,
        registration_number = ${s.registrationNumber}
      WHERE id = ${s.id} AND EXISTS (SELECT 1 FROM seat)
      RETURNING submitted_at
    ),
    ${sql.join(
      groups.map(
        ({ group, cte }) => sql`${cte} AS (
          UPDATE ${sql.table(ENTRY_GROUPS[group].table)} SET lock_count = lock_count + 1
          WHERE account_id = ${s.accountId} AND id = ANY(${s.entries[group]}::bigint[])
            AND EXISTS (SELECT 1 FROM submitted) RETURNING id)`,
      ),
    )},
    recorded AS (
      INSERT INTO application_entries (application_id, entry_group, entry_id)
      ${sql.join(
        groups.map(({ group, cte }) => sql`SELECT ${s.id}::bigint, ${group}, id FROM ${cte}`),
        sql` UNION ALL `,
      )}
    ),
    audit AS (${auditInsertWhen(audit, sql`EXISTS (SELECT 1 FROM submitted)`)})
    SELECT coalesce((SELECT same FROM unchanged), false) AS current,
      (SELECT submitted_at FROM submitted) AS submitted_at,
      ${seatsLeftInShards(s.examId, s.siteId)} AS seats_left`.execute(ex);
  const { current, submitted_at, seats_left } = rows[0]!;
  return { current, submittedAt: submitted_at, seatsLeft: seats_left };
}

/** What the eligibility rules judge of 个人信息, as a submit reads it (readForSubmit) and as the profile cache holds it. */
export interface RuleInputs {
  work: { employment_status: string; unit_affiliation: string; military_identity: string | null } | null;
  has_photo: boolean;
  educations: Record<string, unknown>[];
  trainings: Record<string, unknown>[];
  certificates: Record<string, unknown>[];
}
