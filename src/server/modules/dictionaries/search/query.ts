import { Tag, charsKey, pairKey, readingKey } from './gram-keys';
import { isAlphanumeric, normalizeText, MAX_QUERY_LENGTH } from './normalize';
import type { TokenTable } from './tokens';

/** Which documents may match: a gram's posting list, or the intersection / union of sub-plans. */
export type Plan = { gram: number } | { and: Plan[] } | { or: Plan[] };

/** A query ready to run: its normalized text and the candidate plans of its prefix and its inside matches. */
export interface Query {
  text: string;
  /** Digits and Latin letters only: matched against the pinyin forms (which then also cover the name). */
  alphanumeric: boolean;
  /** A superset of the documents with a form containing the text. */
  contains: Plan;
  /** A superset of the documents with a form starting with the text. */
  prefix: Plan;
}

// Full-pinyin candidates follow the query's possible syllable splits this many readings deep; deeper splits only
// narrow the candidates further, and every branch is bounded by the readings that exist.
const MAX_SPLIT_DEPTH = 2;

const gram = (key: number): Plan => ({ gram: key });
const and = (plans: Plan[]): Plan => (plans.length === 1 ? plans[0]! : { and: plans });
const or = (plans: Plan[]): Plan => (plans.length === 1 ? plans[0]! : { or: plans });

function windows(text: string, tag: number, size: number): Plan {
  if (text.length <= size) return gram(charsKey(tag, text, 0, text.length));
  const plans: Plan[] = [];
  for (let i = 0; i + size <= text.length; i++) plans.push(gram(charsKey(tag, text, i, size)));
  return and(plans);
}

/** Documents with a reading that starts with `text` (the query ends inside that reading). */
function readingsStartingWith(text: string, table: TokenTable): Plan | null {
  const readings = table.startingWith(text);
  return readings.length > 0 ? or(readings.map((r) => gram(readingKey(r)))) : null;
}

/**
 * Documents whose full pinyin may contain `text` from `offset` starting at a reading: either the text lies
 * within one reading, or a whole reading `text[offset, offset+k)` is followed by a reading starting with the next
 * letter, and the rest matches from there.
 */
function fullPinyin(text: string, offset: number, depth: number, table: TokenTable): Plan {
  const rest = text.length - offset;
  const options: Plan[] = [];
  const within = readingsStartingWith(text.slice(offset), table);
  if (within) options.push(within);
  for (let k = 1; k < rest && k <= table.maxLength; k++) {
    const reading = table.find(text.slice(offset, offset + k));
    if (reading === undefined) continue;
    const pair = gram(pairKey(reading, text.charCodeAt(offset + k)));
    options.push(
      depth < MAX_SPLIT_DEPTH && rest - k >= 2 ? and([pair, fullPinyin(text, offset + k, depth + 1, table)]) : pair,
    );
  }
  return or(options);
}

/** Normalizes and plans a raw query; null when it cannot match anything (empty or too long). */
export function parseQuery(raw: string, table: TokenTable): Query | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_QUERY_LENGTH) return null;
  const text = normalizeText(trimmed);
  const alphanumeric = isAlphanumeric(text);
  let contains: Plan;
  if (alphanumeric) {
    // One letter: the documents with a reading starting with it (its initials hold it).
    contains =
      text.length === 1
        ? (readingsStartingWith(text, table) ?? or([]))
        : or([windows(text, Tag.initials, 3), fullPinyin(text, 0, 0, table)]);
  } else {
    contains = windows(text, Tag.name, 2);
  }
  const prefix = and([gram(charsKey(Tag.first, text, 0, Math.min(3, text.length))), contains]);
  return { text, alphanumeric, contains, prefix };
}
