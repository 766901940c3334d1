import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/connect';

const EXAM_COLUMNS = [
  'id',
  'code',
  'year',
  'category_code',
  'name',
  'type',
  'level',
  'category',
  'exam_month',
  'phase',
  'registration_opens_at',
  'registration_closes_at',
] as const;

export type ExamRow = Awaited<ReturnType<typeof findExam>> & {};

/** Escapes LIKE's wildcards so a search for "50%" means the text, not a pattern. */
const likeText = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** R-EX-3: exams by type and level, searched by name or code, in code order. */
export function listExams(ex: Executor, filter: { type?: string; level?: string; q?: string }) {
  let query = ex.selectFrom('exams').select(EXAM_COLUMNS).orderBy('code');
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.level) query = query.where('level', '=', filter.level);
  if (filter.q) {
    const pattern = likeText(filter.q);
    query = query.where((eb) => eb.or([eb('name', 'like', pattern), eb('code', 'like', pattern)]));
  }
  return query.execute();
}

export function findExam(ex: Executor, id: string) {
  return ex.selectFrom('exams').select(EXAM_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findExamByCode(ex: Executor, code: string) {
  return ex.selectFrom('exams').select(EXAM_COLUMNS).where('code', '=', code).executeTakeFirst();
}

/**
 * R-EX-8, R-EX-12, R-EX-1: every area with its sites and the seats left for `examId` (a site nobody chose yet is
 * empty), and the fees the area has published for the exam (null where none), in one statement.
 */
export function listSitesWithSeats(ex: Executor, examId: string) {
  return ex
    .selectFrom('exam_sites as s')
    .innerJoin('exam_areas as a', 'a.code', 's.area_code')
    .leftJoin('exam_area_fees as f', (join) => join.onRef('f.area_code', '=', 'a.code').on('f.exam_id', '=', examId))
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('exam_site_seats')
          .select(['site_id', sql<number>`sum(capacity)::int`.as('capacity'), sql<number>`sum(taken)::int`.as('taken')])
          .where('exam_id', '=', examId)
          .groupBy('site_id')
          .as('t'),
      (j) => j.onRef('t.site_id', '=', 's.id'),
    )
    .select([
      'a.code as area_code',
      'a.name as area_name',
      's.id',
      's.code',
      's.name',
      sql<number>`coalesce(t.capacity, s.capacity)`.as('capacity'),
      sql<number>`coalesce(t.taken, 0)`.as('taken'),
      'f.skills_fee_fen',
      'f.written_fee_fen',
    ])
    .orderBy('a.code')
    .orderBy('s.code')
    .execute();
}

export function findSite(ex: Executor, id: string) {
  return ex.selectFrom('exam_sites').select(['id', 'area_code', 'capacity']).where('id', '=', id).executeTakeFirst();
}

export async function areaExists(ex: Executor, code: string): Promise<boolean> {
  return (await ex.selectFrom('exam_areas').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/** Seats left at a site for an exam (its whole capacity while nobody has taken one). */
export async function seatsLeft(ex: Executor, examId: string, siteId: string): Promise<number> {
  const { rows } = await sql<{ left: number }>`
    SELECT coalesce(t.capacity, s.capacity) - coalesce(t.taken, 0) AS left
    FROM exam_sites s
    LEFT JOIN (SELECT sum(capacity)::int AS capacity, sum(taken)::int AS taken FROM exam_site_seats
               WHERE exam_id = ${examId} AND site_id = ${siteId}) t ON true
    WHERE s.id = ${siteId}`.execute(ex);
  return Number(rows[0]?.left ?? 0);
}

/**
 * Seats left at the site an application has chosen, as the application is now (null before the site's first submit
 * created its counters): one cheap read, for refusing a submit to a site known to be full before any write.
 */
export async function seatsLeftForApplication(ex: Executor, accountId: string, applicationId: string) {
  const { rows } = await sql<{ left: number | null }>`
    SELECT sum(s.capacity - s.taken)::int AS left FROM applications a
    JOIN exam_site_seats s ON s.exam_id = a.exam_id AND s.site_id = a.site_id
    WHERE a.id = ${applicationId} AND a.account_id = ${accountId}`.execute(ex);
  return rows[0]?.left ?? null;
}

const MAX_SEAT_SHARDS = 16;

/** R-EX-12: creates the seat shards of an exam at a site, the site's capacity shared out over them, unless they exist. */
export async function ensureSeatCounter(ex: Executor, examId: string, siteId: string): Promise<void> {
  await sql`INSERT INTO exam_site_seats (exam_id, site_id, shard, capacity)
    SELECT ${examId}, s.id, g.shard, s.capacity / k.n + CASE WHEN g.shard < s.capacity % k.n THEN 1 ELSE 0 END
    FROM exam_sites s
    CROSS JOIN LATERAL (SELECT greatest(1, least(${MAX_SEAT_SHARDS}, s.capacity)) AS n) k
    CROSS JOIN LATERAL generate_series(0, k.n - 1) AS g(shard)
    WHERE s.id = ${siteId}
    ON CONFLICT (exam_id, site_id, shard) DO NOTHING`.execute(ex);
}

/**
 * R-EX-12: the statement part that takes one seat when `when` holds, RETURNING its shard: a shard with room that
 * nobody holds, or none. It never waits for a held shard: a shard locked and found full on its latest row stays
 * locked to the end of the statement, so a submit that then waited could wait on one that waits on it. "None"
 * with seats left (seatsLeftInShards) means every shard with room was held for the last milliseconds of a submit.
 */
export function takeSeatWhen(examId: string, siteId: string, when: RawBuilder<unknown>) {
  return sql`UPDATE exam_site_seats SET taken = taken + 1
    WHERE exam_id = ${examId} AND site_id = ${siteId} AND taken < capacity
      AND shard = CASE WHEN ${when} THEN (SELECT shard FROM exam_site_seats
        WHERE exam_id = ${examId} AND site_id = ${siteId} AND taken < capacity
        ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED) END
    RETURNING shard`;
}

/** R-EX-12: seats left in the site's shards for the exam, as the statement sees them; null while there are none. */
export function seatsLeftInShards(examId: string, siteId: string) {
  return sql<number | null>`(SELECT sum(capacity - taken)::int FROM exam_site_seats
    WHERE exam_id = ${examId} AND site_id = ${siteId})`;
}

/**
 * R-EX-9: gives back the seat of a withdrawn application, to the first shard with a seat taken: it may wait for
 * that shard, but in shard order and holding no other (a submit never waits for one), so it cannot deadlock.
 */
export async function releaseSeat(ex: Executor, examId: string, siteId: string): Promise<void> {
  await sql`UPDATE exam_site_seats SET taken = taken - 1
    WHERE exam_id = ${examId} AND site_id = ${siteId} AND taken > 0
      AND shard = (SELECT shard FROM exam_site_seats WHERE exam_id = ${examId} AND site_id = ${siteId} AND taken > 0
                   ORDER BY shard LIMIT 1 FOR UPDATE)`.execute(ex);
}

/** R-EX-1: an exam's fees in an area, in fen (a row of exam_area_fees). */
export interface AreaFeesRow {
  examId: string;
  areaCode: string;
  skillsFen: number;
  writtenFen: number;
}

/** R-EX-1: sets the fees of exams in areas (a pair given again replaces its fees). */
export async function upsertAreaFees(ex: Executor, rows: readonly AreaFeesRow[]): Promise<void> {
  if (rows.length === 0) return;
  await ex
    .insertInto('exam_area_fees')
    .values(
      rows.map((r) => ({
        exam_id: r.examId,
        area_code: r.areaCode,
        skills_fee_fen: r.skillsFen,
        written_fee_fen: r.writtenFen,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['exam_id', 'area_code']).doUpdateSet((eb) => ({
        skills_fee_fen: eb.ref('excluded.skills_fee_fen'),
        written_fee_fen: eb.ref('excluded.written_fee_fen'),
      })),
    )
    .execute();
}

/** R-EX-11: adds exemptions (keyed ID hashes) of an exam; returns how many were new. */
export async function insertExemptions(ex: Executor, examId: string, hashes: readonly string[]): Promise<number> {
  if (hashes.length === 0) return 0;
  // One array parameter, however long the list: a row of parameters each would pass PostgreSQL's 65,535 limit.
  const result = await sql`INSERT INTO skills_exemptions (exam_id, id_number_hash)
    SELECT ${examId}, unnest(${hashes}::text[]) ON CONFLICT (exam_id, id_number_hash) DO NOTHING`.execute(ex);
  return Number(result.numAffectedRows ?? 0);
}

/** How many are on the exam's list (R-EX-11). */
export async function countExemptions(ex: Executor, examId: string): Promise<number> {
  const row = await ex
    .selectFrom('skills_exemptions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('exam_id', '=', examId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
