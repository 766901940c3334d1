import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabaseKind, type TestApp } from '../test/harness';
import { isDatabaseUnavailable, isRetryableConflict } from './errors';
import { inTransaction } from './transaction';

describe('database errors a request did not cause', () => {
  it.each([
    ['40P01', 'deadlock detected', true, true],
    ['40001', 'could not serialize access', true, true],
    ['53300', 'sorry, too many clients already', false, true],
    ['57P03', 'the database system is starting up', false, true],
    ['08006', 'connection failure', false, true],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432', false, true],
    [undefined, 'timeout exceeded when trying to connect', false, true],
    [undefined, 'Connection terminated unexpectedly', false, true],
    ['23505', 'duplicate key value violates unique constraint', false, false],
    ['22P02', 'invalid input syntax for type bigint', false, false],
    [undefined, 'Cannot read properties of undefined', false, false],
  ])('%s %s → retried %s, answered 503 %s', (code, message, retried, unavailable) => {
    const error = Object.assign(new Error(message), code ? { code } : {});
    expect(isRetryableConflict(error)).toBe(retried);
    expect(isDatabaseUnavailable(error)).toBe(unavailable);
  });
});

// A real deadlock needs two connections at once: PostgreSQL only (PGlite runs one transaction at a time).
describe.skipIf(testDatabaseKind !== 'postgres')('inTransaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await sql`CREATE TABLE deadlock_probe (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)`.execute(t.ctx.db);
    await sql`INSERT INTO deadlock_probe (id) VALUES (1), (2)`.execute(t.ctx.db);
  });
  afterAll(async () => t.close());

  it('runs again the transaction PostgreSQL aborted to break a deadlock, and both writers commit', async () => {
    let runs = 0;
    let bothHoldOne: () => void = () => {};
    const holding = new Promise<void>((resolve) => {
      let held = 0;
      bothHoldOne = () => ++held === 2 && resolve();
    });
    // Each locks one row, waits until the other holds its own, then asks for the other's: one is the victim.
    const crossing = (first: number, second: number) =>
      inTransaction(t.ctx.db, async (trx) => {
        runs += 1;
        await sql`UPDATE deadlock_probe SET n = n + 1 WHERE id = ${first}`.execute(trx);
        bothHoldOne();
        await holding;
        await sql`UPDATE deadlock_probe SET n = n + 1 WHERE id = ${second}`.execute(trx);
      });
    await Promise.all([crossing(1, 2), crossing(2, 1)]);
    expect(runs).toBe(3);
    const { rows } = await sql<{ n: number }>`SELECT n FROM deadlock_probe ORDER BY id`.execute(t.ctx.db);
    expect(rows.map((r) => r.n)).toEqual([2, 2]);
  });

  it('gives up after three runs and passes the error on', async () => {
    let runs = 0;
    const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
    await expect(
      inTransaction(t.ctx.db, async () => {
        runs += 1;
        throw deadlock;
      }),
    ).rejects.toBe(deadlock);
    expect(runs).toBe(3);
  });

  it('does not run again a transaction that failed for its own reasons', async () => {
    let runs = 0;
    await expect(
      inTransaction(t.ctx.db, async (trx) => {
        runs += 1;
        await sql`INSERT INTO deadlock_probe (id) VALUES (1)`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(runs).toBe(1);
  });
});
