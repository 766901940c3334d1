import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, testDatabaseKind, type TestApp } from '../../test/harness';
import { addSite, seedDraftCandidates, seedTestCatalogue } from '../../test/application-fixtures';
import { ensureSeatCounter } from '../exams/repository';

// R-EX-12 under real concurrency: PostgreSQL only (PGlite runs one transaction at a time, so it cannot race).
describe.skipIf(testDatabaseKind !== 'postgres')('R-EX-12: no site is ever over-booked', () => {
  let t: TestApp;
  let cat: Awaited<ReturnType<typeof seedTestCatalogue>>;
  beforeAll(async () => {
    t = await createTestApp();
    cat = await seedTestCatalogue(t.ctx.db);
  });
  afterAll(async () => t.close());

  it.each([1, 2, 3])(
    'round %i: 1,000 concurrent submitters for a 100-seat site → exactly 100 seats, every loser a 409 SITE_FULL',
    async () => {
      const siteId = await addSite(t.ctx.db, '11', 100);
      const candidates = await seedDraftCandidates(t.ctx.db, 1000, {
        examId: cat.exams.clinical,
        areaCode: '11',
        siteId,
        workUnitId: cat.workUnitId,
      });
      const answers = await Promise.all(
        candidates.map((s) => {
          const c = new Client(t.app);
          c.cookie = `sid=${s.token}`;
          return c.post(`/api/applications/${s.applicationId}/submit`);
        }),
      );
      const codes = answers.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 200)).toHaveLength(100);
      expect(answers.filter((r) => r.statusCode !== 200).map((r) => r.json().error.code)).toEqual(
        Array(900).fill('SITE_FULL'),
      );
      const { rows } = await sql<{ taken: number; submitted: number }>`
        SELECT (SELECT sum(taken)::int FROM exam_site_seats WHERE site_id = ${siteId}) AS taken,
               (SELECT count(*)::int FROM applications WHERE site_id = ${siteId} AND status = 'SUBMITTED') AS submitted`.execute(
        t.ctx.db,
      );
      expect(rows[0]).toEqual({ taken: 100, submitted: 100 });
    },
    120_000,
  );

  it('a submit that finds every shard with room held for longer than it tries → 503 with Retry-After, still a draft', async () => {
    const siteId = await addSite(t.ctx.db, '11', 5);
    await ensureSeatCounter(t.ctx.db, cat.exams.clinical, siteId);
    const place = { examId: cat.exams.clinical, areaCode: '11', siteId, workUnitId: cat.workUnitId };
    const [candidate] = await seedDraftCandidates(t.ctx.db, 1, place);
    const c = new Client(t.app);
    c.cookie = `sid=${candidate!.token}`;
    const submit = () => c.post(`/api/applications/${candidate!.applicationId}/submit`);
    const other = await t.sibling();
    try {
      const answer = await other.ctx.db.transaction().execute(async (trx) => {
        await sql`SELECT 1 FROM exam_site_seats WHERE site_id = ${siteId} FOR UPDATE`.execute(trx);
        return submit();
      });
      expect(answer.statusCode).toBe(503);
      expect(answer.headers['retry-after']).toBe('1');
      expect(answer.json().error.code).toBe('UNAVAILABLE');
    } finally {
      await other.close();
    }
    expect((await c.get(`/api/applications/${candidate!.applicationId}`)).json().status).toBe('DRAFT');
    expect((await submit()).statusCode).toBe(200);
  });
});
