import { Columns, type DocInput } from './columns';
import type { SearchKeys } from './keys';
import type { Plan } from './query';
import { parseQuery } from './query';
import { RegionTable } from './region-table';
import { Segment } from './segment';
import { searchSegment, type Hit } from './segment-search';
import { parseReadings, TokenTable } from './tokens';

/** An entry as the index takes it: keys already computed (`searchKeysOf` at write time, `decodeKeys` at load). */
export interface IndexedEntry {
  id: number;
  name: string;
  code: string | null;
  regionCode: string | null;
  keys: SearchKeys;
  aliases: { name: string; keys: SearchKeys }[];
}

/** One answer; `alias` is the alias that matched when the entry was found by a former name. */
export interface SearchHit {
  id: number;
  name: string;
  code: string | null;
  regionCode: string | null;
  alias?: string;
}

/** The most answers one search returns. */
export const MAX_LIMIT = 100;
// The work of one search is bounded: at most this many candidate documents are looked at, over all segments
// (about 20 ms at worst). Only a query whose rarest grams are common but which matches almost nothing reaches
// it; its answer is then what was found (never a false match, possibly not all of them).
const MAX_VISITS = 200_000;
// A new segment merges into the one before it unless that one is this many times larger, so a long run of
// upserts costs O(log n) rebuilds per entry and a search visits O(log n) segments.
const MERGE_RATIO = 4;

const byRank = (a: Hit, b: Hit) => a.cls - b.cls || a.length - b.length || a.id - b.id || a.doc - b.doc;

/**
 * The in-process search of one dictionary (R-DICT-1): Chinese substrings, pinyin initials anywhere, full pinyin
 * from a syllable on, aliases, and the code exactly; ranked exact → prefix → inside, then shorter names, then id.
 * Upserts and removals are buffered and indexed by the next search (or `flush`) as a new segment.
 */
export class SearchIndex {
  private readonly tokens = new TokenTable();
  private readonly regions = new RegionTable();
  private segments: Segment[] = [];
  private pending = new Columns();
  private readonly pendingRow = new Map<number, number>();
  private readonly allowedCache = new Map<string, Uint8Array>();

  /** Builds an index of `entries` in one segment. */
  static build(entries: Iterable<IndexedEntry>): SearchIndex {
    const index = new SearchIndex();
    for (const entry of entries) index.upsert(entry);
    index.flush();
    return index;
  }

  /** Adds or replaces the entry with `entry.id`. */
  upsert(entry: IndexedEntry): void {
    this.remove(entry.id);
    const doc = (name: string, keys: SearchKeys): DocInput => {
      const { tokens, alternatives } = parseReadings(keys, this.tokens);
      return { name, tokens, alternatives };
    };
    const docs = [doc(entry.name, entry.keys), ...entry.aliases.map((a) => doc(a.name, a.keys))];
    const row = this.pending.add(entry.id, entry.code, this.regions.idOf(entry.regionCode), docs);
    this.pendingRow.set(entry.id, row);
  }

  /** Removes the entry with `id`, if any. */
  remove(id: number): void {
    const row = this.pendingRow.get(id);
    if (row !== undefined) {
      this.pending.live[row] = false;
      this.pendingRow.delete(id);
    }
    for (const segment of this.segments) {
      const e = segment.find(id);
      if (e >= 0) segment.kill(e);
    }
  }

  /** The number of live entries. */
  get size(): number {
    return this.segments.reduce((sum, s) => sum + s.liveCount, 0) + this.pendingRow.size;
  }

  /** Indexes buffered changes now (after a bulk load, so that the first search does not pay for it). */
  flush(): void {
    if (this.pending.entryCount > 0) {
      const rows = [...this.pendingRow.values()].sort((a, b) => a - b);
      if (rows.length > 0) this.segments.push(Segment.build(this.pending, rows, this.tokens, this.regions));
      this.pending = new Columns();
      this.pendingRow.clear();
      this.allowedCache.clear();
    }
    this.segments = this.segments.filter((s) => s.liveCount > 0);
    for (;;) {
      const last = this.segments.at(-1);
      const previous = this.segments.at(-2);
      if (!last || !previous || previous.liveCount > MERGE_RATIO * last.liveCount) break;
      this.segments.splice(-2, 2, this.rebuild([previous, last]));
    }
    // A segment mostly made of removed entries is rebuilt, so dead documents do not eat the work bound.
    this.segments = this.segments.map((s) => (s.liveCount * 2 < s.entryCount ? this.rebuild([s]) : s));
  }

  private rebuild(segments: Segment[]): Segment {
    const columns = new Columns();
    for (const segment of segments) segment.copyLiveTo(columns);
    return Segment.build(
      columns,
      Array.from({ length: columns.entryCount }, (_, i) => i),
      this.tokens,
      this.regions,
    );
  }

  /** The best `limit` entries matching `q` (within a GB/T 2260 `region` prefix when given), best first. */
  search(q: string, options: { limit: number; region?: string }): SearchHit[] {
    if (!(options.limit >= 1)) return [];
    const query = parseQuery(q, this.tokens);
    if (!query) return [];
    this.flush();
    const limit = Math.min(Math.floor(options.limit), MAX_LIMIT);
    const { region } = options;
    let allowed: Uint8Array | null = null;
    let regionPlan: Plan | null = null;
    if (region !== undefined && region !== '') {
      allowed = this.allowedCache.get(region) ?? this.regions.allowed(region);
      if (this.allowedCache.size > 1000) this.allowedCache.clear();
      this.allowedCache.set(region, allowed);
      const key = this.regions.prefixKey(region);
      if (key !== null) regionPlan = { gram: key };
    }
    const request = { query, limit, table: this.tokens, allowed, regionPlan, budget: { visits: MAX_VISITS } };
    const hits = this.segments.flatMap((segment) => searchSegment(segment, request));
    return hits
      .sort(byRank)
      .slice(0, limit)
      .map(({ segment, entry, doc }) => {
        const main = segment.mainDoc[entry]!;
        const out: SearchHit = {
          id: segment.entryId[entry]!,
          name: segment.name(main),
          code: segment.code(entry),
          regionCode: this.regions.codes[segment.entryRegion[entry]!] ?? null,
        };
        if (doc !== main) out.alias = segment.name(doc);
        return out;
      });
  }

  /** Memory held by the built segments, and their number. */
  stats(): { segments: number; entries: number; documents: number; bytes: number } {
    return {
      segments: this.segments.length,
      entries: this.size,
      documents: this.segments.reduce((sum, s) => sum + s.docCount, 0),
      bytes: this.segments.reduce((sum, s) => sum + s.bytes, 0),
    };
  }
}
