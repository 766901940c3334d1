import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DictionaryKind,
  DictionaryRequestStatus,
  approveRequestSchema,
  dictionaryRequestSchema,
} from '../../domain/dictionary/kinds';
import { api } from './client';

/** One hit of `GET /api/dictionaries/{kind}` (R-DICT-1). */
export interface DictionaryHit {
  id: string;
  name: string;
  /** Institution code (work units) or major code (the same major name exists at two levels). */
  code?: string;
  /** GB/T 2260: a county for work units, a province for schools. */
  regionCode?: string;
  /** The former name that matched (R-DICT-4). */
  alias?: string;
}

/** A candidate's request to add a name (R-DICT-3), as `GET /api/dictionary-requests` lists it. */
export interface DictionaryRequest {
  id: string;
  kind: DictionaryKind;
  name: string;
  regionCode: string | null;
  country: string | null;
  status: DictionaryRequestStatus;
  entryId: string | null;
  entryName: string | null;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** The centre's view of a request: how many candidates asked for it. */
export interface QueuedDictionaryRequest extends DictionaryRequest {
  requesterCount: number;
}

export interface Region {
  code: string;
  name: string;
}

export type DictionaryRequestBody = z.input<typeof dictionaryRequestSchema>;
export type ApproveBody = z.input<typeof approveRequestSchema>;

/** R-DICT-1: the best matches of `q`; `region` (a GB/T 2260 prefix) narrows work units. */
export function dictionarySearchQuery(kind: DictionaryKind, q: string, region: string | undefined, limit = 20) {
  return queryOptions({
    queryKey: ['dictionary', kind, q, region ?? '', limit],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ q, limit: String(limit) });
      if (region) params.set('region', region);
      return api<{ items: DictionaryHit[] }>(
        'GET',
        `/api/dictionaries/${kind}?${params.toString()}`,
        undefined,
        signal,
      );
    },
    // A search answer is fine for a while; an approved entry still shows at once through invalidation.
    staleTime: 30_000,
  });
}

/** GB/T 2260 children of `parent` ('' the provinces, '11' the cities of 北京, '1101' its counties). */
export function regionsQuery(parent: string) {
  return queryOptions({
    queryKey: ['regions', parent],
    queryFn: async () => (await api<{ items: Region[] }>('GET', `/api/regions?parent=${parent}`)).items,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export const myDictionaryRequestsQuery = queryOptions({
  queryKey: ['dictionary-requests'],
  queryFn: async () => (await api<{ items: DictionaryRequest[] }>('GET', '/api/dictionary-requests')).items,
  staleTime: 10_000,
});

/** The candidate's own requests; polled while one is pending, so an approval shows without a reload. */
export function useMyDictionaryRequests(enabled = true) {
  return useQuery({
    ...myDictionaryRequestsQuery,
    enabled,
    refetchInterval: (query) => (query.state.data?.some((r) => r.status === 'PENDING') ? 30_000 : false),
  });
}

export function useRequestDictionaryEntry(kind: DictionaryKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DictionaryRequestBody) =>
      api<{ id: string; status: 'PENDING'; merged: boolean }>('POST', `/api/dictionaries/${kind}/requests`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myDictionaryRequestsQuery.queryKey }),
  });
}

export function adminDictionaryRequestsQuery(status: DictionaryRequestStatus) {
  return queryOptions({
    queryKey: ['admin', 'dictionary-requests', status],
    queryFn: async () =>
      (await api<{ items: QueuedDictionaryRequest[] }>('GET', `/api/admin/dictionary-requests?status=${status}`)).items,
  });
}

/** After a decision the queue, and any search that may now find the new entry, are asked again. */
function useDecision<TBody>(call: (id: string, body: TBody) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TBody }) => call(id, body),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'dictionary-requests'] });
      await queryClient.invalidateQueries({ queryKey: ['dictionary'] });
    },
  });
}

export function useApproveDictionaryRequest() {
  return useDecision((id, body: ApproveBody) =>
    api<{ id: string; status: DictionaryRequestStatus; entryId?: string }>(
      'POST',
      `/api/admin/dictionary-requests/${id}/approve`,
      body,
    ),
  );
}

export function useRejectDictionaryRequest() {
  return useDecision((id, body: { reason: string }) =>
    api<{ id: string; status: DictionaryRequestStatus }>('POST', `/api/admin/dictionary-requests/${id}/reject`, body),
  );
}
