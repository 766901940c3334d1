import { MatchClass } from './match-class';
import type { TokenTable } from './tokens';

/** The readings of a segment's documents: token ids and (position, token) alternatives, each by document. */
export interface ReadingsColumns {
  tokens: Uint16Array;
  tokenStart: Int32Array;
  alternatives: Uint16Array;
  alternativeStart: Int32Array;
}

/**
 * Classifies documents against an alphanumeric query through their pinyin forms: the initials (one letter per
 * reading) and the full pinyin starting at a reading, each with at most one reading replaced by an alternative
 * (the variants `searchKeysOf` lists). A Chinese name containing the query implies its initials do.
 */
export class ReadingsMatcher {
  private start = 0;
  private length = 0;
  private altStart = 0;
  private altEnd = 0;

  constructor(
    private readonly q: string,
    private readonly table: TokenTable,
    private readonly columns: ReadingsColumns,
  ) {}

  /** The best match class of document `doc`. */
  classify(doc: number): number {
    const { tokenStart, alternativeStart } = this.columns;
    this.start = tokenStart[doc]!;
    this.length = tokenStart[doc + 1]! - this.start;
    this.altStart = alternativeStart[doc]!;
    this.altEnd = alternativeStart[doc + 1]!;
    if (this.length === 0) return MatchClass.none;
    const n = this.q.length;
    let best: number = MatchClass.none;
    if (this.initialsAt(0)) {
      if (n === this.length) return MatchClass.exact;
      best = MatchClass.prefix;
    }
    const full = this.fullAt(0, 0, false);
    if (full === 2) return MatchClass.exact;
    if (full === 1 || best === MatchClass.prefix) return MatchClass.prefix;
    for (let s = 1; s < this.length; s++) {
      if (this.initialsAt(s) || this.fullAt(s, 0, false) > 0) return MatchClass.inside;
    }
    return MatchClass.none;
  }

  private hasAlternative(position: number, letter: number): boolean {
    const { alternatives } = this.columns;
    for (let j = this.altStart; j < this.altEnd; j += 2) {
      if (alternatives[j] === position && this.table.initial[alternatives[j + 1]!] === letter) return true;
    }
    return false;
  }

  private initialsAt(s: number): boolean {
    const { q } = this;
    const { tokens } = this.columns;
    const { start, length } = this;
    if (s + q.length > length) return false;
    let replaced = false;
    for (let i = 0; i < q.length; i++) {
      const letter = q.charCodeAt(i);
      if (this.table.initial[tokens[start + s + i]!] === letter) continue;
      if (replaced || !this.hasAlternative(s + i, letter)) return false;
      replaced = true;
    }
    return true;
  }

  /**
   * Matches q[offset…] against the readings from `position`: 2 when it ends exactly with the last reading,
   * 1 when it matches otherwise (possibly ending inside a reading), 0 when it does not.
   */
  private fullAt(position: number, offset: number, replaced: boolean): number {
    const { tokens, alternatives } = this.columns;
    let best = this.step(this.table.strings[tokens[this.start + position]!]!, position, offset, replaced);
    if (best === 2 || replaced) return best;
    for (let j = this.altStart; j < this.altEnd; j += 2) {
      if (alternatives[j] !== position) continue;
      best = Math.max(best, this.step(this.table.strings[alternatives[j + 1]!]!, position, offset, true));
      if (best === 2) break;
    }
    return best;
  }

  private step(reading: string, position: number, offset: number, replaced: boolean): number {
    const { q } = this;
    const rest = q.length - offset;
    if (rest <= reading.length) {
      for (let j = 0; j < rest; j++) if (reading.charCodeAt(j) !== q.charCodeAt(offset + j)) return 0;
      return rest === reading.length && position === this.length - 1 ? 2 : 1;
    }
    if (position + 1 >= this.length || !q.startsWith(reading, offset)) return 0;
    return this.fullAt(position + 1, offset + reading.length, replaced);
  }
}

/** Classifies a normalized name against a query that is not alphanumeric (it can only be in the name). */
export function classifyName(names: string, start: number, end: number, q: string): number {
  const n = q.length;
  if (end - start < n) return MatchClass.none;
  if (names.startsWith(q, start)) return end - start === n ? MatchClass.exact : MatchClass.prefix;
  for (let i = start + 1; i + n <= end; i++) if (names.startsWith(q, i)) return MatchClass.inside;
  return MatchClass.none;
}
