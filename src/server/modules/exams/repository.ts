import { sql } from 'kysely';
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

/** R-EX-8, R-EX-12: every area with its sites and the seats left for `examId` (a site nobody chose yet is empty). */
export function listSitesWithSeats(ex: Executor, examId: string) {
  return ex
    .selectFrom('exam_sites as s')
    .innerJoin('exam_areas as a', 'a.code', 's.area_code')
    .leftJoin('exam_site_seats as t', (j) => j.onRef('t.site_id', '=', 's.id').on('t.exam_id', '=', examId))
    .select([
      'a.code as area_code',
      'a.name as area_name',
      's.id',
      's.code',
      's.name',
      sql<number>`coalesce(t.capacity, s.capacity)`.as('capacity'),
      sql<number>`coalesce(t.taken, 0)`.as('taken'),
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
    FROM exam_sites s LEFT JOIN exam_site_seats t ON t.site_id = s.id AND t.exam_id = ${examId}
    WHERE s.id = ${siteId}`.execute(ex);
  return Number(rows[0]?.left ?? 0);
}

/** R-EX-12: creates the seat counter of an exam at a site, with the site's capacity, unless it exists. */
export async function ensureSeatCounter(ex: Executor, examId: string, siteId: string): Promise<void> {
  await sql`INSERT INTO exam_site_seats (exam_id, site_id, capacity)
    SELECT ${examId}, id, capacity FROM exam_sites WHERE id = ${siteId}
    ON CONFLICT (exam_id, site_id) DO NOTHING`.execute(ex);
}

/**
 * R-EX-12: takes one seat, or returns false when none is left. The row lock of the UPDATE serialises
 * concurrent submitters and PostgreSQL re-checks `taken < capacity` on the latest row, so no site is over-booked.
 */
export async function takeSeat(ex: Executor, examId: string, siteId: string): Promise<boolean> {
  const result = await sql`UPDATE exam_site_seats SET taken = taken + 1
    WHERE exam_id = ${examId} AND site_id = ${siteId} AND taken < capacity`.execute(ex);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** R-EX-9: gives back the seat of a withdrawn application. */
export async function releaseSeat(ex: Executor, examId: string, siteId: string): Promise<void> {
  await sql`UPDATE exam_site_seats SET taken = taken - 1
    WHERE exam_id = ${examId} AND site_id = ${siteId}`.execute(ex);
}

/** R-EX-11: adds exemptions (keyed ID hashes) of an exam; returns how many were new. */
export async function insertExemptions(ex: Executor, examId: string, hashes: readonly string[]): Promise<number> {
  if (hashes.length === 0) return 0;
  const result = await ex
    .insertInto('skills_exemptions')
    .values(hashes.map((h) => ({ exam_id: examId, id_number_hash: h })))
    .onConflict((oc) => oc.columns(['exam_id', 'id_number_hash']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
