import { READINGS_BASE } from './gram-keys';
import { NumberMap } from './number-map';

// Below this many documents a segment hashes every key: its direct table (about 1 MB) would outweigh it.
const DIRECT_FROM = 4096;

/**
 * Numbers the grams of one segment densely (0…size-1): small keys through a direct table (no hashing for the
 * grams that make up most postings), big keys through a hash map.
 */
export class GramTable {
  private readonly direct: Int32Array;
  private readonly hashed = new NumberMap(1024);
  size = 0;

  /** `readings`: how many reading ids exist, which bounds the reading keys. */
  constructor(readings: number, docCount: number) {
    this.direct = new Int32Array(docCount >= DIRECT_FROM ? READINGS_BASE + readings * 37 : 0).fill(-1);
  }

  /** The number of `key`, numbering it if new. */
  idOf(key: number): number {
    if (key >= this.direct.length) {
      const id = this.hashed.getOrSet(key, this.size);
      return id >= 0 ? id : this.size++;
    }
    const id = this.direct[key]!;
    if (id >= 0) return id;
    this.direct[key] = this.size;
    return this.size++;
  }

  /** The number of `key`, or -1 when no document of the segment has it. */
  find(key: number): number {
    if (key >= this.direct.length) return this.hashed.get(key);
    return this.direct[key]!;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.direct.byteLength + this.hashed.bytes;
  }
}
