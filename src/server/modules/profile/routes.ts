import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { errorResponses, noContent, sendJsonText } from '../../http/responses';
import { acceptRawBody } from '../../http/raw-body';
import { requireActor } from '../sessions/session';
import { ENTRY_GROUP_NAMES } from './entry-groups';
import {
  addEntry,
  changeEntry,
  getProfileJson,
  loadPhoto,
  removeEntry,
  saveContact,
  saveWork,
  savePhoto,
} from './service';

// The group schemas depend on the account (mainland or not, a current-year graduate student or not), so routes
// take any object and the service checks it with the right variant: the 400 names every wrong field either way.
const groupBody = (what: string) => z.looseObject({}).describe(`${what}（字段见 src/domain 中的对应 schema）`);
const entryParams = z.object({ id: z.string().regex(/^\d{1,18}$/, { message: '条目编号无效。' }) });
const GROUP_LABELS = { educations: '教育经历', trainings: '培训经历', certificates: '证书情况' } as const;

export function profileRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/profile',
    {
      schema: {
        tags: ['profile'],
        summary: '个人信息六组、照片，以及各条目的锁定与验证标记（R-PI-1、R-PI-4）',
        response: { 200: z.looseObject({ basic: z.looseObject({}), mainland: z.boolean() }), ...errorResponses(401) },
      },
    },
    async (request, reply) => sendJsonText(reply, await getProfileJson(ctx, await requireActor(ctx, request))),
  );

  r.put(
    '/api/profile/contact',
    {
      schema: {
        tags: ['profile'],
        summary: '保存联系方式（R-TEL-1、R-MOB-1、R-MAIL-1、R-ADDR-1、R-ZIP-1）',
        body: groupBody('{homePhone?, workPhone?, mobile, email, address: {regionCode, street}, postalCode}'),
        response: { 200: z.looseObject({}), ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request) => saveContact(ctx, await requireActor(ctx, request), request.body, request.ip),
  );

  r.put(
    '/api/profile/work',
    {
      schema: {
        tags: ['profile'],
        summary: '保存工作情况（R-PI-7、R-PI-8）',
        body: groupBody(
          '{employmentStatus, unitAffiliation, workUnitId, title?, titleObtainedOn?, position?, militaryIdentity?}',
        ),
        response: { 200: z.looseObject({}), ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request) => saveWork(ctx, await requireActor(ctx, request), request.body, request.ip),
  );

  for (const group of ENTRY_GROUP_NAMES) {
    const label = GROUP_LABELS[group];
    r.post(
      `/api/profile/${group}`,
      {
        schema: {
          tags: ['profile'],
          summary: `新增${label}条目（R-PI-3）`,
          body: groupBody(label),
          response: { 201: z.object({ id: z.string() }), ...errorResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addEntry(ctx, await requireActor(ctx, request), group, request.body, request.ip)),
    );
    r.put(
      `/api/profile/${group}/:id`,
      {
        schema: {
          tags: ['profile'],
          summary: `修改${label}条目；已锁定或已验证的条目 409（R-PI-4）`,
          params: entryParams,
          body: groupBody(label),
          response: { 200: z.looseObject({ id: z.string() }), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      async (request) =>
        changeEntry(ctx, await requireActor(ctx, request), group, request.params.id, request.body, request.ip),
    );
    r.delete(
      `/api/profile/${group}/:id`,
      {
        schema: {
          tags: ['profile'],
          summary: `删除${label}条目；已锁定的条目 409（R-PI-4）`,
          params: entryParams,
          response: { 204: noContent, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await removeEntry(ctx, await requireActor(ctx, request), group, request.params.id, request.ip);
        return reply.status(204).send(null);
      },
    );
  }

  // A JPEG, not JSON: no response schema to serialise it through.
  app.get(
    '/api/profile/photo',
    { schema: { tags: ['profile'], summary: '本人照片（仅本人可见），image/jpeg' } },
    async (request, reply) => {
      const photo = await loadPhoto(ctx, await requireActor(ctx, request));
      return reply.type('image/jpeg').header('Cache-Control', 'private, no-store').send(photo.jpeg);
    },
  );

  // Only this route reads a raw JPEG body, and never more than the limit: a bigger one is refused while it
  // streams in (413), before it is buffered whole.
  app.register(async (scope) => {
    acceptRawBody(scope, 'image/jpeg', ctx.config.photoMaxBytes);
    scope.withTypeProvider<ZodTypeProvider>().put(
      '/api/profile/photo',
      {
        bodyLimit: ctx.config.photoMaxBytes,
        schema: {
          tags: ['profile'],
          summary: '上传或更换照片（R-PI-6）：请求体为 JPEG 原文件，Content-Type: image/jpeg',
          response: {
            200: z.object({
              url: z.string(),
              width: z.number(),
              height: z.number(),
              bytes: z.number(),
              updatedAt: z.string(),
            }),
            ...errorResponses(400, 401, 403, 413, 415),
          },
        },
      },
      async (request) => savePhoto(ctx, await requireActor(ctx, request), request.body as Buffer, request.ip),
    );
  });
}
