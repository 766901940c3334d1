type Typed = Int32Array | Uint16Array | Float64Array;

/** A typed array that grows by doubling, for building columns whose final size is not known in advance. */
export class Growable<A extends Typed> {
  length = 0;

  constructor(
    private readonly make: (size: number) => A,
    public data: A = make(16),
  ) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The filled part, copied into an array of its exact size. */
  trimmed(): A {
    return this.data.slice(0, this.length) as A;
  }
}

/** A growable Int32Array. */
export const int32s = () => new Growable((n) => new Int32Array(n));
/** A growable Uint16Array. */
export const uint16s = () => new Growable((n) => new Uint16Array(n));
/** A growable Float64Array. */
export const float64s = () => new Growable((n) => new Float64Array(n));
