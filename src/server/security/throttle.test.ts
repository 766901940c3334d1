import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { AppError } from '../../domain/errors';
import { loadConfig } from '../config';
import { createThrottles } from './throttle';

const limits = loadConfig({}).limits;
const redisUrl = process.env.TEST_REDIS_URL;

async function statusOf(work: Promise<void>): Promise<number> {
  try {
    await work;
    return 200;
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
}

describe('R-ACC-10: throttles in one process (memory)', () => {
  it('locks an account on its fifth failure and unlocks it on reset', async () => {
    const t = createThrottles(limits, undefined);
    const key = crypto.randomUUID();
    const statuses = [];
    for (let i = 0; i < limits.loginFailuresPerAccount; i++)
      statuses.push(await statusOf(t.loginFailuresByAccount.hit(key)));
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect(await statusOf(t.loginFailuresByAccount.check(key))).toBe(429);
    await t.loginFailuresByAccount.reset(key);
    expect(await statusOf(t.loginFailuresByAccount.check(key))).toBe(200);
  });
});

describe.skipIf(!redisUrl)('R-ACC-10: throttles shared by several app processes (Redis)', () => {
  const clients = [new Redis(redisUrl ?? ''), new Redis(redisUrl ?? '')];
  afterAll(() => clients.forEach((c) => c.disconnect()));

  it('counts failures of one account across two processes', async () => {
    const [a, b] = clients.map((c) => createThrottles(limits, c));
    const key = `test-${crypto.randomUUID()}`;
    for (let i = 0; i < limits.loginFailuresPerAccount - 1; i++)
      await (i % 2 ? a! : b!).loginFailuresByAccount.hit(key);
    expect(await statusOf(a!.loginFailuresByAccount.check(key))).toBe(200);
    expect(await statusOf(b!.loginFailuresByAccount.hit(key))).toBe(429);
    expect(await statusOf(a!.loginFailuresByAccount.check(key))).toBe(429);
    await a!.loginFailuresByAccount.reset(key);
    expect(await statusOf(b!.loginFailuresByAccount.check(key))).toBe(200);
  });
});
