import { afterAll, describe, expect, it, vi } from 'vitest';
import { Redis } from 'ioredis';
import { SessionCache } from './session-cache';

const log = { warn: () => undefined, error: () => undefined };
const redisUrl = process.env.TEST_REDIS_URL;

describe('R-ACC-10: the session cache of one process', () => {
  it('answers within its lifetime, then asks again', () => {
    const cache = new SessionCache<string>(5000, 10, undefined, log);
    cache.set('t1', 'a1', 'actor', 1000);
    expect(cache.get('t1', 5999)).toBe('actor');
    expect(cache.get('t1', 6000)).toBeUndefined();
  });

  it('drops a logged-out session and every session of an account at once', async () => {
    const cache = new SessionCache<string>(5000, 10, undefined, log);
    cache.set('t1', 'a1', 'one', 0);
    cache.set('t2', 'a1', 'two', 0);
    cache.set('t3', 'a2', 'other', 0);
    await cache.forget({ tokenHash: 't1' });
    expect(cache.get('t1', 1)).toBeUndefined();
    expect(cache.get('t2', 1)).toBe('two');
    await cache.forget({ accountId: 'a1' });
    expect(cache.get('t2', 1)).toBeUndefined();
    expect(cache.get('t3', 1)).toBe('other');
  });

  it('keeps at most its size, dropping the oldest, and keeps nothing when switched off', () => {
    const cache = new SessionCache<number>(5000, 2, undefined, log);
    [1, 2, 3].forEach((n) => cache.set(`t${n}`, 'a', n, 0));
    expect([1, 2, 3].map((n) => cache.get(`t${n}`, 1))).toEqual([undefined, 2, 3]);
    const off = new SessionCache<number>(0, 2, undefined, log);
    off.set('t1', 'a', 1, 0);
    expect(off.get('t1', 0)).toBeUndefined();
  });
});

describe.skipIf(!redisUrl)('R-ACC-10: a logout ends the session in every app process (Redis)', () => {
  const clients = [new Redis(redisUrl ?? ''), new Redis(redisUrl ?? '')];
  const caches = clients.map((c) => new SessionCache<string>(60_000, 10, c, log));
  afterAll(() => {
    caches.forEach((c) => c.stop());
    clients.forEach((c) => c.disconnect());
  });

  it('drops the session of another process within a second', async () => {
    await Promise.all(caches.map((c) => c.start()));
    const [here, there] = caches as [SessionCache<string>, SessionCache<string>];
    const token = `t-${process.pid}-${Date.now()}`;
    there.set(token, 'a1', 'actor', Date.now());
    await here.forget({ tokenHash: token });
    await vi.waitFor(() => expect(there.get(token, Date.now())).toBeUndefined(), { timeout: 1000 });
  });
});
