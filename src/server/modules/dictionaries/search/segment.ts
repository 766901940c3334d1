import type { Columns } from './columns';
import { DocGrams, type GramSource } from './doc-grams';
import { GramTable } from './gram-table';
import { normalizeText } from './normalize';
import { PostingsBuilder, type Postings } from './postings';
import type { RegionTable } from './region-table';
import type { TokenTable } from './tokens';

function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function joined(parts: readonly string[]): { text: string; start: Int32Array } {
  const start = new Int32Array(parts.length + 1);
  for (let i = 0; i < parts.length; i++) start[i + 1] = start[i]! + parts[i]!.length;
  return { text: parts.join(''), start };
}

/**
 * An immutable slice of an index: its documents (names and aliases) numbered by (length, entry id, name before
 * aliases), so every posting list walks shorter names first, and their postings. Strings are joined into one per
 * column and sliced on output: a million small strings would cost more than the text they hold.
 * Entries only change by dying (`kill`); a changed entry lives again in a newer segment.
 */
export class Segment {
  private constructor(
    readonly docEntry: Int32Array,
    /** Readings per document: the ranking's length, and the exact-match bound. */
    readonly docLength: Uint16Array,
    readonly names: string,
    readonly nameStart: Int32Array,
    /** Normalized names that differ from the stored one (ASCII capitals, full-width letters). */
    readonly normalizedNames: Map<number, string>,
    readonly tokens: Uint16Array,
    readonly tokenStart: Int32Array,
    readonly alternatives: Uint16Array,
    readonly alternativeStart: Int32Array,
    readonly entryId: Float64Array,
    readonly mainDoc: Int32Array,
    readonly entryRegion: Int32Array,
    private readonly codes: string,
    private readonly codeStart: Int32Array,
    private readonly codeSlots: Int32Array,
    /** Entry numbers in ascending id order. */
    private readonly byId: Int32Array,
    readonly postings: Postings,
    readonly dead: Uint8Array,
  ) {
    this.liveCount = entryId.length;
  }

  liveCount: number;

  get entryCount(): number {
    return this.entryId.length;
  }

  get docCount(): number {
    return this.docEntry.length;
  }

  /** Builds a segment of the given entries (indexes into `columns`, ids distinct). */
  static build(columns: Columns, entries: ArrayLike<number>, tokens: TokenTable, regions: RegionTable): Segment {
    const ids = columns.ids.data;
    const order = Int32Array.from(entries);
    let sorted = true;
    for (let i = 1; i < order.length && sorted; i++) sorted = ids[order[i - 1]!]! < ids[order[i]!]!;
    if (!sorted) order.sort((a, b) => ids[a]! - ids[b]!);

    // Documents in (entry id, name before aliases) order, then a stable counting sort by length.
    const docStart = columns.docStart.data;
    const tokenStart = columns.tokenStart.data;
    let docCount = 0;
    for (const e of order) docCount += docStart[e + 1]! - docStart[e]!;
    const source = new Int32Array(docCount);
    const owner = new Int32Array(docCount);
    const byLength: number[] = [];
    for (let i = 0, k = 0; i < order.length; i++) {
      const e = order[i]!;
      for (let d = docStart[e]!; d < docStart[e + 1]!; d++, k++) {
        source[k] = d;
        owner[k] = i;
        const length = Math.min(0xffff, tokenStart[d + 1]! - tokenStart[d]!);
        byLength[length] = (byLength[length] ?? 0) + 1;
      }
    }
    let offset = 0;
    const lengthStart = new Int32Array(byLength.length);
    for (let length = 0; length < byLength.length; length++) {
      lengthStart[length] = offset;
      offset += byLength[length] ?? 0;
    }
    const ranked = new Int32Array(docCount);
    for (let k = 0; k < docCount; k++) {
      const d = source[k]!;
      const length = Math.min(0xffff, tokenStart[d + 1]! - tokenStart[d]!);
      const rank = lengthStart[length]!;
      ranked[rank] = k;
      lengthStart[length] = rank + 1;
    }
    return Segment.assemble(columns, order, source, owner, ranked, tokens, regions);
  }

