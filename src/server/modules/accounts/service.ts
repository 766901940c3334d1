import { inTransaction } from '../../db/transaction';
import { AppError } from '../../../domain/errors';
import type { Role } from '../../../domain/account/roles';
import type { Registration } from '../../../domain/account/schemas';
import { maskIdNumber } from '../../../domain/identity/id-number';
import type { AppContext } from '../../context';
import { isUniqueViolation } from '../../db/errors';
import { insertAuditEvent } from '../audit/repository';
import { deleteOtherSessions, insertLoginSession } from '../sessions/repository';
import { endSession, startSession, type Actor } from '../sessions/session';
import {
  findAccountById,
  findAccountByIdentity,
  findAccountByUsername,
  insertAccount,
  updatePasswordHash,
  updateSecurity,
} from './repository';

/** R-ACC-6 names the existing username, partly masked so the message does not hand it out. */
export function maskUsername(username: string): string {
  if (username.length <= 4) return `${username.slice(0, 1)}${'*'.repeat(username.length - 1)}`;
  return `${username.slice(0, 2)}${'*'.repeat(username.length - 3)}${username.slice(-1)}`;
}

function duplicatePersonError(existingUsername: string): AppError {
  const masked = maskUsername(existingUsername);
  return new AppError('DUPLICATE_PERSON', {
    message: `已经以用户名 ${masked} 在网站上完成了注册，请勿重复注册用户信息。(若用户名 ${masked} 非您本人注册，请您在资格审核期间，携本人身份证明和相关报名材料到资格审核现场处理。)`,
  });
}

/** R-ACC-1…6: opens a candidate account and logs it in; returns the session token. */
export async function registerCandidate(
  ctx: AppContext,
  input: Registration,
  ip: string,
): Promise<{ username: string; token: string }> {
  const idNumberHash = ctx.idCipher.hash(input.idType, input.idNumber);
  // Cheap checks first, so a duplicate costs no password hashing; the unique indexes settle races.
  const [byUsername, byPerson] = await Promise.all([
    findAccountByUsername(ctx.db, input.username),
    findAccountByIdentity(ctx.db, input.idType, idNumberHash),
  ]);
  if (byPerson) throw duplicatePersonError(byPerson.username);
  if (byUsername) throw new AppError('USERNAME_TAKEN', { fields: { username: '该用户名已被使用，请换一个用户名。' } });
  const [passwordHash, securityAnswerHash] = await Promise.all([
    ctx.hasher.hash(input.password),
    ctx.hasher.hash(input.securityAnswer),
  ]);
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const accountId = await insertAccount(trx, {
        username: input.username,
        role: 'CANDIDATE',
        passwordHash,
        securityQuestion: input.securityQuestion,
        securityAnswerHash,
        email: input.email,
        name: input.name,
        idType: input.idType,
        idNumberCipher: ctx.idCipher.encrypt(input.idNumber),
        idNumberHash,
        idNumberMasked: maskIdNumber(input.idNumber),
        gender: input.gender,
        birthDate: input.birthDate,
        nationality: input.nationality,
        ethnicity: input.ethnicity,
        // Registration logs the candidate in: this is the first entry (R-NAV-2).
        firstLoginAt: new Date(),
      });
      const token = await startSession(trx, accountId, ip);
      await insertAuditEvent(trx, { type: 'ACCOUNT_REGISTERED', actorId: accountId, ip });
      return { username: input.username, token };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'accounts_person_key')) {
      const existing = await findAccountByIdentity(ctx.db, input.idType, idNumberHash);
      throw duplicatePersonError(existing?.username ?? input.username);
    }
    if (isUniqueViolation(error, 'accounts_username_key')) throw new AppError('USERNAME_TAKEN');
    throw error;
  }
}

/** R-ACC-10: logs in with throttling per IP and per account; the same 401 whichever part is wrong. */
export async function logIn(
  ctx: AppContext,
  input: { username: string; password: string },
  ip: string,
): Promise<{ username: string; role: Role; firstLogin: boolean; token: string }> {
  const accountKey = input.username.toLowerCase();
  await ctx.throttles.loginFailuresByIp.check(ip);
  await ctx.throttles.loginFailuresByAccount.check(accountKey);
  const account = await findAccountByUsername(ctx.db, input.username);
  const ok = account
    ? await ctx.hasher.verify(account.password_hash, input.password)
    : await ctx.hasher.verifyNothing(input.password);
  if (!account || !ok) {
    await insertAuditEvent(ctx.db, { type: 'LOGIN_FAILED', actorId: null, subjectId: account?.id ?? null, ip });
    await ctx.throttles.loginFailuresByIp.hit(ip);
    try {
      await ctx.throttles.loginFailuresByAccount.hit(accountKey);
    } catch (locked) {
      if (account) await insertAuditEvent(ctx.db, { type: 'ACCOUNT_LOCKED', actorId: null, subjectId: account.id, ip });
      throw locked;
    }
    throw new AppError('BAD_CREDENTIALS');
  }
  await ctx.throttles.loginFailuresByAccount.reset(accountKey);
  const token = await startSession(ctx.db, account.id, ip, insertLoginSession);
  return { username: account.username, role: account.role as Role, firstLogin: account.first_login_at === null, token };
}

