import type { Executor } from '../../db/connect';
import type { DictionaryKind } from '../../../domain/dictionary/kinds';

const REQUEST_COLUMNS = [
  'r.id',
  'r.kind',
  'r.name',
  'r.region_code as regionCode',
  'r.country',
  'r.status',
  'r.entry_id as entryId',
  'r.reason',
  'r.created_at as createdAt',
  'r.decided_at as decidedAt',
] as const;

export function findPendingRequest(
  ex: Executor,
  r: { kind: DictionaryKind; name: string; regionCode: string | null; country: string | null },
) {
  return ex
    .selectFrom('dictionary_requests')
    .select(['id'])
    .where('kind', '=', r.kind)
    .where('name', '=', r.name)
    .where('status', '=', 'PENDING')
    .where((eb) => (r.regionCode === null ? eb('region_code', 'is', null) : eb('region_code', '=', r.regionCode)))
    .where((eb) => (r.country === null ? eb('country', 'is', null) : eb('country', '=', r.country)))
    .executeTakeFirst();
}

export async function insertRequest(
  ex: Executor,
  r: { kind: DictionaryKind; name: string; regionCode: string | null; country: string | null },
): Promise<string> {
  const row = await ex
    .insertInto('dictionary_requests')
    .values({ kind: r.kind, name: r.name, region_code: r.regionCode, country: r.country })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addRequester(ex: Executor, requestId: string, accountId: string): Promise<void> {
  await ex
    .insertInto('dictionary_request_requesters')
    .values({ request_id: requestId, account_id: accountId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function requestsOfAccount(ex: Executor, accountId: string) {
  return ex
    .selectFrom('dictionary_requests as r')
    .innerJoin('dictionary_request_requesters as q', 'q.request_id', 'r.id')
    .leftJoin('dictionary_entries as e', 'e.id', 'r.entry_id')
    .select([...REQUEST_COLUMNS, 'e.name as entryName'])
    .where('q.account_id', '=', accountId)
    .orderBy('r.created_at', 'desc')
    .limit(200)
    .execute();
}

export function listRequests(ex: Executor, status: string, limit: number) {
  return ex
    .selectFrom('dictionary_requests as r')
    .leftJoin('dictionary_entries as e', 'e.id', 'r.entry_id')
    .select([
      ...REQUEST_COLUMNS,
      'e.name as entryName',
      (eb) =>
        eb
          .selectFrom('dictionary_request_requesters as q')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('q.request_id', '=', 'r.id')
          .as('requesterCount'),
    ])
    .where('r.status', '=', status)
    .orderBy('r.created_at')
    .limit(limit)
    .execute();
}

export function findRequest(ex: Executor, id: string) {
  return ex.selectFrom('dictionary_requests as r').select(REQUEST_COLUMNS).where('r.id', '=', id).executeTakeFirst();
}

/** Decides a pending request; false when it was no longer pending (someone decided first). */
export async function decideRequest(
  ex: Executor,
  id: string,
  decision: { status: 'APPROVED' | 'REJECTED'; entryId: string | null; reason: string | null; decidedBy: string },
): Promise<boolean> {
  const row = await ex
    .updateTable('dictionary_requests')
    .set({
      status: decision.status,
      entry_id: decision.entryId,
      reason: decision.reason,
      decided_by: decision.decidedBy,
      decided_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'PENDING')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
