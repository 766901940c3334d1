import { Tag, codesKey, nameCharKey, namePairKey, pairKey, readingKey } from './gram-keys';
import type { GramSink } from './postings';
import type { TokenTable } from './tokens';

/** One document's data as its grams need it (one object reused for every document). */
export interface GramSource {
  /** The normalized name. */
  name: string;
  tokens: Uint16Array;
  start: number;
  length: number;
  alternatives: Uint16Array;
  altStart: number;
  altEnd: number;
  regionKeys: readonly number[];
}

/**
 * Emits the grams of documents: name characters and pairs, initials pairs and triples, readings, reading pairs,
 * the first characters of every form, and region prefixes. A variant only adds the grams around its changed
 * reading. Runs twice per document per build, so it allocates nothing.
 */
export class DocGrams {
  /** The initials of the variant being emitted. */
  private readonly letters = new Int32Array(0x10000);
  private readonly head = new Int32Array(3);

  constructor(private readonly table: TokenTable) {}

  emit(out: GramSink, src: GramSource): void {
    const { tokens, start, length, alternatives, altStart, altEnd } = src;
    const { letters, table } = this;
    this.nameGrams(out, src.name);
    for (const key of src.regionKeys) out.add(key);
    if (length === 0) return;
    for (let i = 0; i < length; i++) letters[i] = table.initial[tokens[start + i]!]!;
    this.initialsGrams(out, length, 0, length - 1);
    this.fullStartGrams(out, src, -1, 0);
    for (let i = 0; i < length; i++) {
      const token = tokens[start + i]!;
      out.add(readingKey(token));
      if (i + 1 < length) out.add(pairKey(token, letters[i + 1]!));
    }
    for (let j = altStart; j < altEnd; j += 2) {
      const position = alternatives[j]!;
      const token = alternatives[j + 1]!;
      const letter = table.initial[token]!;
      out.add(readingKey(token));
      if (position + 1 < length) out.add(pairKey(token, letters[position + 1]!));
      if (position > 0) out.add(pairKey(tokens[start + position - 1]!, letter));
      if (position < 3) this.fullStartGrams(out, src, position, token);
      const own = letters[position]!;
      if (letter === own) continue;
      letters[position] = letter;
      this.initialsGrams(out, length, position, position);
      letters[position] = own;
    }
  }

  private nameGrams(out: GramSink, name: string): void {
    let previous = -1;
    for (let i = 0; i < name.length; i++) {
      const unit = name.charCodeAt(i);
      out.add(nameCharKey(unit));
      if (previous >= 0) out.add(namePairKey(previous, unit));
      previous = unit;
    }
    if (name.length === 0) return;
    const a = name.charCodeAt(0);
    out.add(codesKey(Tag.first, a));
    if (name.length > 1) out.add(codesKey(Tag.first, a, name.charCodeAt(1)));
    if (name.length > 2) out.add(codesKey(Tag.first, a, name.charCodeAt(1), name.charCodeAt(2)));
  }

  /** The initials pairs and triples covering `from…to` (a single letter's documents are its readings'). */
  private initialsGrams(out: GramSink, length: number, from: number, to: number): void {
    const { letters } = this;
    for (let i = Math.max(0, from - 2); i <= to && i < length; i++) {
      const a = letters[i]!;
      if (i + 1 < length && i + 1 >= from) out.add(codesKey(Tag.initials, a, letters[i + 1]!));
      if (i + 2 < length) out.add(codesKey(Tag.initials, a, letters[i + 1]!, letters[i + 2]!));
    }
    for (let n = from + 1; n <= Math.min(3, length); n++) {
      out.add(codesKey(Tag.first, letters[0]!, n > 1 ? letters[1]! : -1, n > 2 ? letters[2]! : -1));
    }
  }

  /** The first two and three letters of the full pinyin, with reading `replacement` at `position` (-1: none). */
  private fullStartGrams(out: GramSink, src: GramSource, position: number, replacement: number): void {
    const { head } = this;
    let n = 0;
    for (let i = 0; i < src.length && n < 3; i++) {
      const reading = this.table.strings[i === position ? replacement : src.tokens[src.start + i]!]!;
      for (let j = 0; j < reading.length && n < 3; j++) head[n++] = reading.charCodeAt(j);
    }
    if (n >= 2) out.add(codesKey(Tag.first, head[0]!, head[1]!));
    if (n >= 3) out.add(codesKey(Tag.first, head[0]!, head[1]!, head[2]!));
  }
}