/** Ends this session. */
export async function logOut(ctx: AppContext, actor: Actor, ip: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await endSession(trx, actor);
    await insertAuditEvent(trx, { type: 'LOGGED_OUT', actorId: actor.accountId, ip });
  });
  await ctx.sessions.forget({ key: actor.tokenHash, group: actor.accountId });
}

/** The account and its basic info, ID number masked (R-ACC-7 shows the registration time); no query of its own. */
export function getMe(actor: Actor) {
  const a = actor.account;
  return {
    username: actor.username,
    role: actor.role,
    email: a.email,
    securityQuestion: a.securityQuestion,
    registeredAt: a.registeredAt.toISOString(),
    basic:
      a.idType && a.idNumberMasked
        ? {
            name: actor.name,
            idType: a.idType,
            idNumber: a.idNumberMasked,
            gender: a.gender as 'M' | 'F',
            birthDate: a.birthDate ?? '',
            nationality: a.nationality ?? '',
            ethnicity: a.ethnicity ?? '',
          }
        : null,
  };
}

async function verifyCurrentPassword(ctx: AppContext, actor: Actor, currentPassword: string): Promise<void> {
  const accountKey = actor.username.toLowerCase();
  await ctx.throttles.loginFailuresByAccount.check(accountKey);
  const account = await findAccountById(ctx.db, actor.accountId);
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (!(await ctx.hasher.verify(account.password_hash, currentPassword))) {
    await ctx.throttles.loginFailuresByAccount.hit(accountKey);
    throw new AppError('WRONG_PASSWORD', { fields: { currentPassword: '当前密码错误。' } });
  }
}

/** R-ACC-7: a new password; every other session of the account ends. */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<void> {
  await verifyCurrentPassword(ctx, actor, input.currentPassword);
  const passwordHash = await ctx.hasher.hash(input.newPassword);
  await inTransaction(ctx.db, async (trx) => {
    await updatePasswordHash(trx, actor.accountId, passwordHash);
    await deleteOtherSessions(trx, actor.accountId, actor.tokenHash);
    await insertAuditEvent(trx, { type: 'PASSWORD_CHANGED', actorId: actor.accountId, ip });
  });
  await ctx.sessions.forget({ group: actor.accountId });
}

/** R-ACC-7: a new recovery question, answer and email, with the current password. */
export async function changeSecurity(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; securityQuestion: string; securityAnswer: string; email: string },
  ip: string,
): Promise<void> {
  await verifyCurrentPassword(ctx, actor, input.currentPassword);
  const securityAnswerHash = await ctx.hasher.hash(input.securityAnswer);
  await inTransaction(ctx.db, async (trx) => {
    await updateSecurity(trx, actor.accountId, {
      securityQuestion: input.securityQuestion,
      securityAnswerHash,
      email: input.email,
    });
    await insertAuditEvent(trx, { type: 'SECURITY_CHANGED', actorId: actor.accountId, ip });
  });
  // GET /api/me answers from the cached account: it must show the new question and email.
  await ctx.sessions.forget({ group: actor.accountId });
}

/** R-ACC-8: name + ID + recovery answer set a new password; every session of the account ends. */
export async function recoverPassword(
  ctx: AppContext,
  input: { name: string; idType: string; idNumber: string; securityAnswer: string; newPassword: string },
  ip: string,
): Promise<void> {
  const idNumberHash = ctx.idCipher.hash(input.idType, input.idNumber);
  await ctx.throttles.recoveryFailuresByPerson.check(idNumberHash);
  const account = await findAccountByIdentity(ctx.db, input.idType, idNumberHash);
  const ok =
    account && account.name === input.name
      ? await ctx.hasher.verify(account.security_answer_hash, input.securityAnswer)
      : await ctx.hasher.verifyNothing(input.securityAnswer);
  if (!account || !ok) {
    await insertAuditEvent(ctx.db, { type: 'RECOVERY_FAILED', actorId: null, subjectId: account?.id ?? null, ip });
    await ctx.throttles.recoveryFailuresByPerson.hit(idNumberHash);
    throw new AppError('RECOVERY_FAILED');
  }
  const passwordHash = await ctx.hasher.hash(input.newPassword);
  await inTransaction(ctx.db, async (trx) => {
    await updatePasswordHash(trx, account.id, passwordHash);
    await deleteOtherSessions(trx, account.id, null);
    await insertAuditEvent(trx, { type: 'PASSWORD_RECOVERED', actorId: account.id, ip });
  });
  await ctx.sessions.forget({ group: account.id });
  // A recovered account is no longer locked by the guesses that made its owner recover it.
  await ctx.throttles.loginFailuresByAccount.reset(account.username.toLowerCase());
  await ctx.throttles.recoveryFailuresByPerson.reset(idNumberHash);
}
