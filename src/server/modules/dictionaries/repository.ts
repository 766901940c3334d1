import { sql } from 'kysely';
import type { Executor } from '../../db/connect';
import type { StoredAlias } from '../../db/schema';
import type { DictionaryKind } from '../../../domain/dictionary/kinds';

export interface EntryRow {
  kind: DictionaryKind;
  name: string;
  code: string | null;
  regionCode: string | null;
  category: string | null;
  note: string | null;
  initials: string;
  fullPinyin: string;
  aliases: StoredAlias[];
}

const toColumns = (r: EntryRow) => ({
  kind: r.kind,
  name: r.name,
  code: r.code,
  region_code: r.regionCode,
  category: r.category,
  note: r.note,
  initials: r.initials,
  full_pinyin: r.fullPinyin,
  aliases: JSON.stringify(r.aliases),
});

/**
 * Inserts or updates entries by (kind, code), or (kind, name) where there is no code. An unchanged row keeps
 * its change number, so re-importing a file makes no work for the app processes. Returns rows written.
 */
export async function upsertEntries(ex: Executor, rows: readonly EntryRow[]): Promise<number> {
  let written = 0;
  for (const withCode of [true, false]) {
    const batch = rows.filter((r) => (r.code !== null) === withCode);
    if (batch.length === 0) continue;
    const result = await ex
      .insertInto('dictionary_entries')
      .values(batch.map(toColumns))
      .onConflict((oc) =>
        (withCode
          ? oc.columns(['kind', 'code']).where('code', 'is not', null)
          : oc.columns(['kind', 'name']).where('code', 'is', null)
        )
          .doUpdateSet({
            name: (eb) => eb.ref('excluded.name'),
            region_code: (eb) => eb.ref('excluded.region_code'),
            category: (eb) => eb.ref('excluded.category'),
            note: (eb) => eb.ref('excluded.note'),
            initials: (eb) => eb.ref('excluded.initials'),
            full_pinyin: (eb) => eb.ref('excluded.full_pinyin'),
            aliases: (eb) => eb.ref('excluded.aliases'),
            active: true,
            change_seq: sql`nextval('dictionary_change_seq')`,
            updated_at: sql`now()`,
          })
          .where(
            sql<boolean>`(dictionary_entries.name, dictionary_entries.region_code, dictionary_entries.category,
              dictionary_entries.note, dictionary_entries.aliases, dictionary_entries.active)
              IS DISTINCT FROM (excluded.name, excluded.region_code, excluded.category, excluded.note,
              excluded.aliases, true)`,
          ),
      )
      .executeTakeFirst();
    written += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return written;
}

export async function insertEntry(ex: Executor, row: EntryRow): Promise<string> {
  const inserted = await ex
    .insertInto('dictionary_entries')
    .values(toColumns(row))
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export function findEntry(ex: Executor, kind: DictionaryKind, id: string) {
  return ex
    .selectFrom('dictionary_entries')
    .select(['id', 'name', 'code', 'region_code', 'category', 'note'])
    .where('kind', '=', kind)
    .where('id', '=', id)
    .where('active', '=', true)
    .executeTakeFirst();
}

export function findEntryByNaturalKey(ex: Executor, kind: DictionaryKind, name: string, code: string | null) {
  let q = ex.selectFrom('dictionary_entries').select(['id', 'name']).where('kind', '=', kind);
  q = code ? q.where('code', '=', code) : q.where('name', '=', name).where('code', 'is', null);
  return q.executeTakeFirst();
}

/** Entries changed after `afterSeq`, oldest change first: what an app process applies to its index. */
export function entriesChangedSince(ex: Executor, afterSeq: string, limit: number) {
  return ex
    .selectFrom('dictionary_entries')
    .select(['id', 'kind', 'name', 'code', 'region_code', 'initials', 'full_pinyin', 'aliases', 'active', 'change_seq'])
    .where('change_seq', '>', afterSeq)
    .orderBy('change_seq')
    .limit(limit)
    .execute();
}

/**
 * The count and sum of the change numbers after `afterSeq`. A commit among them changes it: an insert adds a
 * number, and an update's new number is above any number the writer could see, so the sum rises. Equal twice,
 * nothing was committed there in between, and the changes need not be read again.
 */
export async function changesFingerprint(ex: Executor, afterSeq: string): Promise<string> {
  const row = await ex
    .selectFrom('dictionary_entries')
    .select(sql<string>`count(*) || '/' || coalesce(sum(change_seq), 0)`.as('fingerprint'))
    .where('change_seq', '>', afterSeq)
    .executeTakeFirstOrThrow();
  return row.fingerprint;
}

export async function lastChangeSeq(ex: Executor): Promise<string> {
  const row = await ex
    .selectFrom('dictionary_entries')
    .select(sql<string>`coalesce(max(change_seq), 0)`.as('seq'))
    .executeTakeFirstOrThrow();
  return row.seq;
}
