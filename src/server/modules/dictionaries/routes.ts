import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DICTIONARY_KINDS,
  DICTIONARY_REQUEST_STATUSES,
  approveRequestSchema,
  dictionaryRequestSchema,
  dictionarySearchQuerySchema,
  rejectRequestSchema,
} from '../../../domain/dictionary/kinds';
import type { AppContext } from '../../context';
import { errorResponses } from '../../http/responses';
import { requireActor } from '../sessions/session';
import {
  approveRequest,
  listMyRequests,
  listRequestQueue,
  rejectRequest,
  requestEntry,
  searchDictionary,
} from './service';

const kindParams = z.object({
  kind: z.enum(DICTIONARY_KINDS, { message: '字典类型应为 schools、work-units 或 majors。' }),
});
const idParams = z.object({ id: z.string().regex(/^\d{1,18}$/, { message: '申请编号无效。' }) });

const hitSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().optional(),
  regionCode: z.string().optional(),
  alias: z.string().optional().describe('the former name that matched (R-DICT-4)'),
});

const requestSchema = z.object({
  id: z.string(),
  kind: z.enum(DICTIONARY_KINDS),
  name: z.string(),
  regionCode: z.string().nullable(),
  country: z.string().nullable(),
  status: z.enum(DICTIONARY_REQUEST_STATUSES),
  entryId: z.string().nullable(),
  entryName: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

const decisionSchema = z.object({
  id: z.string(),
  status: z.enum(DICTIONARY_REQUEST_STATUSES),
  entryId: z.string().optional(),
});

export function dictionaryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/dictionaries/:kind',
    {
      schema: {
        tags: ['dictionaries'],
        summary: '检索字典（R-DICT-1）：拼音首字母、全拼、汉字、曾用名或机构代码',
        params: kindParams,
        querystring: dictionarySearchQuerySchema,
        response: { 200: z.object({ items: z.array(hitSchema) }), ...errorResponses(400) },
      },
      // R-DICT-1 answers while the candidate types: the server's share of each answer (parse, search, serialise)
      // is shown in a standard header, so operators and `npm run bench:search` see it without request logs.
      onSend: async (_request, reply, payload) => {
        reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(3)}`);
        return payload;
      },
    },
    async (request) => {
      const { q, limit, region } = request.query;
      return { items: searchDictionary(ctx, request.params.kind, q, limit, region) };
    },
  );

  r.post(
    '/api/dictionaries/:kind/requests',
    {
      schema: {
        tags: ['dictionaries'],
        summary: '申请添加字典条目（R-DICT-3）；相同申请合并',
        params: kindParams,
        body: dictionaryRequestSchema,
        response: {
          201: z.object({ id: z.string(), status: z.literal('PENDING'), merged: z.boolean() }),
          ...errorResponses(400, 401, 403, 409, 413, 415, 429),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      return reply.status(201).send(await requestEntry(ctx, actor, request.params.kind, request.body));
    },
  );

  r.get(
    '/api/dictionary-requests',
    {
      schema: {
        tags: ['dictionaries'],
        summary: '我的字典添加申请及其结果',
        response: { 200: z.object({ items: z.array(requestSchema) }), ...errorResponses(401) },
      },
    },
    async (request) => ({ items: await listMyRequests(ctx, await requireActor(ctx, request)) }),
  );

  r.get(
    '/api/admin/dictionary-requests',
    {
      schema: {
        tags: ['admin'],
        summary: '字典添加申请队列（国家医学考试中心）',
        querystring: z.object({ status: z.enum(DICTIONARY_REQUEST_STATUSES).default('PENDING') }),
        response: {
          200: z.object({ items: z.array(requestSchema.extend({ requesterCount: z.number() })) }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => ({
      items: await listRequestQueue(ctx, await requireActor(ctx, request), request.query.status),
    }),
  );

  r.post(
    '/api/admin/dictionary-requests/:id/approve',
    {
      schema: {
        tags: ['admin'],
        summary: '同意添加：创建字典条目，立即可检索',
        params: idParams,
        body: approveRequestSchema,
        response: { 200: decisionSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) =>
      approveRequest(ctx, await requireActor(ctx, request), request.params.id, request.body, request.ip),
  );

  r.post(
    '/api/admin/dictionary-requests/:id/reject',
    {
      schema: {
        tags: ['admin'],
        summary: '不予添加，并告知原因',
        params: idParams,
        body: rejectRequestSchema,
        response: { 200: decisionSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) =>
      rejectRequest(ctx, await requireActor(ctx, request), request.params.id, request.body.reason, request.ip),
  );
}
