import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connect';
import { createTestApp, testDatabaseKind, type TestApp } from '../../test/harness';
import { addSite, seedDraftCandidates, seedTestCatalogue, type SeededCandidate } from '../../test/application-fixtures';
import { ensureSeatCounter } from '../exams/repository';
import { readForSubmit, submitIfUnchanged } from './repository';

// R-EX-9, R-EX-12, R-PI-4: the submitting statement writes only what was judged, and all of it or nothing.
describe('submitIfUnchanged', () => {
  let t: TestApp;
  let db: Db;
  let cat: Awaited<ReturnType<typeof seedTestCatalogue>>;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.ctx.db;
    cat = await seedTestCatalogue(db);
  });
  afterAll(async () => t.close());

  /** A candidate with a complete draft at a new site of `seats` seats, whose seat shards exist unless `shards` is false. */
  async function candidateAt(seats: number, { shards = true } = {}) {
    const siteId = await addSite(db, '11', seats);
    if (shards) await ensureSeatCounter(db, cat.exams.clinical, siteId);
    const place = { examId: cat.exams.clinical, areaCode: '11', siteId, workUnitId: cat.workUnitId };
    const [c] = await seedDraftCandidates(db, 1, place);
    return { ...c!, siteId };
  }

  async function submitAfter(c: SeededCandidate & { siteId: string }, meanwhile: () => Promise<unknown>) {
    const read = (await readForSubmit(db, c.accountId, c.applicationId))!;
    await meanwhile();
    return submitIfUnchanged(
      db,
      {
        id: c.applicationId,
        accountId: c.accountId,
        version: read.version,
        ruleInputsText: read.ruleInputsText,
        examId: cat.exams.clinical,
        siteId: c.siteId,
        registrationNumber: `T${read.serial}`,
        skillsExempt: false,
        materials: [],
        entries: { educations: [c.educationId], trainings: [], certificates: [] },
      },
      { type: 'APPLICATION_SUBMITTED', actorId: c.accountId, details: { applicationId: c.applicationId } },
    );
  }

  async function written(c: SeededCandidate & { siteId: string }) {
    const { rows } = await sql<{ status: string; taken: number; locks: number; recorded: number; audited: number }>`
      SELECT (SELECT status FROM applications WHERE id = ${c.applicationId}) AS status,
        (SELECT coalesce(sum(taken), 0)::int FROM exam_site_seats WHERE site_id = ${c.siteId}) AS taken,
        (SELECT lock_count FROM profile_educations WHERE id = ${c.educationId}) AS locks,
        (SELECT count(*)::int FROM application_entries WHERE application_id = ${c.applicationId}) AS recorded,
        (SELECT count(*)::int FROM audit_events WHERE actor_id = ${c.accountId} AND type = 'APPLICATION_SUBMITTED')
          AS audited`.execute(db);
    return rows[0]!;
  }
  const nothingWritten = { status: 'DRAFT', taken: 0, locks: 0, recorded: 0, audited: 0 };

  it('submits what nothing changed since the read: the status, a seat, the entry locks, their record, the audit row', async () => {
    const c = await candidateAt(2);
    const outcome = await submitAfter(c, async () => {});
    expect(outcome).toMatchObject({ current: true, seatsLeft: 2 });
    expect(outcome.submittedAt).toBeInstanceOf(Date);
    expect(await written(c)).toEqual({ status: 'SUBMITTED', taken: 1, locks: 1, recorded: 1, audited: 1 });
  });

  it.each([
    [
      'the draft saved again',
      (c: SeededCandidate) => sql`UPDATE applications SET updated_at = now() WHERE id = ${c.applicationId}`,
    ],
    [
      'the ticked entry edited',
      (c: SeededCandidate) => sql`UPDATE profile_educations SET graduated_on = '2019-07' WHERE id = ${c.educationId}`,
    ],
    [
      'an entry added',
      (
        c: SeededCandidate,
      ) => sql`INSERT INTO profile_educations (account_id, origin, category, level, degree, graduated_on)
      VALUES (${c.accountId}, '大陆', '高等医学教育', '硕士研究生', '硕士', '2021-07')`,
    ],
    [
      'the ticked entry removed',
      (c: SeededCandidate) => sql`DELETE FROM profile_educations WHERE id = ${c.educationId}`,
    ],
    ['the photo removed', (c: SeededCandidate) => sql`DELETE FROM profile_photos WHERE account_id = ${c.accountId}`],
    [
      'the work group changed',
      (c: SeededCandidate) => sql`UPDATE profile_work SET employment_status = '待业' WHERE account_id = ${c.accountId}`,
    ],
  ])('writes nothing when %s between the read and the statement (not current)', async (_, change) => {
    const c = await candidateAt(2);
    const outcome = await submitAfter(c, () => change(c).execute(db));
    expect(outcome).toEqual({ current: false, submittedAt: null, seatsLeft: 2 });
    const after = await written(c);
    expect({ ...after, locks: after.locks ?? 0 }).toEqual(nothingWritten);
  });

  it('writes nothing at a full site (current, with shards, not submitted)', async () => {
    const c = await candidateAt(1);
    await sql`UPDATE exam_site_seats SET taken = capacity WHERE site_id = ${c.siteId}`.execute(db);
    expect(await submitAfter(c, async () => {})).toEqual({ current: true, submittedAt: null, seatsLeft: 0 });
    expect(await written(c)).toEqual({ ...nothingWritten, taken: 1 });
  });

  it("writes nothing at a site whose seat shards do not exist yet (the site's first submit creates them)", async () => {
    const c = await candidateAt(2, { shards: false });
    expect(await submitAfter(c, async () => {})).toEqual({ current: true, submittedAt: null, seatsLeft: null });
    expect(await written(c)).toEqual(nothingWritten);
  });

  // Another connection holding the shard: PostgreSQL only (PGlite has one connection).
  it.skipIf(testDatabaseKind !== 'postgres')(
    'writes nothing, and does not wait, while every shard with room is held by another submit (seats left)',
    async () => {
      const c = await candidateAt(1);
      const other = await t.sibling();
      try {
        await other.ctx.db.transaction().execute(async (trx) => {
          await sql`SELECT 1 FROM exam_site_seats WHERE site_id = ${c.siteId} FOR UPDATE`.execute(trx);
          expect(await submitAfter(c, async () => {})).toEqual({ current: true, submittedAt: null, seatsLeft: 1 });
        });
      } finally {
        await other.close();
      }
      expect(await written(c)).toEqual(nothingWritten);
      expect((await submitAfter(c, async () => {})).submittedAt).toBeInstanceOf(Date);
    },
  );
});
