import { float64s, int32s, uint16s } from './growable';

/** One name of an entry (its own name or an alias) with its readings as token ids. */
export interface DocInput {
  name: string;
  tokens: ArrayLike<number>;
  /** (position, token) pairs: the other readings of polyphonic characters. */
  alternatives: ArrayLike<number>;
}

/**
 * Entries stored column by column (typed arrays, no object per entry): the pending upserts of an index, and the
 * input a segment is built from. An entry's documents (its name, then its aliases) are contiguous.
 */
export class Columns {
  readonly ids = float64s();
  readonly codes: (string | null)[] = [];
  readonly regions = int32s();
  /** Entry → its first document; one more element than entries. */
  readonly docStart = int32s();
  readonly live: boolean[] = [];
  readonly names: string[] = [];
  /** Document → its first token / alternative pair; one more element than documents. */
  readonly tokenStart = int32s();
  readonly tokens = uint16s();
  readonly alternativeStart = int32s();
  readonly alternatives = uint16s();

  constructor() {
    this.docStart.push(0);
    this.tokenStart.push(0);
    this.alternativeStart.push(0);
  }

  get entryCount(): number {
    return this.ids.length;
  }

  /** Appends an entry; returns its index. */
  add(id: number, code: string | null, region: number, docs: readonly DocInput[]): number {
    this.ids.push(id);
    this.codes.push(code);
    this.regions.push(region);
    this.live.push(true);
    for (const doc of docs) {
      this.names.push(doc.name);
      for (let i = 0; i < doc.tokens.length; i++) this.tokens.push(doc.tokens[i]!);
      for (let i = 0; i < doc.alternatives.length; i++) this.alternatives.push(doc.alternatives[i]!);
      this.tokenStart.push(this.tokens.length);
      this.alternativeStart.push(this.alternatives.length);
    }
    this.docStart.push(this.names.length);
    return this.ids.length - 1;
  }
}
