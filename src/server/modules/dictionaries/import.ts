import { z } from 'zod';
import type { Db } from '../../db/connect';
import type { DictionaryKind } from '../../../domain/dictionary/kinds';
import { insertAuditEvent } from '../audit/repository';
import { upsertEntries, type EntryRow } from './repository';
import { encodeKeys, searchKeysOf } from './search/keys';

export interface ImportRecord {
  /** 1-based line in the source file, for the report. */
  line: number;
  fields: Record<string, string | undefined>;
}

export interface BadRow {
  line: number;
  reason: string;
}

export interface ImportReport {
  read: number;
  written: number;
  bad: BadRow[];
}

const BATCH = 2000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : null));

const rowSchema = (kind: DictionaryKind) =>
  z.object({
    name: z
      .string({ message: '缺少名称' })
      .trim()
      .min(2, { message: '名称少于2个字' })
      .max(60, { message: '名称超过60个字' })
      .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), { message: '名称含不可见字符' }),
    regionCode: z
      .string()
      .trim()
      .optional()
      .transform((s) => (s ? s : null))
      .refine(
        (s) =>
          kind === 'work-units' ? s !== null && /^\d{6}$/.test(s) : s === null || /^(\d{2}|\d{4}|\d{6})$/.test(s),
        {
          message: kind === 'work-units' ? 'regionCode 应为6位行政区划代码' : 'regionCode 应为2、4或6位数字',
        },
      ),
    code: z
      .string()
      .trim()
      .optional()
      .transform((s) => (s ? s : null))
      .refine((s) => s === null || /^[0-9A-Za-z]{1,30}$/.test(s), { message: 'code 只能是1–30位字母或数字' }),
    category: text(20),
    note: text(100),
    aliases: z
      .string()
      .optional()
      .transform((s) =>
        s
          ? s
              .split('|')
              .map((a) => a.trim())
              .filter((a) => a.length >= 2)
          : [],
      ),
  });

/** Turns a validated row into what is stored, with its search keys computed now, at write time. */
function toEntry(kind: DictionaryKind, row: z.output<ReturnType<typeof rowSchema>>): EntryRow {
  const keys = encodeKeys(searchKeysOf(row.name));
  return {
    kind,
    name: row.name,
    code: row.code,
    regionCode: row.regionCode,
    category: row.category,
    note: row.note,
    initials: keys.initials,
    fullPinyin: keys.full,
    aliases: row.aliases.map((name) => {
      const k = encodeKeys(searchKeysOf(name));
      return { name, initials: k.initials, full: k.full };
    }),
  };
}

/**
 * Loads records into a dictionary in batches (one transaction each): idempotent by code, or by name
 * where there is no code; a bad row is reported with its line and skipped, the rest are loaded.
 */
export async function importEntries(
  db: Db,
  kind: DictionaryKind,
  records: AsyncIterable<ImportRecord> | Iterable<ImportRecord>,
  onBatch: (report: ImportReport) => void = () => {},
): Promise<ImportReport> {
  const schema = rowSchema(kind);
  const report: ImportReport = { read: 0, written: 0, bad: [] };
  // Within one batch a key may appear once: the last row of a file wins, as a re-import would.
  let batch = new Map<string, EntryRow>();
  // One batch is written while the next is parsed and its pinyin computed: on PostgreSQL the two overlap,
  // which takes a million rows from about two minutes to about one.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    if (batch.size === 0) return;
    const rows = [...batch.values()];
    batch = new Map();
    writing = db
      .transaction()
      .execute((trx) => upsertEntries(trx, rows))
      .then((written) => {
        report.written += written;
        onBatch(report);
      });
    // A failed write must not go unobserved while the next batch is parsed; it is rethrown at the next await.
    writing.catch(() => {});
  };
  for await (const record of records) {
    report.read++;
    const parsed = schema.safeParse(record.fields);
    if (!parsed.success) {
      report.bad.push({ line: record.line, reason: parsed.error.issues.map((i) => i.message).join('；') });
      continue;
    }
    const entry = toEntry(kind, parsed.data);
    batch.set(entry.code ? `c:${entry.code}` : `n:${entry.name}`, entry);
    if (batch.size >= BATCH) await flush();
  }
  await flush();
  await writing;
  await insertAuditEvent(db, {
    type: 'DICTIONARY_IMPORTED',
    actorId: null,
    details: { kind, read: report.read, written: report.written, bad: report.bad.length },
  });
  return report;
}
