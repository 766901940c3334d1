/** Past the last document: every cursor returns it once exhausted. */
export const END = 0x7fffffff;

/**
 * Walks a set of document numbers in ascending order. `advance(t)` moves to the first document ≥ t (never
 * backwards), `next()` to the one after the current; both return it, or END. `cost` bounds how many it yields.
 */
export interface Cursor {
  readonly cost: number;
  doc: number;
  next(): number;
  advance(target: number): number;
}

/** The empty set. */
export class EmptyCursor implements Cursor {
  readonly cost = 0;
  doc = END;
  next(): number {
    return END;
  }
  advance(): number {
    return END;
  }
}

/** A sorted run of document numbers inside a shared pool. */
export class ListCursor implements Cursor {
  doc = -1;
  private pos: number;

  constructor(
    private readonly pool: Int32Array,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start - 1;
  }

  get cost(): number {
    return this.end - this.pos;
  }

  next(): number {
    return (this.doc = ++this.pos < this.end ? this.pool[this.pos]! : END);
  }

  advance(target: number): number {
    if (this.doc >= target) return this.doc;
    // Gallop then bisect: intersections skip far ahead in long lists.
    let low = this.pos + 1;
    let step = 1;
    let high = low;
    while (high < this.end && this.pool[high]! < target) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    if (high > this.end) high = this.end;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.pool[mid]! < target) low = mid + 1;
      else high = mid;
    }
    this.pos = low;
    return (this.doc = low < this.end ? this.pool[low]! : END);
  }
}

/** A dense set stored as one bit per document (cheaper than a list once more than 1 in 32 documents hold it). */
export class BitmapCursor implements Cursor {
  doc = -1;

  constructor(
    private readonly words: Uint32Array,
    private readonly base: number,
    private readonly size: number,
    readonly cost: number,
  ) {}

  next(): number {
    return this.advance(this.doc + 1);
  }

  advance(target: number): number {
    if (this.doc >= target) return this.doc;
    let w = target >>> 5;
    if (w >= this.size) return (this.doc = END);
    let bits = this.words[this.base + w]! & (0xffffffff << (target & 31));
    while (bits === 0) {
      if (++w >= this.size) return (this.doc = END);
      bits = this.words[this.base + w]!;
    }
    return (this.doc = (w << 5) + 31 - Math.clz32(bits & -bits));
  }
}

/** Documents in every child (leapfrog join). */
export class AndCursor implements Cursor {
  doc = -1;
  readonly cost: number;
  private readonly children: Cursor[];

  constructor(children: Cursor[]) {
    // The rarest child leads, so the others only gallop to its documents.
    this.children = [...children].sort((a, b) => a.cost - b.cost);
    this.cost = this.children[0]?.cost ?? 0;
  }

  next(): number {
    return this.advance(this.doc + 1);
  }

  advance(target: number): number {
    if (this.doc >= target) return this.doc;
    const n = this.children.length;
    let agreed = 0;
    for (let i = 0; agreed < n; i = (i + 1) % n) {
      const doc = this.children[i]!.advance(target);
      if (doc === END) return (this.doc = END);
      if (doc === target) agreed++;
      else {
        target = doc;
        agreed = 1;
      }
    }
    return (this.doc = target);
  }
}

/** Documents in any child. */
export class OrCursor implements Cursor {
  doc = -1;
  readonly cost: number;

  constructor(private readonly children: Cursor[]) {
    this.cost = children.reduce((sum, c) => sum + c.cost, 0);
  }

  next(): number {
    return this.advance(this.doc + 1);
  }

  advance(target: number): number {
    if (this.doc >= target) return this.doc;
    let min = END;
    for (const child of this.children) {
      const doc = child.advance(target);
      if (doc < min) min = doc;
    }
    return (this.doc = min);
  }
}
