import { sql } from 'kysely';
import type { Executor } from '../../db/connect';
import type { ProfileContactsTable, ProfileWorkTable } from '../../db/schema';
import { withAuditRow } from '../audit/repository';
import { ENTRY_GROUPS, type EntryGroup } from './entry-groups';

// The three entry tables share their shape, so one set of queries (naming the table) serves them all.

/** A group's entries of the account as a JSON array (in id order), for statements that read several parts at once. */
export const entriesJson = (group: EntryGroup, accountId: string, { lock = false } = {}) =>
  sql<Record<string, unknown>[]>`(SELECT coalesce(json_agg(e ORDER BY e.id), '[]') FROM
    (SELECT * FROM ${sql.table(ENTRY_GROUPS[group].table)} WHERE account_id = ${accountId}
     ${lock ? sql`FOR UPDATE` : sql``}) e)`;

/**
 * A row as JSON renders it, read as pg reads the same row: bigint ids as strings (JSON makes them numbers) and
 * timestamps as Dates (JSON makes them strings).
 */
function asRow<T>(json: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (typeof value === 'number' && (key === 'id' || key.endsWith('_id'))) row[key] = String(value);
    else if (typeof value === 'string' && key.endsWith('_at')) row[key] = new Date(value);
    else row[key] = value;
  }
  return row as T;
}

/**
 * R-PI-1: the whole of 个人信息 in one statement (GET /api/profile is the page every candidate opens): contact,
 * work with its unit, the three groups of entries, the photo's facts, and the names of the chosen dictionary entries.
 */
export type ProfileRecord = Awaited<ReturnType<typeof findProfile>>;

