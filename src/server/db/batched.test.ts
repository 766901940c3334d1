import { describe, expect, it, vi } from 'vitest';
import { batched } from './batched';

describe('batched: calls arriving together go out as one', () => {
  it('runs the calls of one turn together and gives each its own answer', async () => {
    const run = vi.fn(async (items: string[]) => new Map(items.map((i) => [i, i.toUpperCase()])));
    const save = batched((item: string) => item, run);
    expect(await Promise.all([save('a'), save('b'), save('c')])).toEqual(['A', 'B', 'C']);
    expect(run).toHaveBeenCalledTimes(1);
    expect(await save('d')).toBe('D');
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('puts a second call for the same key in the next batch, and answers undefined where run had nothing', async () => {
    const batches: string[][] = [];
    const save = batched(
      (item: { key: string; n: number }) => item.key,
      async (items) => {
        batches.push(items.map((i) => `${i.key}${i.n}`));
        return new Map(items.filter((i) => i.key !== 'none').map((i) => [i.key, i.n]));
      },
    );
    const answers = await Promise.all([
      save({ key: 'x', n: 1 }),
      save({ key: 'x', n: 2 }),
      save({ key: 'y', n: 3 }),
      save({ key: 'none', n: 4 }),
    ]);
    expect(answers).toEqual([1, 2, 3, undefined]);
    expect(batches).toEqual([['x1', 'y3', 'none4'], ['x2']]);
  });

  it('fails every call of a batch whose statement failed, and the next batch runs', async () => {
    let fail = true;
    const save = batched(
      (item: string) => item,
      async (items) => {
        if (fail) throw new Error('database gone');
        return new Map(items.map((i) => [i, i]));
      },
    );
    const failed = await Promise.allSettled([save('a'), save('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await save('a')).toBe('a');
  });
});
