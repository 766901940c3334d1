const EMPTY = -1;

function hash(key: number): number {
  // Gram keys reach 2^52: mix the high and low 32 bits (a JS Map would box such numbers and allocate per lookup).
  const low = key >>> 0;
  const high = Math.floor(key / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}

/** An open-addressing map from non-negative integer keys (below 2^53) to non-negative int32 values. */
export class NumberMap {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === EMPTY) return -1;
    }
  }

  /** The value of `key`; if absent, stores `value` and returns -1. */
  getOrSet(key: number, value: number): number {
    let i = hash(key) & this.mask;
    for (; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === EMPTY) break;
    }
    this.keys[i] = key;
    this.values[i] = value;
    if (++this.size * 2 > this.keys.length) this.grow();
    return -1;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      if (key === EMPTY) continue;
      let i = hash(key) & this.mask;
      while (this.keys[i] !== EMPTY) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.values[i] = values[j]!;
    }
  }
}
