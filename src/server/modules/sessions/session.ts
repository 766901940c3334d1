import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../domain/errors';
import type { Role } from '../../../domain/account/roles';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/connect';
import { deleteSession, findLiveSession, insertSession, touchSession } from './repository';

export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;
// Writing last_seen_at on every request would make each read a write; a minute of slack is harmless
// against a 30-minute idle timeout.
const TOUCH_AFTER_MS = 60_000;

/** The logged-in account, as the server knows it (never as the client says). */
export interface Actor {
  accountId: string;
  username: string;
  role: Role;
  name: string;
  areaCode: string | null;
  siteId: string | null;
  tokenHash: string;
  /** The account as loaded with the session: one query serves both the check and GET /api/me. */
  account: SessionAccount;
}

export type SessionAccount = Pick<
  NonNullable<Awaited<ReturnType<typeof findLiveSession>>>,
  | 'email'
  | 'securityQuestion'
  | 'registeredAt'
  | 'idType'
  | 'idNumberMasked'
  | 'gender'
  | 'birthDate'
  | 'nationality'
  | 'ethnicity'
>;

export function cookieName(secure: boolean): string {
  // __Host- binds the cookie to this exact host over HTTPS, with Path=/ and no Domain.
  return secure ? '__Host-sid' : 'sid';
}

const hashToken = (token: string) => crypto.hash('sha256', token, 'hex');

type SessionWrite = (ex: Executor, s: { tokenHash: string; accountId: string; ip: string | null }) => Promise<void>;

/**
 * Starts a session: a new 256-bit token, so a login always rotates it. Returns the token for the cookie.
 * `write` is a login's (insertLoginSession: with its first-login mark and audit row) or a plain insert.
 */
export async function startSession(
  ex: Executor,
  accountId: string,
  ip: string | null,
  write: SessionWrite = insertSession,
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await write(ex, { tokenHash: hashToken(token), accountId, ip });
  return token;
}

export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string): void {
  reply.setCookie(cookieName(ctx.config.secureCookies), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
    path: '/',
    maxAge: ABSOLUTE_TIMEOUT_SECONDS,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(cookieName(ctx.config.secureCookies), { path: '/', secure: ctx.config.secureCookies });
}

/** A checked session as the session cache keeps it: the actor and the times its timeouts run from. */
export interface LiveSession {
  actor: Actor;
  createdAt: number;
  lastSeenAt: number;
}

const isLive = (s: LiveSession, now: number) =>
  now - s.createdAt < ABSOLUTE_TIMEOUT_SECONDS * 1000 && now - s.lastSeenAt < IDLE_TIMEOUT_SECONDS * 1000;

async function loadLiveSession(ctx: AppContext, tokenHash: string): Promise<LiveSession | null> {
  const row = await findLiveSession(ctx.db, tokenHash, IDLE_TIMEOUT_SECONDS, ABSOLUTE_TIMEOUT_SECONDS);
  if (!row) return null;
  const { accountId, username, role, name, areaCode, siteId, created_at, last_seen_at, token_hash, ...account } = row;
  return {
    actor: { accountId, username, role: role as Role, name, areaCode, siteId, tokenHash: token_hash, account },
    createdAt: created_at.getTime(),
    lastSeenAt: last_seen_at.getTime(),
  };
}

/** The request's actor, or null when there is no live session; most reads are answered by the session cache. */
export async function findActor(ctx: AppContext, request: FastifyRequest): Promise<Actor | null> {
  const token = request.cookies[cookieName(ctx.config.secureCookies)];
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const now = Date.now();
  let session = ctx.sessions.get(tokenHash, now);
  if (!session || !isLive(session, now)) {
    session = (await loadLiveSession(ctx, tokenHash)) ?? undefined;
    if (!session) return null;
    ctx.sessions.set(tokenHash, session.actor.accountId, session, now);
  }
  if (now - session.lastSeenAt > TOUCH_AFTER_MS) {
    await touchSession(ctx.db, tokenHash);
    session.lastSeenAt = now;
  }
  return session.actor;
}

/** The actor, or a 401. */
export async function requireActor(ctx: AppContext, request: FastifyRequest): Promise<Actor> {
  const actor = await findActor(ctx, request);
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

export async function endSession(ex: Executor, actor: Actor): Promise<void> {
  await deleteSession(ex, actor.tokenHash);
}
