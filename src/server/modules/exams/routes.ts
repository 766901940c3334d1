import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publishedFeesSchema } from '../../../domain/application/fees';
import { EXAM_LEVELS, EXAM_TYPES } from '../../../domain/exam/exam';
import type { AppContext } from '../../context';
import { errorResponses } from '../../http/responses';
import { requireActor } from '../sessions/session';
import { examSites, importSkillsExemptions, searchExams } from './service';

/** Ids of the database's bigint identities, in a path. */
export const idParams = z.object({ id: z.string().regex(/^\d{1,18}$/, { message: '编号无效。' }) });

export const examSchema = z
  .object({
    id: z.string(),
    code: z.string().describe('年份 + 类别代码，如 2026110'),
    name: z.string(),
    type: z.string(),
    level: z.string(),
    category: z.string(),
    categoryCode: z.string(),
    examMonth: z.string().describe('YYYY-MM'),
    phase: z.string(),
    opensAt: z.string(),
    closesAt: z.string(),
    open: z.boolean().describe('现在是否在网上报名时间内'),
  })
  .meta({ id: 'Exam' });

const sitesSchema = z.object({
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      fees: publishedFeesSchema.meta({
        id: 'AreaFees',
        description:
          '该考区为本考试公布的收费标准（R-EX-1），单位为分；未公布时金额为 null。考生应缴费用另计免考实践技能（R-EX-11）',
      }),
      sites: z.array(
        z.object({ id: z.string(), code: z.string(), name: z.string(), capacity: z.number(), remaining: z.number() }),
      ),
    }),
  ),
});

export function examRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/exams',
    {
      schema: {
        tags: ['exams'],
        summary: '考试科目卡片：按类别、级别筛选，按名称或考试编码检索（R-EX-1、R-EX-3）',
        querystring: z.object({
          type: z.enum(EXAM_TYPES).optional(),
          level: z.enum(EXAM_LEVELS).optional(),
          q: z.string().trim().max(40).optional(),
        }),
        response: { 200: z.object({ items: z.array(examSchema) }), ...errorResponses(400) },
      },
    },
    async (request) => searchExams(ctx, request.query),
  );

  r.get(
    '/api/exams/:id/sites',
    {
      schema: {
        tags: ['exams'],
        summary: '考区及其考点、剩余名额，各考区公布的本考试收费标准（R-EX-8、R-EX-12、R-EX-1）',
        params: idParams,
        response: { 200: sitesSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => examSites(ctx, request.params.id),
  );

  r.post(
    '/api/exams/:id/skills-exemptions',
    {
      schema: {
        tags: ['exams'],
        summary: '国家医学考试中心导入免考实践技能名单（R-EX-11）；幂等',
        params: idParams,
        body: z.object({
          items: z.array(z.object({ idType: z.string().optional(), idNumber: z.string().max(40) })).max(5000),
        }),
        response: {
          200: z.object({
            read: z.number(),
            imported: z.number(),
            bad: z.array(z.object({ line: z.number(), reason: z.string() })),
          }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) =>
      importSkillsExemptions(ctx, await requireActor(ctx, request), request.params.id, request.body.items),
  );
}