  private static assemble(
    columns: Columns,
    order: Int32Array,
    source: Int32Array,
    owner: Int32Array,
    ranked: Int32Array,
    table: TokenTable,
    regions: RegionTable,
  ): Segment {
    const docCount = ranked.length;
    const entryCount = order.length;
    const entryOf = new Int32Array(entryCount).fill(-1);
    const docEntry = new Int32Array(docCount);
    const docLength = new Uint16Array(docCount);
    const names: string[] = new Array<string>(docCount);
    const tokenStart = new Int32Array(docCount + 1);
    const alternativeStart = new Int32Array(docCount + 1);
    const entryId = new Float64Array(entryCount);
    const mainDoc = new Int32Array(entryCount);
    const entryRegion = new Int32Array(entryCount);
    const codes: string[] = new Array<string>(entryCount);
    const from = { tokens: columns.tokenStart.data, alternatives: columns.alternativeStart.data };
    let entries = 0;
    for (let doc = 0; doc < docCount; doc++) {
      const k = ranked[doc]!;
      const d = source[k]!;
      const i = owner[k]!;
      const column = order[i]!;
      let e = entryOf[i]!;
      if (e < 0) {
        e = entryOf[i] = entries++;
        entryId[e] = columns.ids.data[column]!;
        entryRegion[e] = columns.regions.data[column]!;
        codes[e] = columns.codes[column] ?? '';
      }
      if (d === columns.docStart.data[column]) mainDoc[e] = doc;
      docEntry[doc] = e;
      names[doc] = columns.names[d]!;
      docLength[doc] = Math.min(0xffff, from.tokens[d + 1]! - from.tokens[d]!);
      tokenStart[doc + 1] = tokenStart[doc]! + from.tokens[d + 1]! - from.tokens[d]!;
      alternativeStart[doc + 1] = alternativeStart[doc]! + from.alternatives[d + 1]! - from.alternatives[d]!;
    }
    const tokens = new Uint16Array(tokenStart[docCount]!);
    const alternatives = new Uint16Array(alternativeStart[docCount]!);
    for (let doc = 0; doc < docCount; doc++) {
      const d = source[ranked[doc]!]!;
      tokens.set(columns.tokens.data.subarray(from.tokens[d]!, from.tokens[d + 1]!), tokenStart[doc]!);
      alternatives.set(
        columns.alternatives.data.subarray(from.alternatives[d]!, from.alternatives[d + 1]!),
        alternativeStart[doc]!,
      );
    }
    const byId = entryOf; // entries were numbered in id order above
    const name = joined(names);
    const code = joined(codes);
    const normalizedNames = new Map<number, string>();
    for (let doc = 0; doc < docCount; doc++) {
      const normalized = normalizeText(names[doc]!);
      if (normalized !== names[doc]) normalizedNames.set(doc, normalized);
    }
    const grams = new DocGrams(table);
    const postings = new PostingsBuilder(new GramTable(table.strings.length, docCount), docCount);
    const current: GramSource = {
      name: '',
      tokens,
      start: 0,
      length: 0,
      alternatives,
      altStart: 0,
      altEnd: 0,
      regionKeys: [],
    };
    for (let pass = 0; pass < 2; pass++) {
      for (let doc = 0; doc < docCount; doc++) {
        current.name = normalizedNames.get(doc) ?? names[doc]!;
        current.start = tokenStart[doc]!;
        current.length = docLength[doc]!;
        current.altStart = alternativeStart[doc]!;
        current.altEnd = alternativeStart[doc + 1]!;
        current.regionKeys = regions.keys[entryRegion[docEntry[doc]!]!] ?? [];
        grams.emit(postings.visit(doc), current);
      }
      if (pass === 0) postings.startWriting();
    }
    return new Segment(
      docEntry,
      docLength,
      name.text,
      name.start,
      normalizedNames,
      tokens,
      tokenStart,
      alternatives,
      alternativeStart,
      entryId,
      mainDoc,
      entryRegion,
      code.text,
      code.start,
      Segment.codeSlots(codes),
      byId,
      postings.finish(),
      new Uint8Array(entryCount),
    );
  }

