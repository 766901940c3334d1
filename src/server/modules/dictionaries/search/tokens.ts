import { asciiCode } from './gram-keys';
import { NumberMap } from './number-map';
import { storedFull, SYLLABLE_SEPARATOR, type SearchKeys } from './keys';

/** The readings (pinyin syllables, digits, letters) of one index, numbered so documents store them as uint16. */
export class TokenTable {
  readonly strings: string[] = [];
  /** The code unit of each reading's first letter. */
  readonly initial: number[] = [];
  maxLength = 0;
  private readonly ids = new Map<string, number>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly byCode = new NumberMap(1024);

  /** The id of `reading`, numbering it if new. */
  idOf(reading: string): number {
    let id = this.ids.get(reading);
    if (id === undefined) {
      id = this.strings.length;
      if (id > 0xffff) throw new Error('more than 65,536 distinct readings');
      this.ids.set(reading, id);
      this.strings.push(reading);
      this.initial.push(reading.charCodeAt(0));
      this.maxLength = Math.max(this.maxLength, reading.length);
      for (let n = 1; n <= reading.length; n++) {
        const prefix = reading.slice(0, n);
        this.prefixes.set(prefix, [...(this.prefixes.get(prefix) ?? []), id]);
      }
    }
    return id;
  }

  /** The id of the reading `text[start, end)`; short alphanumeric ones are found by a number, not a new string. */
  idOfSpan(text: string, start: number, end: number): number {
    if (end - start > 10) return this.idOf(text.slice(start, end));
    let code = 0;
    for (let i = start; i < end; i++) {
      const c = asciiCode(text.charCodeAt(i));
      if (c === 0) return this.idOf(text.slice(start, end));
      code = code * 37 + c;
    }
    const id = this.byCode.get(code);
    if (id >= 0) return id;
    const added = this.idOf(text.slice(start, end));
    this.byCode.getOrSet(code, added);
    return added;
  }

  /** The readings that start with `text`. */
  startingWith(text: string): readonly number[] {
    return this.prefixes.get(text) ?? [];
  }

  /** The id of `reading`, if any document has it. */
  find(reading: string): number | undefined {
    return this.ids.get(reading);
  }
}

const QUOTE = SYLLABLE_SEPARATOR.charCodeAt(0);
const BAR = '|'.charCodeAt(0);

/**
 * The readings of a name as token ids: `tokens` the primary, `alternatives` (position, token) pairs for its
 * variants. Scans the stored full column (`bei'jing'da'xue|2:dai`) in place: loading a million rows allocates
 * no string per reading. A spelled-out variant that differs from the primary in more than one reading is not one
 * `searchKeysOf` makes and is ignored (a missed match, never a false one).
 */
export function parseReadings(keys: SearchKeys, table: TokenTable): { tokens: number[]; alternatives: number[] } {
  const full = storedFull(keys);
  const tokens: number[] = [];
  const alternatives: number[] = [];
  let i = 0;
  while (i < full.length && full.charCodeAt(i) !== BAR) {
    const start = i;
    while (i < full.length && full.charCodeAt(i) !== QUOTE && full.charCodeAt(i) !== BAR) i++;
    tokens.push(table.idOfSpan(full, start, i));
    if (full.charCodeAt(i) === QUOTE) i++;
  }
  while (i < full.length) {
    const start = i + 1;
    const bar = full.indexOf('|', start);
    const end = bar < 0 ? full.length : bar;
    const colon = full.indexOf(':', start);
    if (colon >= 0 && colon < end) {
      const position = Number(full.slice(start, colon));
      if (position >= 0 && position < tokens.length) alternatives.push(position, table.idOfSpan(full, colon + 1, end));
    } else {
      const readings = full
        .slice(start, end)
        .split(SYLLABLE_SEPARATOR)
        .map((r) => table.idOf(r));
      const changed = readings.flatMap((r, p) => (r === tokens[p] ? [] : [p]));
      if (readings.length === tokens.length && changed.length === 1)
        alternatives.push(changed[0]!, readings[changed[0]!]!);
    }
    i = end;
  }
  return { tokens, alternatives };
}
