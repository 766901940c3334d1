import { inTransaction } from '../../db/transaction';
import { AppError } from '../../../domain/errors';
import { publishedFees, type PublishedFees } from '../../../domain/application/fees';
import { areaFeesOf, isRegistrationOpen } from '../../../domain/exam/exam';
import { can } from '../../../domain/policy';
import type { AppContext } from '../../context';
import { insertAuditEvent } from '../audit/repository';
import type { Actor } from '../sessions/session';
import { importExemptions, type ExemptionRow } from './exemptions';
import { countExemptions, findExam, listExams, listSitesWithSeats, type ExamRow } from './repository';

/** An exam as the API shows it (R-EX-1), with whether its online registration is open at `now`. */
export function presentExam(row: ExamRow, now: Date) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    level: row.level,
    category: row.category,
    categoryCode: row.category_code,
    examMonth: row.exam_month,
    phase: row.phase,
    opensAt: row.registration_opens_at.toISOString(),
    closesAt: row.registration_closes_at.toISOString(),
    open: isRegistrationOpen(windowOf(row), now),
  };
}

/** The registration window of an exam row. */
export function windowOf(row: ExamRow) {
  return { opensAt: row.registration_opens_at, closesAt: row.registration_closes_at };
}

/** R-EX-3: the exam cards, filtered by type and level and searched by name or code. */
export async function searchExams(ctx: AppContext, filter: { type?: string; level?: string; q?: string }) {
  const now = new Date();
  return { items: (await listExams(ctx.db, filter)).map((row) => presentExam(row, now)) };
}

/** An exam by id, or 404. */
export async function requireExam(ctx: AppContext, id: string): Promise<ExamRow> {
  const exam = await findExam(ctx.db, id);
  if (!exam) throw new AppError('NOT_FOUND', { message: '该考试不存在。' });
  return exam;
}

/** R-EX-8, R-EX-12, R-EX-1: the areas of an exam with their sites, remaining seats and the fees each published. */
export async function examSites(ctx: AppContext, examId: string) {
  await requireExam(ctx, examId);
  const rows = await listSitesWithSeats(ctx.db, examId);
  type Site = { id: string; code: string; name: string; capacity: number; remaining: number };
  const areas = new Map<string, { code: string; name: string; fees: PublishedFees; sites: Site[] }>();
  for (const r of rows) {
    const area = areas.get(r.area_code) ?? {
      code: r.area_code,
      name: r.area_name,
      fees: publishedFees(areaFeesOf(r.skills_fee_fen, r.written_fee_fen)),
      sites: [],
    };
    areas.set(r.area_code, area);
    const capacity = Number(r.capacity);
    area.sites.push({ id: r.id, code: r.code, name: r.name, capacity, remaining: capacity - Number(r.taken) });
  }
  return { areas: [...areas.values()] };
}

/** R-EX-11: how many are on an exam's list, for the centre (the list itself is kept only as hashes). */
export async function skillsExemptionCount(ctx: AppContext, actor: Actor, examId: string) {
  if (!can(actor, 'exemption.import')) throw new AppError('FORBIDDEN');
  const exam = await requireExam(ctx, examId);
  return { listed: await countExemptions(ctx.db, exam.id) };
}

/**
 * R-EX-11: the national admin imports the list, its rows numbered as the lines of the operator's file. The rows are
 * read only once the actor may import to an existing exam: a refusal never depends on what was sent.
 */
export async function importSkillsExemptions(
  ctx: AppContext,
  actor: Actor,
  examId: string,
  readRows: () => readonly ExemptionRow[],
) {
  if (!can(actor, 'exemption.import')) throw new AppError('FORBIDDEN');
  const exam = await requireExam(ctx, examId);
  const list = readRows();
  return inTransaction(ctx.db, async (trx) => {
    const report = await importExemptions(trx, ctx.idCipher, exam.id, list);
    await insertAuditEvent(trx, {
      type: 'SKILLS_EXEMPTIONS_IMPORTED',
      actorId: actor.accountId,
      details: { examCode: exam.code, read: report.read, imported: report.imported, bad: report.bad.length },
    });
    return report;
  });
}
