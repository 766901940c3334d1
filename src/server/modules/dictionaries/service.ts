import { inTransaction } from '../../db/transaction';
import { AppError } from '../../../domain/errors';
import { can } from '../../../domain/policy';
import type { DictionaryKind, DictionaryRequestInput } from '../../../domain/dictionary/kinds';
import type { AppContext } from '../../context';
import { isUniqueViolation } from '../../db/errors';
import { insertAuditEvent } from '../audit/repository';
import type { Actor } from '../sessions/session';
import { findEntryByNaturalKey, insertEntry } from './repository';
import {
  addRequester,
  decideRequest,
  findPendingRequest,
  findRequest,
  insertRequest,
  listRequests,
  requestsOfAccount,
} from './requests-repository';
import { encodeKeys, searchKeysOf } from './search/keys';

/** R-DICT-1: the best matches of `q` (initials, full pinyin, Chinese, alias or code). */
export function searchDictionary(ctx: AppContext, kind: DictionaryKind, q: string, limit: number, region?: string) {
  return ctx.dictionaries.search(kind, q, { limit, ...(region ? { region } : {}) }).map((hit) => ({
    id: String(hit.id),
    name: hit.name,
    ...(hit.code ? { code: hit.code } : {}),
    ...(hit.regionCode ? { regionCode: hit.regionCode } : {}),
    ...(hit.alias ? { alias: hit.alias } : {}),
  }));
}

function requireAllowed(actor: Actor, action: Parameters<typeof can>[1]): void {
  if (!can(actor, action)) throw new AppError('FORBIDDEN');
}

/** What each kind needs besides the name: work units a county, foreign schools a country. */
function requestPlace(ctx: AppContext, kind: DictionaryKind, input: DictionaryRequestInput) {
  const regionCode = input.regionCode ?? null;
  const country = input.country ?? null;
  if (regionCode && !ctx.regions.nameOf(regionCode)) {
    throw new AppError('VALIDATION', { fields: { regionCode: '所选地区不存在，请重新选择。' } });
  }
  if (kind === 'work-units' && !regionCode) {
    throw new AppError('VALIDATION', { fields: { regionCode: '请选择工作单位所在地区（区县）。' } });
  }
  if (kind === 'schools' && !regionCode && !country) {
    throw new AppError('VALIDATION', { fields: { country: '请选择学校所在地区，境外学校请填写国家或地区。' } });
  }
  return { regionCode, country };
}

/** R-DICT-3: files (or joins) a request to add a name the dictionary lacks. */
export async function requestEntry(ctx: AppContext, actor: Actor, kind: DictionaryKind, input: DictionaryRequestInput) {
  requireAllowed(actor, 'dictionary.request');
  const place = requestPlace(ctx, kind, input);
  const existing = ctx.dictionaries
    .search(kind, input.name, { limit: 5 })
    .find((hit) => hit.name === input.name && (!place.regionCode || hit.regionCode === place.regionCode));
  if (existing) throw new AppError('ALREADY_IN_DICTIONARY');
  await ctx.throttles.dictionaryRequestsByAccount.hit(actor.accountId);
  const request = { kind, name: input.name, ...place };
  return inTransaction(
    ctx.db,
    async (trx) => {
      const pending = await findPendingRequest(trx, request);
      const id = pending?.id ?? (await insertRequest(trx, request));
      await addRequester(trx, id, actor.accountId);
      return { id, status: 'PENDING' as const, merged: pending !== undefined };
    },
    // Two candidates asking for the same name at once: the second's new run joins the first's request.
    { alsoRetry: (error) => isUniqueViolation(error, 'dictionary_requests_pending_key') },
  );
}

const presentRequest = (r: Awaited<ReturnType<typeof requestsOfAccount>>[number]) => ({
  id: r.id,
  kind: r.kind as DictionaryKind,
  name: r.name,
  regionCode: r.regionCode,
  country: r.country,
  status: r.status as 'PENDING' | 'APPROVED' | 'REJECTED',
  entryId: r.entryId,
  entryName: r.entryName,
  reason: r.reason,
  createdAt: r.createdAt.toISOString(),
  decidedAt: r.decidedAt?.toISOString() ?? null,
});

/** The candidate's own requests with their outcome. */
export async function listMyRequests(ctx: AppContext, actor: Actor) {
  return (await requestsOfAccount(ctx.db, actor.accountId)).map(presentRequest);
}

/** The centre's queue (R-DICT-3). */
export async function listRequestQueue(ctx: AppContext, actor: Actor, status: string) {
  requireAllowed(actor, 'dictionary.review');
  return (await listRequests(ctx.db, status, 500)).map((r) => ({
    ...presentRequest(r),
    requesterCount: Number(r.requesterCount ?? 0),
  }));
}

async function loadPending(ctx: AppContext, id: string) {
  const request = await findRequest(ctx.db, id);
  if (!request) throw new AppError('NOT_FOUND');
  if (request.status !== 'PENDING') throw new AppError('ALREADY_DECIDED');
  return request;
}

/** Approves a request: the entry is created (or the existing one linked) and searchable at once. */
export async function approveRequest(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { name?: string | undefined; code?: string | undefined; regionCode?: string | undefined },
  ip: string,
) {
  requireAllowed(actor, 'dictionary.review');
  const request = await loadPending(ctx, id);
  const kind = request.kind as DictionaryKind;
  const name = input.name ?? request.name;
  const regionCode = input.regionCode ?? request.regionCode;
  if (regionCode && !ctx.regions.nameOf(regionCode)) {
    throw new AppError('VALIDATION', { fields: { regionCode: '行政区划代码不存在。' } });
  }
  const keys = encodeKeys(searchKeysOf(name));
  const entryId = await inTransaction(ctx.db, async (trx) => {
    const same = await findEntryByNaturalKey(trx, kind, name, input.code ?? null);
    const entry =
      same?.id ??
      (await insertEntry(trx, {
        kind,
        name,
        code: input.code ?? null,
        regionCode,
        category: kind === 'schools' ? (request.country ? '境外' : '大陆') : null,
        note: request.country ? `国家或地区：${request.country}` : null,
        initials: keys.initials,
        fullPinyin: keys.full,
        aliases: [],
      }));
    if (
      !(await decideRequest(trx, id, { status: 'APPROVED', entryId: entry, reason: null, decidedBy: actor.accountId }))
    ) {
      throw new AppError('ALREADY_DECIDED');
    }
    await insertAuditEvent(trx, {
      type: 'DICTIONARY_REQUEST_APPROVED',
      actorId: actor.accountId,
      subjectId: null,
      ip,
      details: { requestId: id, entryId: entry, kind, name },
    });
    return entry;
  });
  await ctx.dictionaries.refresh();
  return { id, status: 'APPROVED' as const, entryId };
}

/** Rejects a request with the reason its requesters will read. */
export async function rejectRequest(ctx: AppContext, actor: Actor, id: string, reason: string, ip: string) {
  requireAllowed(actor, 'dictionary.review');
  const request = await loadPending(ctx, id);
  await inTransaction(ctx.db, async (trx) => {
    if (!(await decideRequest(trx, id, { status: 'REJECTED', entryId: null, reason, decidedBy: actor.accountId }))) {
      throw new AppError('ALREADY_DECIDED');
    }
    await insertAuditEvent(trx, {
      type: 'DICTIONARY_REQUEST_REJECTED',
      actorId: actor.accountId,
      subjectId: null,
      ip,
      details: { requestId: id, kind: request.kind, name: request.name, reason },
    });
  });
  return { id, status: 'REJECTED' as const };
}
