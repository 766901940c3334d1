import { sql } from 'kysely';
import type { Executor } from '../../db/connect';
import type { ProfileContactsTable, ProfileWorkTable } from '../../db/schema';
import { ENTRY_GROUPS, type EntryGroup } from './entry-groups';

// The three entry tables share their shape, so one set of queries (naming the table) serves them all.
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

export function findPhotoMeta(ex: Executor, accountId: string) {
  return ex
    .selectFrom('profile_photos')
    .select(['width', 'height', 'bytes', 'updated_at'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export function findPhoto(ex: Executor, accountId: string) {
  return ex
    .selectFrom('profile_photos')
    .select(['jpeg', 'updated_at'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

export async function upsertPhoto(
  ex: Executor,
  row: { account_id: string; jpeg: Buffer; width: number; height: number; bytes: number },
): Promise<void> {
  await ex
    .insertInto('profile_photos')
    .values(row)
    .onConflict((oc) => oc.column('account_id').doUpdateSet({ ...row, updated_at: new Date() }))
    .execute();
}
