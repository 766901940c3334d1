import { readingsOf } from './readings';

/**
 * The pinyin forms of a name, computed once when it is written. `full` holds the readings of the name's
 * characters joined by `'` (bei'jing'da'xue): the primary (contextual) reading first, then one variant per other
 * reading of a polyphonic character, varied one position at a time. `initials` holds their first letters
 * (bjdx), deduplicated. Digits and Latin letters stand for themselves; punctuation has no reading.
 */
export interface SearchKeys {
  initials: string[];
  full: string[];
}

/** Separates readings inside a full form. */
export const SYLLABLE_SEPARATOR = "'";
const VARIANT_SEPARATOR = '|';
const DELTA_MARK = ':';
// Primary plus one variant per alternative reading, varied one position at a time, grows linearly with the
// name (all combinations would grow exponentially); a long name of polyphones keeps its first 32 alternatives.
const MAX_ALTERNATIVES = 32;

/** The search keys of a name (runs pinyin-pro: call it when a name is written, not per query). */
export function searchKeysOf(name: string): SearchKeys {
  const chars = readingsOf(name).filter((readings) => readings.length > 0);
  const primary = chars.map((readings) => readings[0]!);
  const full = [primary.join(SYLLABLE_SEPARATOR)];
  const initials = new Set([primary.map((r) => r[0]).join('')]);
  let alternatives = 0;
  chars.forEach((readings, position) => {
    for (const reading of readings.slice(1)) {
      if (alternatives++ >= MAX_ALTERNATIVES) return;
      const variant = primary.with(position, reading);
      full.push(variant.join(SYLLABLE_SEPARATOR));
      initials.add(variant.map((r) => r[0]).join(''));
    }
  });
  if (primary.length === 0) return { initials: [], full: [] };
  return { initials: [...initials], full };
}

/**
 * The two text columns stored with an entry. Initials are joined by `|`; a full variant that differs from the
 * primary in one reading is stored as `position:reading` (`bei'jing'da'xue|2:dai`), which keeps a million rows
 * several times smaller than spelling every variant out.
 */
export function encodeKeys(keys: SearchKeys): { initials: string; full: string } {
  const [primary, ...variants] = keys.full;
  if (primary === undefined) return { initials: keys.initials.join(VARIANT_SEPARATOR), full: '' };
  const base = primary.split(SYLLABLE_SEPARATOR);
  const encoded = variants.map((variant) => {
    const readings = variant.split(SYLLABLE_SEPARATOR);
    const changed = readings.length === base.length ? readings.flatMap((r, i) => (r === base[i] ? [] : [i])) : [];
    const position = changed[0];
    return changed.length === 1 && position !== undefined ? `${position}${DELTA_MARK}${readings[position]}` : variant;
  });
  return { initials: keys.initials.join(VARIANT_SEPARATOR), full: [primary, ...encoded].join(VARIANT_SEPARATOR) };
}

const STORED_FULL = Symbol('stored full column');

function expandFull(full: string): string[] {
  if (full === '') return [];
  const [primary = '', ...variants] = full.split(VARIANT_SEPARATOR);
  const base = primary.split(SYLLABLE_SEPARATOR);
  return [
    primary,
    ...variants.map((variant) => {
      const mark = variant.indexOf(DELTA_MARK);
      if (mark < 0) return variant;
      return base.with(Number(variant.slice(0, mark)), variant.slice(mark + 1)).join(SYLLABLE_SEPARATOR);
    }),
  ];
}

/**
 * Reads the two text columns back (the inverse of `encodeKeys`). The lists are expanded on first access only:
 * the index reads the stored full column itself (`storedFull`), so loading a million rows builds no variant
 * strings at all.
 */
export function decodeKeys(initials: string, full: string): SearchKeys {
  let initialsList: string[] | undefined;
  let fullList: string[] | undefined;
  return {
    get initials() {
      return (initialsList ??= initials === '' ? [] : initials.split(VARIANT_SEPARATOR));
    },
    get full() {
      return (fullList ??= expandFull(full));
    },
    [STORED_FULL]: full,
  } as SearchKeys;
}

/** The full column of `keys` as `encodeKeys` writes it (without re-encoding keys that were decoded from it). */
export function storedFull(keys: SearchKeys): string {
  const stored = (keys as SearchKeys & { [STORED_FULL]?: string })[STORED_FULL];
  return stored ?? encodeKeys(keys).full;
}
