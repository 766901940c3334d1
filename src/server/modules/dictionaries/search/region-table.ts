import { regionKey } from './gram-keys';

/** The distinct region codes of an index, numbered; entries store the number. */
export class RegionTable {
  readonly codes: string[] = [];
  /** The gram keys of each code's 2-, 4- and 6-digit prefixes. */
  readonly keys: number[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();

  /** The number of `code` (-1 for none), numbering it if new. */
  idOf(code: string | null): number {
    if (code === null) return -1;
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.codes.length;
      this.ids.set(code, id);
      this.codes.push(code);
      const prefixes = /^\d+$/.test(code) ? [2, 4, 6].filter((n) => code.length >= n) : [];
      this.keys.push(
        prefixes.map((n) => {
          const prefix = code.slice(0, n);
          let number = this.prefixes.get(prefix);
          if (number === undefined) this.prefixes.set(prefix, (number = this.prefixes.size));
          return regionKey(number);
        }),
      );
    }
    return id;
  }

  /** The gram key of a 2-, 4- or 6-digit prefix; null when no code has it or it is not one. */
  prefixKey(prefix: string): number | null {
    const number = this.prefixes.get(prefix);
    return number === undefined ? null : regionKey(number);
  }

  /** Region numbers whose code starts with `prefix`, as a lookup by number. */
  allowed(prefix: string): Uint8Array {
    return Uint8Array.from(this.codes, (code) => (code.startsWith(prefix) ? 1 : 0));
  }
}