export async function findProfile(ex: Executor, accountId: string) {
  const { rows } = await sql<{
    contact: Record<string, unknown> | null;
    work: Record<string, unknown> | null;
    educations: Record<string, unknown>[];
    trainings: Record<string, unknown>[];
    certificates: Record<string, unknown>[];
    photo: Record<string, unknown> | null;
    names: Record<string, unknown>[];
  }>`SELECT
      (SELECT row_to_json(c) FROM profile_contacts c WHERE c.account_id = ${accountId}) AS contact,
      (SELECT json_build_object('employment_status', w.employment_status, 'unit_affiliation', w.unit_affiliation,
                                'work_unit_id', w.work_unit_id, 'title', w.title,
                                'title_obtained_on', w.title_obtained_on, 'position', w.position,
                                'military_identity', w.military_identity, 'unit_name', u.name,
                                'unit_region_code', u.region_code)
       FROM profile_work w LEFT JOIN dictionary_entries u ON u.id = w.work_unit_id
       WHERE w.account_id = ${accountId}) AS work,
      ${entriesJson('educations', accountId)} AS educations,
      ${entriesJson('trainings', accountId)} AS trainings,
      ${entriesJson('certificates', accountId)} AS certificates,
      (SELECT json_build_object('width', p.width, 'height', p.height, 'bytes', p.bytes, 'updated_at', p.updated_at)
       FROM profile_photos p WHERE p.account_id = ${accountId}) AS photo,
      -- A look-up by primary key for each chosen id: an IN (…) here was planned as a scan of the whole dictionary.
      (SELECT coalesce(json_agg(json_build_object('id', d.id, 'name', d.name, 'code', d.code)), '[]')
       FROM profile_educations e
       CROSS JOIN LATERAL (VALUES (e.school_id), (e.major_id)) AS chosen(id)
       CROSS JOIN LATERAL (SELECT id, name, code FROM dictionary_entries WHERE id = chosen.id) d
       WHERE e.account_id = ${accountId}) AS names`.execute(ex);
  const r = rows[0]!;
  const all = (list: Record<string, unknown>[]) => list.map((row) => asRow<Record<string, unknown>>(row));
  return {
    contact: r.contact ? asRow<NonNullable<Awaited<ReturnType<typeof findContact>>>>(r.contact) : undefined,
    work: r.work ? asRow<NonNullable<Awaited<ReturnType<typeof findWork>>>>(r.work) : undefined,
    educations: all(r.educations),
    trainings: all(r.trainings),
    certificates: all(r.certificates),
    photo: r.photo ? asRow<Awaited<ReturnType<typeof upsertPhoto>>>(r.photo) : undefined,
    names: new Map(
      all(r.names).map((n) => [n.id as string, { name: n.name as string, code: n.code as string | null }]),
    ),
  };
}
export async function listEntries(
  ex: Executor,
  group: EntryGroup,
  accountId: string,
): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(ENTRY_GROUPS[group].table)}
    WHERE account_id = ${accountId} ORDER BY id`.execute(ex);
  return rows;
}

export async function findEntry(ex: Executor, group: EntryGroup, accountId: string, id: string) {
  const { rows } = await sql<{ id: string; lock_count: number; verified_at: Date | null }>`
    SELECT id, lock_count, verified_at FROM ${sql.table(ENTRY_GROUPS[group].table)}
    WHERE id = ${id} AND account_id = ${accountId}`.execute(ex);
  return rows[0];
}

function assignments(columns: Record<string, unknown>) {
  return sql.join(Object.entries(columns).map(([column, value]) => sql`${sql.ref(column)} = ${value}`));
}

export async function insertEntry(
  ex: Executor,
  group: EntryGroup,
  accountId: string,
  columns: Record<string, unknown>,
): Promise<string> {
  const names = Object.keys(columns);
  const { rows } = await sql<{ id: string }>`INSERT INTO ${sql.table(ENTRY_GROUPS[group].table)}
    (account_id, ${sql.join(names.map((n) => sql.ref(n)))})
    VALUES (${accountId}, ${sql.join(names.map((n) => sql`${columns[n]}`))}) RETURNING id`.execute(ex);
  return rows[0]!.id;
}

/** Updates an entry that is neither locked nor verified; false when it was (a race with a submit or a review). */
export async function updateEntry(
  ex: Executor,
  group: EntryGroup,
  accountId: string,
  id: string,
  columns: Record<string, unknown>,
): Promise<boolean> {
  const result = await sql`UPDATE ${sql.table(ENTRY_GROUPS[group].table)}
    SET ${assignments(columns)}, updated_at = now()
    WHERE id = ${id} AND account_id = ${accountId} AND lock_count = 0 AND verified_at IS NULL`.execute(ex);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** Deletes an entry that is not locked (a verified one may go: it is the candidate's to drop); false otherwise. */
export async function deleteEntry(ex: Executor, group: EntryGroup, accountId: string, id: string): Promise<boolean> {
  const result = await sql`DELETE FROM ${sql.table(ENTRY_GROUPS[group].table)}
    WHERE id = ${id} AND account_id = ${accountId} AND lock_count = 0`.execute(ex);
  return Number(result.numAffectedRows ?? 0) === 1;
}

export function findContact(ex: Executor, accountId: string) {
  return ex.selectFrom('profile_contacts').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

export async function upsertContact(ex: Executor, row: Omit<ProfileContactsTable, 'updated_at'>): Promise<void> {
  await ex
    .insertInto('profile_contacts')
    .values(row)
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ ...row, updated_at: new Date() }))
    .execute();
}

export function findWork(ex: Executor, accountId: string) {
  return ex
    .selectFrom('profile_work as w')
    .leftJoin('dictionary_entries as u', 'u.id', 'w.work_unit_id')
    .select([
      'w.employment_status',
      'w.unit_affiliation',
      'w.work_unit_id',
      'w.title',
      'w.title_obtained_on',
      'w.position',
      'w.military_identity',
      'u.name as unit_name',
      'u.region_code as unit_region_code',
    ])
    .where('w.account_id', '=', accountId)
    .executeTakeFirst();
}

export async function upsertWork(ex: Executor, row: Omit<ProfileWorkTable, 'updated_at'>): Promise<void> {
  await ex
    .insertInto('profile_work')
    .values(row)
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ ...row, updated_at: new Date() }))
    .execute();
}

/** Names (and codes) of dictionary entries, for showing chosen schools, majors and units. */
export async function entryNames(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string; code: string | null }>();
  const rows = await ex
    .selectFrom('dictionary_entries')
    .select(['id', 'name', 'code'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, code: r.code }]));
}

/** True when `id` is an active entry of the dictionary `kind` (never trust an id from the client). */
export async function isDictionaryEntry(ex: Executor, kind: string, id: string): Promise<boolean> {
  const row = await ex
    .selectFrom('dictionary_entries')
    .select('id')
    .where('id', '=', id)
    .where('kind', '=', kind)
    .where('active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

export function findPhoto(ex: Executor, accountId: string) {
  return ex
    .selectFrom('profile_photos')
    .select(['jpeg', 'updated_at'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** Keeps the candidate's photo, replacing any earlier one, with the upload's audit row; returns what is shown of it. */
export function upsertPhoto(
  ex: Executor,
  row: { account_id: string; jpeg: Buffer; width: number; height: number; bytes: number },
  ip: string | null,
) {
  return withAuditRow(ex, { type: 'PHOTO_UPLOADED', actorId: row.account_id, ip, details: { bytes: row.bytes } })
    .insertInto('profile_photos')
    .values(row)
    .onConflict((oc) =>
      oc.column('account_id').doUpdateSet((eb) => ({
        jpeg: eb.ref('excluded.jpeg'),
        width: eb.ref('excluded.width'),
        height: eb.ref('excluded.height'),
        bytes: eb.ref('excluded.bytes'),
        updated_at: sql`now()`,
      })),
    )
    .returning(['width', 'height', 'bytes', 'updated_at'])
    .executeTakeFirstOrThrow();
}
