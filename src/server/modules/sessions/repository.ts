import { sql } from 'kysely';
import type { Executor } from '../../db/connect';
import { withAuditRow } from '../audit/repository';

export async function insertSession(
  ex: Executor,
  s: { tokenHash: string; accountId: string; ip: string | null },
): Promise<void> {
  await ex
    .insertInto('sessions')
    .values({ token_hash: s.tokenHash, account_id: s.accountId, ip: s.ip, last_seen_at: new Date() })
    .execute();
}

/**
 * A login's whole write in one statement, so atomic without a transaction's extra round trips (logins come in
 * floods): the session, the account's first login when it is one (R-NAV-2), and the LOGIN_SUCCEEDED audit row.
 */
export async function insertLoginSession(
  ex: Executor,
  s: { tokenHash: string; accountId: string; ip: string | null },
): Promise<void> {
  await withAuditRow(ex, { type: 'LOGIN_SUCCEEDED', actorId: s.accountId, ip: s.ip })
    .with('first_login', (db) =>
      db
        .updateTable('accounts')
        .set({ first_login_at: sql`now()` })
        .where('id', '=', s.accountId)
        .where('first_login_at', 'is', null),
    )
    .insertInto('sessions')
    .values({ token_hash: s.tokenHash, account_id: s.accountId, ip: s.ip, last_seen_at: sql`now()` })
    .execute();
}

/** The live session and its account, or undefined when it is unknown, idle too long or too old. */
export function findLiveSession(ex: Executor, tokenHash: string, idleSeconds: number, absoluteSeconds: number) {
  return ex
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select([
      's.token_hash',
      's.created_at',
      's.last_seen_at',
      'a.id as accountId',
      'a.username',
      'a.role',
      'a.name',
      'a.area_code as areaCode',
      'a.site_id as siteId',
      'a.email',
      'a.security_question as securityQuestion',
      'a.created_at as registeredAt',
      'a.id_type as idType',
      'a.id_number_masked as idNumberMasked',
      'a.gender',
      'a.birth_date as birthDate',
      'a.nationality',
      'a.ethnicity',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
    .where('s.created_at', '>', sql<Date>`now() - make_interval(secs => ${absoluteSeconds})`)
    .executeTakeFirst();
}

export async function touchSession(ex: Executor, tokenHash: string): Promise<void> {
  await ex.updateTable('sessions').set({ last_seen_at: new Date() }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(ex: Executor, tokenHash: string): Promise<void> {
  await ex.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of the account except `keepTokenHash` (all of them when it is null). */
export async function deleteOtherSessions(
  ex: Executor,
  accountId: string,
  keepTokenHash: string | null,
): Promise<void> {
  let q = ex.deleteFrom('sessions').where('account_id', '=', accountId);
  if (keepTokenHash) q = q.where('token_hash', '<>', keepTokenHash);
  await q.execute();
}

/** Housekeeping: sessions past their absolute lifetime. */
export async function deleteExpiredSessions(ex: Executor, absoluteSeconds: number): Promise<void> {
  await ex
    .deleteFrom('sessions')
    .where('created_at', '<', sql<Date>`now() - make_interval(secs => ${absoluteSeconds})`)
    .execute();
}
