import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/connect';
import { DICTIONARY_KINDS, type DictionaryKind } from '../../../domain/dictionary/kinds';
import { decodeKeys } from './search/keys';
import { SearchIndex, type IndexedEntry, type SearchHit } from './search/search-index';
import { changesFingerprint, entriesChangedSince } from './repository';

const PAGE = 20_000;
// Change numbers are drawn when a transaction writes, not when it commits: a slow writer can commit a
// number below one already seen. Re-reading a margin below the last number catches it (re-applying is harmless),
// when its fingerprint says something was committed there: re-reading it on every poll held the event loop
// ~100 ms every 2 s on the embedded database, the p99 of every route.
const LOOKBACK = 5_000n;

type ChangedRow = Awaited<ReturnType<typeof entriesChangedSince>>[number];

function toIndexed(row: ChangedRow): IndexedEntry {
  return {
    id: Number(row.id),
    name: row.name,
    code: row.code,
    regionCode: row.region_code,
    keys: decodeKeys(row.initials, row.full_pinyin),
    aliases: row.aliases.map((a) => ({ name: a.name, keys: decodeKeys(a.initials, a.full) })),
  };
}

/**
 * The in-process search indexes of the three dictionaries, loaded at start and kept fresh by polling the
 * change numbers: an approval or an import in any app process is searchable in every process within seconds.
 */
export class DictionaryStore {
  private readonly indexes = new Map<DictionaryKind, SearchIndex>(DICTIONARY_KINDS.map((k) => [k, new SearchIndex()]));
  private lastSeq = 0n;
  /** Change numbers applied within the look-back window, so a re-read does no work twice. */
  private readonly recent = new Set<bigint>();
  /** The window last read and its changesFingerprint, taken before reading it. */
  private windowRead: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<number> | undefined;
  private queued: Promise<number> | undefined;

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
  ) {}

  search(kind: DictionaryKind, q: string, options: { limit: number; region?: string }): SearchHit[] {
    return this.indexes.get(kind)!.search(q, options);
  }

  size(kind: DictionaryKind): number {
    return this.indexes.get(kind)!.size;
  }

  /** Applies every change committed before this call; returns how many rows were applied. */
  refresh(): Promise<number> {
    if (!this.refreshing) {
      this.refreshing = this.applyChanges().finally(() => (this.refreshing = undefined));
      return this.refreshing;
    }
    // One refresh at a time. The one running may have read before the caller's change committed (a writer asking
    // for "at once" while the poller runs): the caller gets the next one, shared by all who ask meanwhile.
    this.queued ??= this.refreshing
      .catch(() => 0)
      .then(() => {
        this.queued = undefined;
        return this.refresh();
      });
    return this.queued;
  }

  private async applyChanges(): Promise<number> {
    let applied = 0;
    const touched = new Set<SearchIndex>();
    let from = this.lastSeq > LOOKBACK ? this.lastSeq - LOOKBACK : 0n;
    // Taken before the read: a commit after it changes the next one, so it is read then.
    const window = `${from}:${await changesFingerprint(this.db, from.toString())}`;
    if (window === this.windowRead) return 0;
    for (;;) {
      const rows = await entriesChangedSince(this.db, from.toString(), PAGE);
      for (const row of rows) {
        const seq = BigInt(row.change_seq);
        const index = this.indexes.get(row.kind as DictionaryKind);
        if (!index || this.recent.has(seq)) continue;
        if (row.active) index.upsert(toIndexed(row));
        else index.remove(Number(row.id));
        touched.add(index);
        this.recent.add(seq);
        applied++;
      }
      if (rows.length > 0) {
        from = BigInt(rows[rows.length - 1]!.change_seq);
        if (from > this.lastSeq) this.lastSeq = from;
      }
      for (const seq of this.recent) if (seq <= this.lastSeq - LOOKBACK) this.recent.delete(seq);
      if (rows.length < PAGE) break;
    }
    // Index the changes here, at start (before the server listens) and in the poller, once for all pages: left to
    // the next search, a million loaded rows made a candidate's first search wait tens of seconds.
    for (const index of touched) index.flush();
    this.windowRead = window;
    return applied;
  }

  /** Polls for changes every `intervalMs` until stopped. */
  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.refresh().catch((err: unknown) => this.log.warn({ err }, 'dictionary refresh failed'));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await (this.queued ?? this.refreshing);
  }
}
