import { SYLLABLE_SEPARATOR, type SearchKeys } from './keys';
import { MatchClass } from './match-class';
import { MAX_QUERY_LENGTH, normalizeText } from './normalize';
import { MAX_LIMIT, type IndexedEntry, type SearchHit } from './search-index';

function classOf(form: string, q: string): number {
  if (form === q) return MatchClass.exact;
  if (form.startsWith(q)) return MatchClass.prefix;
  return form.includes(q) ? MatchClass.inside : MatchClass.none;
}

interface Forms {
  raw: string;
  name: string;
  /** Each full variant, its readings joined. */
  heads: string[];
  /** Where each reading of each variant starts in its head. */
  starts: Set<number>[];
}

// Per keys object: the scan re-reads the same entries for every query.
const formsCache = new WeakMap<SearchKeys, Forms>();

function formsOf(name: string, keys: SearchKeys): Forms {
  let forms = formsCache.get(keys);
  if (forms?.raw !== name) {
    const readings = keys.full.map((full) => (full === '' ? [] : full.split(SYLLABLE_SEPARATOR)));
    const starts = readings.map((r) => new Set(r.map((_, s) => r.slice(0, s).join('').length)));
    forms = { raw: name, name: normalizeText(name), heads: readings.map((r) => r.join('')), starts };
    formsCache.set(keys, forms);
  }
  return forms;
}

/** The best class of one name (its own text, its initials, its full pinyin from any syllable) for `q`. */
export function formClass(name: string, keys: SearchKeys, q: string): number {
  const forms = formsOf(name, keys);
  let best = classOf(forms.name, q);
  for (const initials of keys.initials) best = Math.min(best, classOf(initials, q));
  forms.heads.forEach((head, v) => {
    for (let at = head.indexOf(q); at >= 0; at = head.indexOf(q, at + 1)) {
      if (forms.starts[v]!.has(at)) best = Math.min(best, at > 0 ? MatchClass.inside : classOf(head, q));
    }
  });
  return best;
}

const readingCount = (keys: SearchKeys) => (keys.full[0] ? keys.full[0].split(SYLLABLE_SEPARATOR).length : 0);

/**
 * The specification of `SearchIndex.search` as a brute-force scan of every form of every entry: the tests compare
 * the index with it on random data, membership and order.
 */
export function referenceSearch(
  entries: readonly IndexedEntry[],
  raw: string,
  options: { limit: number; region?: string },
): SearchHit[] {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_QUERY_LENGTH || !(options.limit >= 1)) return [];
  const q = normalizeText(trimmed);
  const ranked: { cls: number; length: number; id: number; hit: SearchHit }[] = [];
  for (const entry of entries) {
    if (options.region && !entry.regionCode?.startsWith(options.region)) continue;
    const docs = [{ name: entry.name, keys: entry.keys }, ...entry.aliases];
    let best = { cls: MatchClass.none as number, length: 0, doc: 0 };
    docs.forEach((doc, i) => {
      let cls = formClass(doc.name, doc.keys, q);
      if (i === 0 && entry.code !== null && normalizeText(entry.code) === q) cls = MatchClass.exact;
      const length = readingCount(doc.keys);
      if (cls < best.cls || (cls === best.cls && length < best.length)) best = { cls, length, doc: i };
    });
    if (best.cls === MatchClass.none) continue;
    const hit: SearchHit = { id: entry.id, name: entry.name, code: entry.code, regionCode: entry.regionCode };
    if (best.doc > 0) hit.alias = docs[best.doc]!.name;
    ranked.push({ cls: best.cls, length: best.length, id: entry.id, hit });
  }
  ranked.sort((a, b) => a.cls - b.cls || a.length - b.length || a.id - b.id);
  return ranked.slice(0, Math.min(Math.floor(options.limit), MAX_LIMIT)).map((r) => r.hit);
}
