import { afterAll, describe, expect, it, vi } from 'vitest';
import { Redis } from 'ioredis';
import { SharedCache } from './shared-cache';

const log = { warn: () => undefined, error: () => undefined };
const redisUrl = process.env.TEST_REDIS_URL;
const cacheOf = <T>(ttlMs: number, maxEntries = 10, redis?: Redis) =>
  new SharedCache<T>({ channel: `nmec:test:${process.pid}`, ttlMs, maxEntries, redis, log });

describe('R-ACC-10, R-PI-1: what one process keeps of what it read', () => {
  it('answers within its lifetime, then asks again', () => {
    const cache = cacheOf<string>(5000);
    cache.set('t1', 'a1', 'actor', 1000);
    expect(cache.get('t1', 5999)).toBe('actor');
    expect(cache.get('t1', 6000)).toBeUndefined();
  });

  it('drops one entry, and every entry of a group, at once', async () => {
    const cache = cacheOf<string>(5000);
    cache.set('t1', 'a1', 'one', 0);
    cache.set('t2', 'a1', 'two', 0);
    cache.set('t3', 'a2', 'other', 0);
    await cache.forget({ key: 't1', group: 'a1' });
    expect(cache.get('t1', 1)).toBeUndefined();
    expect(cache.get('t2', 1)).toBe('two');
    await cache.forget({ group: 'a1' });
    expect(cache.get('t2', 1)).toBeUndefined();
    expect(cache.get('t3', 1)).toBe('other');
  });

  it('keeps at most its size, dropping the oldest, and keeps nothing when switched off', () => {
    const cache = cacheOf<number>(5000, 2);
    [1, 2, 3].forEach((n) => cache.set(`t${n}`, 'a', n, 0));
    expect([1, 2, 3].map((n) => cache.get(`t${n}`, 1))).toEqual([undefined, 2, 3]);
    const off = cacheOf<number>(0, 2);
    off.set('t1', 'a', 1, 0);
    expect(off.get('t1', 0)).toBeUndefined();
  });

  it('reads once, then answers from what it read', async () => {
    const cache = cacheOf<number>(5000);
    const read = vi.fn(async () => 7);
    expect(await cache.load('k', 'g', read)).toBe(7);
    expect(await cache.load('k', 'g', read)).toBe(7);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('does not keep a read that a change overtook (the read began before the change committed)', async () => {
    const cache = cacheOf<string>(5000);
    let finishRead: (value: string) => void = () => undefined;
    const reading = cache.load('k', 'g', () => new Promise<string>((resolve) => (finishRead = resolve)));
    await cache.forget({ key: 'k', group: 'g' });
    finishRead('before the change');
    expect(await reading).toBe('before the change');
    expect(await cache.load('k', 'g', async () => 'after the change')).toBe('after the change');
  });
});

describe.skipIf(!redisUrl)('R-ACC-10, R-PI-1: a change reaches every app process (Redis)', () => {
  const clients = [new Redis(redisUrl ?? ''), new Redis(redisUrl ?? '')];
  const caches = clients.map((c) => cacheOf<string>(60_000, 10, c));
  afterAll(() => {
    caches.forEach((c) => c.stop());
    clients.forEach((c) => c.disconnect());
  });

  it('drops the entry of another process within a second', async () => {
    await Promise.all(caches.map((c) => c.start()));
    const [here, there] = caches as [SharedCache<string>, SharedCache<string>];
    const token = `t-${process.pid}-${Date.now()}`;
    there.set(token, 'a1', 'actor', Date.now());
    there.set('other', 'a2', 'kept', Date.now());
    await here.forget({ key: token, group: 'a1' });
    await vi.waitFor(() => expect(there.get(token, Date.now())).toBeUndefined(), { timeout: 1000 });
    expect(there.get('other', Date.now())).toBe('kept');
  });
});
