import crypto from 'node:crypto';
import { PROVINCES, gb11643CheckChar } from '../../domain/identity/resident-id';
import { maskIdNumber } from '../../domain/identity/id-number';
import type { Role } from '../../domain/account/roles';
import type { AppContext } from '../context';
import { insertAuditEvent } from '../modules/audit/repository';
import { countAccounts, insertAccount } from '../modules/accounts/repository';
import { upsertAreaFees } from '../modules/exams/repository';
import { DEMO_EXAMS, type CatalogueExam, SITE_CAPACITIES, SITE_CITIES, demoAreaFees } from './catalogue';
import { seedDictionaries } from './dictionaries';
import { workUnitRecords } from './work-units';

export interface DemoAccount {
  role: Role;
  username: string;
  password: string;
  securityAnswer: string;
}

/** Enough work units to pick from in every province, few enough to keep the first start short. */
const DEMO_WORK_UNITS = 3000;

const DEMO_CANDIDATE_ID_FIRST17 = '11010119950307123';
export const DEMO_CANDIDATE_ID_NUMBER = `${DEMO_CANDIDATE_ID_FIRST17}${gb11643CheckChar(DEMO_CANDIDATE_ID_FIRST17)}`;

const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A random password that itself follows R-ACC-3 (letters and digits, 5–12). */
function randomPassword(length = 12): string {
  const bytes = crypto.randomBytes(length);
  const chars = Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
  return `${chars.slice(0, length - 2)}${bytes[0]! % 10}${'abcdefghjk'[bytes[1]! % 10]}`;
}

/**
 * The catalogue: 31 areas with their sites, and this year's exams with an open registration window and their fees
 * in every area (R-EX-1).
 */
async function seedCatalogue(ctx: AppContext, now: Date): Promise<void> {
  const year = now.getFullYear();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('exam_areas')
      .values(PROVINCES.map((p) => ({ code: p.code, name: p.name })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const sites = PROVINCES.flatMap((p) =>
      (SITE_CITIES[p.code] ?? []).map((city, i) => ({
        area_code: p.code,
        code: `${p.code}${String(i + 1).padStart(2, '0')}`,
        name: `${city}考点`,
        capacity: SITE_CAPACITIES[i % SITE_CAPACITIES.length]!,
      })),
    );
    await trx
      .insertInto('exam_sites')
      .values(sites)
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const day = 24 * 60 * 60 * 1000;
    await trx
      .insertInto('exams')
      .values(
        DEMO_EXAMS.map((e) => ({
          code: `${year}${e.categoryCode}`,
          year,
          category_code: e.categoryCode,
          name: e.name,
          type: '医师资格考试',
          level: e.level,
          category: e.category,
          exam_month: `${year + 1}-06`,
          phase: '报名',
          // A demo whose window is open from the first start, for a month.
          registration_opens_at: new Date(now.getTime() - day),
          registration_closes_at: new Date(now.getTime() + 30 * day),
        })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const exams = await trx
      .selectFrom('exams')
      .select(['id', 'level'])
      .where(
        'code',
        'in',
        DEMO_EXAMS.map((e) => `${year}${e.categoryCode}`),
      )
      .execute();
    await upsertAreaFees(
      trx,
      exams.flatMap((exam) =>
        PROVINCES.map((p, i) => ({
          examId: exam.id,
          areaCode: p.code,
          ...demoAreaFees(exam.level as CatalogueExam['level'], i),
        })),
      ),
    );
  });
}

/**
 * Seeds demo data into an empty database: the catalogue, the dictionaries (schools, majors, generated work units)
 * and one account per role. Returns the accounts with their one-time passwords, or null when the database
 * already has accounts.
 */
export async function seedDemo(ctx: AppContext, now: Date = new Date()): Promise<DemoAccount[] | null> {
  if ((await countAccounts(ctx.db)) > 0) return null;
  await seedCatalogue(ctx, now);
  await seedDictionaries(ctx.db, workUnitRecords(DEMO_WORK_UNITS));
  // Searchable from the first request, not only after the next poll.
  await ctx.dictionaries.refresh();
  const firstSite = await ctx.db
    .selectFrom('exam_sites')
    .select('id')
    .where('code', '=', '1101')
    .executeTakeFirstOrThrow();
  const idNumber = DEMO_CANDIDATE_ID_NUMBER;
  const specs: { role: Role; username: string; name: string; areaCode?: string; siteId?: string }[] = [
    { role: 'CANDIDATE', username: 'demo_candidate', name: '王洋' },
    { role: 'SITE_STAFF', username: 'demo_staff', name: '东城区考点审核员', areaCode: '11', siteId: firstSite.id },
    { role: 'AREA_ADMIN', username: 'demo_area', name: '北京市考区管理员', areaCode: '11' },
    { role: 'NATIONAL_ADMIN', username: 'demo_admin', name: '国家医学考试中心管理员' },
  ];
  const accounts: DemoAccount[] = [];
  for (const spec of specs) {
    const password = randomPassword();
    const securityAnswer = randomPassword(8);
    const [passwordHash, securityAnswerHash] = await Promise.all([
      ctx.hasher.hash(password),
      ctx.hasher.hash(securityAnswer),
    ]);
    const candidate = spec.role === 'CANDIDATE';
    await ctx.db.transaction().execute(async (trx) => {
      const id = await insertAccount(trx, {
        username: spec.username,
        role: spec.role,
        passwordHash,
        securityQuestion: '演示账户的找回密码答案是什么？',
        securityAnswerHash,
        email: `${spec.username}@example.org`,
        name: spec.name,
        idType: candidate ? 'RESIDENT_ID' : null,
        idNumberCipher: candidate ? ctx.idCipher.encrypt(idNumber) : null,
        idNumberHash: candidate ? ctx.idCipher.hash('RESIDENT_ID', idNumber) : null,
        idNumberMasked: candidate ? maskIdNumber(idNumber) : null,
        gender: candidate ? 'M' : null,
        birthDate: candidate ? '1995-03-07' : null,
        nationality: candidate ? 'CN' : null,
        ethnicity: candidate ? '01' : null,
        areaCode: spec.areaCode ?? null,
        siteId: spec.siteId ?? null,
      });
      await insertAuditEvent(trx, {
        type: 'DEMO_DATA_SEEDED',
        actorId: null,
        subjectId: id,
        details: { role: spec.role },
      });
    });
    accounts.push({ role: spec.role, username: spec.username, password, securityAnswer });
  }
  return accounts;
}

/** The one-time notice printed on the first start: who can log in, with what. */
export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  const lines = accounts.map(
    (a) =>
      `  ${a.role.padEnd(15)} 用户名 ${a.username.padEnd(16)} 密码 ${a.password}   找回密码答案 ${a.securityAnswer}`,
  );
  return [
    '演示账户（密码只在本次显示，请记下）：',
    ...lines,
    `  演示考生：王洋，居民身份证 ${DEMO_CANDIDATE_ID_NUMBER}`,
  ].join('\n');
}
