import { sql } from 'kysely';
import type { Executor } from '../../db/connect';

export interface NewAccount {
  username: string;
  role: string;
  passwordHash: string;
  securityQuestion: string;
  securityAnswerHash: string;
  email: string;
  name: string;
  idType: string | null;
  idNumberCipher: string | null;
  idNumberHash: string | null;
  idNumberMasked: string | null;
  gender: string | null;
  birthDate: string | null;
  nationality: string | null;
  ethnicity: string | null;
  areaCode?: string | null;
  siteId?: string | null;
  firstLoginAt?: Date | null;
}

const ACCOUNT_COLUMNS = [
  'id',
  'username',
  'role',
  'password_hash',
  'security_question',
  'security_answer_hash',
  'email',
  'name',
  'id_type',
  'id_number_masked',
  'gender',
  'birth_date',
  'nationality',
  'ethnicity',
  'area_code',
  'site_id',
  'first_login_at',
  'created_at',
] as const;

export async function insertAccount(ex: Executor, a: NewAccount): Promise<string> {
  const row = await ex
    .insertInto('accounts')
    .values({
      username: a.username,
      role: a.role,
      password_hash: a.passwordHash,
      security_question: a.securityQuestion,
      security_answer_hash: a.securityAnswerHash,
      email: a.email,
      name: a.name,
      id_type: a.idType,
      id_number_cipher: a.idNumberCipher,
      id_number_hash: a.idNumberHash,
      id_number_masked: a.idNumberMasked,
      gender: a.gender,
      birth_date: a.birthDate,
      nationality: a.nationality,
      ethnicity: a.ethnicity,
      area_code: a.areaCode ?? null,
      site_id: a.siteId ?? null,
      first_login_at: a.firstLoginAt ?? null,
      password_changed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findAccountByUsername(ex: Executor, username: string) {
  return ex
    .selectFrom('accounts')
    .select(ACCOUNT_COLUMNS)
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export function findAccountById(ex: Executor, id: string) {
  return ex.selectFrom('accounts').select(ACCOUNT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findAccountByIdentity(ex: Executor, idType: string, idNumberHash: string) {
  return ex
    .selectFrom('accounts')
    .select(ACCOUNT_COLUMNS)
    .where('id_type', '=', idType)
    .where('id_number_hash', '=', idNumberHash)
    .executeTakeFirst();
}

export async function countAccounts(ex: Executor): Promise<number> {
  const row = await ex
    .selectFrom('accounts')
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the first login; true when this was it (R-NAV-2). */
export async function updatePasswordHash(ex: Executor, id: string, passwordHash: string): Promise<void> {
  await ex
    .updateTable('accounts')
    .set({ password_hash: passwordHash, password_changed_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function updateSecurity(
  ex: Executor,
  id: string,
  s: { securityQuestion: string; securityAnswerHash: string; email: string },
): Promise<void> {
  await ex
    .updateTable('accounts')
    .set({ security_question: s.securityQuestion, security_answer_hash: s.securityAnswerHash, email: s.email })
    .where('id', '=', id)
    .execute();
}

/** The stored (encrypted) ID number of the account, for the one use that needs it whole: the 申请表 (R-SITE-3). */
export async function findIdNumberCipher(ex: Executor, id: string): Promise<string | null> {
  const row = await ex.selectFrom('accounts').select('id_number_cipher').where('id', '=', id).executeTakeFirst();
  return row?.id_number_cipher ?? null;
}
