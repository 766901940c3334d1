import { END, type Cursor } from './cursors';
import { MatchClass } from './match-class';
import { classifyName, ReadingsMatcher } from './matcher';
import { openPlan } from './plan-cursor';
import type { Plan, Query } from './query';
import type { Segment } from './segment';
import type { TokenTable } from './tokens';

/** One matching entry of a segment, with its ranking keys. */
export interface Hit {
  cls: number;
  length: number;
  id: number;
  segment: Segment;
  entry: number;
  /** The document (name or alias) that matched best. */
  doc: number;
}

/** What one search asks of every segment. */
export interface SearchRequest {
  query: Query;
  limit: number;
  table: TokenTable;
  /** Region numbers allowed (null: any), and the postings of the region prefix when it has them. */
  allowed: Uint8Array | null;
  regionPlan: Plan | null;
  /** Candidates left to visit in this search (shared by its segments). */
  budget: { visits: number };
}

function openWithRegion(plan: Plan, request: SearchRequest, segment: Segment): Cursor | null {
  return openPlan(request.regionPlan ? { and: [plan, request.regionPlan] } : plan, segment.postings);
}

/**
 * The best `limit` entries of one segment, best first. Documents are numbered by (length, id), so each scan meets
 * a class's members best first and stops once it has enough:
 * 1. the code, exactly;
 * 2. prefix candidates: every exact or prefix match, until `limit` are found and no exact one can follow (an
 *    exact form has as many readings as the query has characters at most, so past that length none can);
 * 3. only if those are fewer than `limit`: inside candidates, until the rest are found. The prefix scan was then
 *    complete, so an entry it did not find matches inside at best.
 */
export function searchSegment(segment: Segment, request: SearchRequest): Hit[] {
  const { query, limit, allowed, budget } = request;
  const q = query.text;
  const readings = query.alphanumeric ? new ReadingsMatcher(q, request.table, segment) : null;
  const classify = (doc: number): number => {
    if (readings) return readings.classify(doc);
    const normalized = segment.normalizedNames.get(doc);
    return normalized === undefined
      ? classifyName(segment.names, segment.nameStart[doc]!, segment.nameStart[doc + 1]!, q)
      : classifyName(normalized, 0, normalized.length, q);
  };
  const accepts = (e: number) => !segment.dead[e] && (!allowed || allowed[segment.entryRegion[e]!] === 1);
  const hit = (cls: number, entry: number, doc: number): Hit => ({
    cls,
    length: segment.docLength[doc]!,
    id: segment.entryId[entry]!,
    segment,
    entry,
    doc,
  });

  const exact = new Map<number, Hit>();
  const prefix = new Map<number, Hit>();
  const inside = new Map<number, Hit>();
  const found = () => exact.size + prefix.size + inside.size;
  const record = (cls: number, e: number, doc: number) => {
    if (cls === MatchClass.exact) {
      const known = exact.get(e);
      if (!known || doc < known.doc) exact.set(e, hit(cls, e, doc));
      prefix.delete(e);
      inside.delete(e);
    } else if (cls === MatchClass.prefix && !exact.has(e) && !prefix.has(e)) {
      prefix.set(e, hit(cls, e, doc));
      inside.delete(e);
    } else if (cls === MatchClass.inside && !exact.has(e) && !prefix.has(e) && !inside.has(e)) {
      inside.set(e, hit(cls, e, doc));
    }
  };

  for (const e of segment.findCode(q)) if (accepts(e)) record(MatchClass.exact, e, segment.mainDoc[e]!);

  const prefixes = openWithRegion(query.prefix, request, segment);
  if (prefixes) {
    for (let doc = prefixes.next(); doc !== END && budget.visits-- > 0; doc = prefixes.next()) {
      if (segment.docLength[doc]! > q.length && found() >= limit) break;
      const e = segment.docEntry[doc]!;
      if (!accepts(e)) continue;
      // An inside match met here is left to the inside scan, which meets all of them in rank order.
      const cls = classify(doc);
      if (cls !== MatchClass.inside) record(cls, e, doc);
    }
  }
  const candidates = found() < limit ? openWithRegion(query.contains, request, segment) : null;
  if (candidates) {
    for (let doc = candidates.next(); doc !== END && budget.visits-- > 0; doc = candidates.next()) {
      const e = segment.docEntry[doc]!;
      if (exact.has(e) || prefix.has(e) || inside.has(e) || !accepts(e)) continue;
      record(classify(doc), e, doc);
      if (found() >= limit) break;
    }
  }
  const byDoc = (a: Hit, b: Hit) => a.doc - b.doc;
  return [...[...exact.values()].sort(byDoc), ...[...prefix.values()].sort(byDoc), ...inside.values()].slice(0, limit);
}
