import { BitmapCursor, ListCursor, type Cursor } from './cursors';
import type { GramTable } from './gram-table';

/** Receives the gram keys of the document being visited. */
export interface GramSink {
  add(key: number): void;
}

/** Gram → the ascending document numbers holding it: sparse ones as runs of one pool, dense ones as bitmaps. */
export class Postings {
  constructor(
    private readonly grams: GramTable,
    private readonly start: Int32Array,
    private readonly count: Int32Array,
    private readonly dense: Uint8Array,
    private readonly pool: Int32Array,
    private readonly bitmaps: Uint32Array,
    private readonly words: number,
  ) {}

  /** A cursor over the documents holding `key`, or null when none does. */
  cursor(key: number): Cursor | null {
    const g = this.grams.find(key);
    if (g < 0) return null;
    const start = this.start[g]!;
    const count = this.count[g]!;
    return this.dense[g]
      ? new BitmapCursor(this.bitmaps, start, this.words, count)
      : new ListCursor(this.pool, start, start + count);
  }

  /** Bytes held in typed arrays. */
  get bytes(): number {
    return (
      this.grams.bytes +
      this.start.byteLength +
      this.count.byteLength +
      this.dense.byteLength +
      this.pool.byteLength +
      this.bitmaps.byteLength
    );
  }
}

/**
 * Builds postings in two passes over the documents in ascending order: the first counts each gram's documents,
 * the second writes them where they belong. Memory stays that of the result (no growing list per gram), and a
 * gram held by more than 1 in 32 documents goes straight into a bitmap.
 */
export class PostingsBuilder {
  private count = new Int32Array(1 << 16);
  private last = new Int32Array(1 << 16).fill(-1);
  private doc = 0;
  /** The counts of the first pass (the second counts again, as write positions). */
  private counted = new Int32Array(0);
  private layout: { start: Int32Array; dense: Uint8Array; pool: Int32Array; bitmaps: Uint32Array } | null = null;
  private readonly words: number;

  constructor(
    private readonly grams: GramTable,
    private readonly docCount: number,
  ) {
    this.words = Math.ceil(docCount / 32);
  }

  /** A sink for the grams of document `doc` (visit every document in order, twice). */
  visit(doc: number): GramSink {
    this.doc = doc;
    return this;
  }

  /** Records that the current document holds `key` (repeats are ignored). */
  add(key: number): void {
    const doc = this.doc;
    if (this.layout === null) {
      const g = this.grams.idOf(key);
      if (g >= this.count.length) this.grow();
      if (this.last[g] === doc) return;
      this.last[g] = doc;
      this.count[g] = this.count[g]! + 1;
      return;
    }
    const g = this.grams.find(key);
    if (this.last[g] === doc) return;
    this.last[g] = doc;
    const { start, dense, pool, bitmaps } = this.layout;
    if (dense[g]) {
      const word = start[g]! + (doc >>> 5);
      bitmaps[word] = bitmaps[word]! | (1 << (doc & 31));
    } else {
      const at = this.count[g]!;
      pool[start[g]! + at] = doc;
      this.count[g] = at + 1;
    }
  }

  /** Ends the counting pass: lays the postings out for the writing pass. */
  startWriting(): void {
    const n = this.grams.size;
    const start = new Int32Array(n);
    const dense = new Uint8Array(n);
    let poolSize = 0;
    let bitmapCount = 0;
    for (let g = 0; g < n; g++) {
      const length = this.count[g]!;
      if (length > this.words) {
        dense[g] = 1;
        start[g] = bitmapCount++ * this.words;
      } else {
        start[g] = poolSize;
        poolSize += length;
      }
    }
    this.layout = { start, dense, pool: new Int32Array(poolSize), bitmaps: new Uint32Array(bitmapCount * this.words) };
    this.counted = this.count.slice(0, n);
    this.count.fill(0);
    this.last.fill(-1);
  }

  /** Ends the writing pass. */
  finish(): Postings {
    const { start, dense, pool, bitmaps } = this.layout!;
    return new Postings(this.grams, start, this.counted, dense, pool, bitmaps, this.words);
  }

  private grow(): void {
    const count = new Int32Array(this.count.length * 2);
    count.set(this.count);
    const last = new Int32Array(this.last.length * 2).fill(-1);
    last.set(this.last);
    this.count = count;
    this.last = last;
  }
}
