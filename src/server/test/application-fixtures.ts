import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { StepChoices } from '../../domain/application/steps';
import type { Db } from '../db/connect';
import { insertAccount } from '../modules/accounts/repository';
import { importEntries } from '../modules/dictionaries/import';
import { upsertAreaFees } from '../modules/exams/repository';
import { insertEntry, upsertPhoto, upsertWork } from '../modules/profile/repository';
import { startSession } from '../modules/sessions/session';

// Shared by the API tests, the concurrency test and the benchmark: no vitest imports here.

const DAY = 24 * 60 * 60 * 1000;

async function insertExam(db: Db, code: string, level: string, name: string, window: [Date, Date]): Promise<string> {
  const row = await db
    .insertInto('exams')
    .values({
      code,
      year: Number(code.slice(0, 4)),
      category_code: code.slice(4),
      name,
      type: '医师资格考试',
      level,
      category: name.startsWith('口腔') ? '口腔' : '临床',
      exam_month: `${code.slice(0, 4)}-09`,
      phase: '报名',
      registration_opens_at: window[0],
      registration_closes_at: window[1],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A site of `areaCode` with `capacity` seats and a fresh code (tests and benchmark runs add their own). */
export async function addSite(db: Db, areaCode: string, capacity: number): Promise<string> {
  const row = await db
    .insertInto('exam_sites')
    .values({
      area_code: areaCode,
      code: `${areaCode}${crypto.randomBytes(4).toString('hex')}`,
      name: `测试考点${capacity}`,
      capacity,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A small catalogue: two areas, exams open now (and one closed), a big site, a one-seat site, a site elsewhere;
 * 北京市 has published its fees for the open exams (R-EX-1), 天津市 none.
 */
export async function seedTestCatalogue(db: Db, now = new Date()) {
  await db
    .insertInto('exam_areas')
    .values([
      { code: '11', name: '北京市' },
      { code: '12', name: '天津市' },
    ])
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const open: [Date, Date] = [new Date(now.getTime() - DAY), new Date(now.getTime() + 30 * DAY)];
  const year = now.getFullYear();
  const exams = {
    clinical: await insertExam(db, `${year}110`, '执业医师', '临床执业医师', open),
    dental: await insertExam(db, `${year}120`, '执业医师', '口腔执业医师', open),
    assistant: await insertExam(db, `${year}210`, '执业助理医师', '临床执业助理医师', open),
    closed: await insertExam(db, `${year - 1}110`, '执业医师', '临床执业医师', [
      new Date(now.getTime() - 60 * DAY),
      new Date(now.getTime() - 30 * DAY),
    ]),
  };
  const fees = { beijingClinical: { skillsFen: 5000, writtenFen: 12000 } };
  await upsertAreaFees(db, [
    { examId: exams.clinical, areaCode: '11', ...fees.beijingClinical },
    { examId: exams.dental, areaCode: '11', skillsFen: 5500, writtenFen: 12000 },
    { examId: exams.assistant, areaCode: '11', skillsFen: 4000, writtenFen: 10000 },
  ]);
  const sites = {
    big: await addSite(db, '11', 800),
    small: await addSite(db, '11', 1),
    tianjin: await addSite(db, '12', 200),
  };
  await importEntries(db, 'work-units', [
    { line: 2, fields: { name: '北京协和医院', regionCode: '110101', code: 'U1' } },
  ]);
  await importEntries(db, 'schools', [{ line: 2, fields: { name: '北京大学', regionCode: '11' } }]);
  await importEntries(db, 'majors', [{ line: 2, fields: { name: '临床医学', code: '100201K' } }]);
  const { rows } = await sql<{ kind: string; id: string }>`SELECT kind, id FROM dictionary_entries`.execute(db);
  const idOf = (kind: string) => rows.find((r) => r.kind === kind)!.id;
  return { exams, fees, sites, workUnitId: idOf('work-units'), schoolId: idOf('schools'), majorId: idOf('majors') };
}

/** The body of a mainland 本科 education entry (POST /api/profile/educations) with the catalogue's school and major. */
export const bachelorEducation = (cat: { schoolId: string; majorId: string }) => ({
  origin: '大陆',
  category: '高等医学教育',
  studyForm: '普通全日制',
  level: '本科',
  degree: '学士',
  lengthYears: 5,
  graduatedOn: '2015-07',
  diplomaNumber: '100011201505001234',
  schoolId: cat.schoolId,
  majorId: cat.majorId,
});

/** The choices of a complete wizard for a 本科 candidate (education entry `educationId`) at `siteId` of `areaCode`. */
export function completeChoices(educationId: string, areaCode: string, siteId: string): StepChoices {
  return {
    basic: {},
    work: { confirmed: true },
    education: { educationIds: [educationId], residencyTraining: false, trainingIds: [] },
    certificate: { certificateIds: [] },
    confirm: { areaCode, siteId, attempts: 1 },
  };
}

export interface SeededCandidate {
  accountId: string;
  /** The session token, for the `sid` cookie. */
  token: string;
  applicationId: string;
  /** The 本科 entry its draft ticks. */
  educationId: string;
}

/**
 * `count` eligible candidates, each with a complete draft for `examId` at `siteId`, written straight through the
 * repositories: thousands in seconds, where registering through the API would spend 40 ms of argon2 on each.
 */
export async function seedDraftCandidates(
  db: Db,
  count: number,
  place: { examId: string; areaCode: string; siteId: string; workUnitId: string },
): Promise<SeededCandidate[]> {
  // Any bytes do: the photo is only checked for presence by the application rules.
  const photo = Buffer.from('not checked here');
  const out: SeededCandidate[] = [];
  for (let i = 0; i < count; i++) {
    const tag = crypto.randomBytes(8).toString('hex');
    const accountId = await insertAccount(db, {
      username: `c${tag}`,
      role: 'CANDIDATE',
      passwordHash: 'x',
      securityQuestion: '批量测试',
      securityAnswerHash: 'x',
      email: `c${tag}@example.org`,
      name: '批量考生',
      idType: 'RESIDENT_ID',
      idNumberCipher: 'x',
      idNumberHash: tag,
      idNumberMasked: '110101********0011',
      gender: 'M',
      birthDate: '1995-03-07',
      nationality: 'CN',
      ethnicity: '01',
    });
    await upsertWork(db, {
      account_id: accountId,
      employment_status: '在职',
      unit_affiliation: '地方',
      work_unit_id: place.workUnitId,
      title: null,
      title_obtained_on: null,
      position: null,
      military_identity: null,
    });
    await upsertPhoto(db, { account_id: accountId, jpeg: photo, width: 390, height: 567, bytes: photo.length }, null);
    const educationId = await insertEntry(db, 'educations', accountId, {
      origin: '大陆',
      category: '高等医学教育',
      level: '本科',
      degree: '学士',
      graduated_on: '2018-07',
    });
    const choices = completeChoices(educationId, place.areaCode, place.siteId);
    const { rows } = await sql<{
      id: string;
    }>`INSERT INTO applications (account_id, exam_id, choices, area_code, site_id)
      VALUES (${accountId}, ${place.examId}, ${JSON.stringify(choices)}::jsonb, ${place.areaCode}, ${place.siteId})
      RETURNING id`.execute(db);
    out.push({ accountId, token: await startSession(db, accountId, null), applicationId: rows[0]!.id, educationId });
  }
  return out;
}