  /** An open-addressing table of entry+1 by the hash of the normalized code (0: empty). */
  private static codeSlots(codes: readonly string[]): Int32Array {
    let size = 16;
    while (size < codes.length * 2) size *= 2;
    const slots = new Int32Array(size);
    codes.forEach((code, e) => {
      if (code === '') return;
      let i = hashText(normalizeText(code)) & (size - 1);
      while (slots[i] !== 0) i = (i + 1) & (size - 1);
      slots[i] = e + 1;
    });
    return slots;
  }

  /** The stored name of document `doc`. */
  name(doc: number): string {
    return this.names.slice(this.nameStart[doc], this.nameStart[doc + 1]);
  }

  /** The code of entry `e`, or null. */
  code(e: number): string | null {
    const start = this.codeStart[e]!;
    const end = this.codeStart[e + 1]!;
    return end > start ? this.codes.slice(start, end) : null;
  }

  /** The live entries whose normalized code is `text` (codes need not be unique). */
  findCode(text: string): number[] {
    const found: number[] = [];
    const mask = this.codeSlots.length - 1;
    for (let i = hashText(text) & mask; this.codeSlots[i] !== 0; i = (i + 1) & mask) {
      const e = this.codeSlots[i]! - 1;
      if (this.codeStart[e + 1]! - this.codeStart[e]! !== text.length || this.dead[e]) continue;
      if (normalizeText(this.code(e)!) === text) found.push(e);
    }
    return found;
  }

  /** The entry with `id`, live or dead, or -1. */
  find(id: number): number {
    let low = 0;
    let high = this.byId.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.entryId[this.byId[mid]!]! < id) low = mid + 1;
      else high = mid;
    }
    const e = this.byId[low];
    return e !== undefined && this.entryId[e] === id ? e : -1;
  }

  /** Marks entry `e` removed (a newer version, if any, lives elsewhere). */
  kill(e: number): void {
    if (this.dead[e]) return;
    this.dead[e] = 1;
    this.liveCount--;
  }

  /** Copies the live entries into `columns` (to merge segments). */
  copyLiveTo(columns: Columns): void {
    const docsOf: number[][] = Array.from({ length: this.entryCount }, () => []);
    for (let doc = 0; doc < this.docCount; doc++) docsOf[this.docEntry[doc]!]!.push(doc);
    for (let e = 0; e < this.entryCount; e++) {
      if (this.dead[e]) continue;
      const main = this.mainDoc[e]!;
      const docs = [main, ...docsOf[e]!.filter((d) => d !== main)].map((doc) => ({
        name: this.name(doc),
        tokens: this.tokens.subarray(this.tokenStart[doc], this.tokenStart[doc + 1]),
        alternatives: this.alternatives.subarray(this.alternativeStart[doc], this.alternativeStart[doc + 1]),
      }));
      columns.add(this.entryId[e]!, this.code(e), this.entryRegion[e]!, docs);
    }
  }

  /** Bytes held: typed arrays and the joined strings (UTF-16 estimate). */
  get bytes(): number {
    const arrays = [
      this.docEntry,
      this.docLength,
      this.nameStart,
      this.tokens,
      this.tokenStart,
      this.alternatives,
      this.alternativeStart,
      this.entryId,
      this.mainDoc,
      this.entryRegion,
      this.codeStart,
      this.codeSlots,
      this.byId,
      this.dead,
    ];
    return (
      arrays.reduce((sum, a) => sum + a.byteLength, 0) + this.postings.bytes + this.names.length * 2 + this.codes.length
    );
  }
}
