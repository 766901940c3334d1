import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publishedFeesSchema } from '../../../domain/application/fees';
import { EXAM_LEVELS, EXAM_TYPES } from '../../../domain/exam/exam';
import { EXEMPTION_FILE_MAX_BYTES } from '../../../domain/exam/exemption-list';
import type { AppContext } from '../../context';
import { errorResponses } from '../../http/responses';
import { acceptRawBody } from '../../http/raw-body';
import { requireActor } from '../sessions/session';
import { AppError } from '../../../domain/errors';
import { readExemptionList } from './exemptions';
import { examSites, importSkillsExemptions, searchExams, skillsExemptionCount } from './service';

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

  const exemptionReport = z.object({
    read: z.number(),
    imported: z.number().describe('新增的人数（已在名单中的不重复计入）'),
    bad: z.array(z.object({ line: z.number(), reason: z.string() })),
    listed: z.number().describe('导入后该考试免考名单的总人数'),
  });

  r.get(
    '/api/exams/:id/skills-exemptions',
    {
      schema: {
        tags: ['exams'],
        summary: '该考试免考实践技能名单的人数（R-EX-11；名单只以散列保存，不可读出）',
        params: idParams,
        response: { 200: z.object({ listed: z.number() }), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => skillsExemptionCount(ctx, await requireActor(ctx, request), request.params.id),
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
        response: { 200: exemptionReport, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      importSkillsExemptions(ctx, await requireActor(ctx, request), request.params.id, () =>
        // Line 1 of the list is its header.
        request.body.items.map((item, i) => ({ line: i + 2, ...item })),
      ),
  );

  // The list as the operator's file: only this route reads a CSV body, and never more than its limit.
  app.register(async (scope) => {
    acceptRawBody(scope, ['text/csv', 'text/plain'], EXEMPTION_FILE_MAX_BYTES);
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/exams/:id/skills-exemptions/file',
      {
        bodyLimit: EXEMPTION_FILE_MAX_BYTES,
        schema: {
          tags: ['exams'],
          summary:
            '以文件导入免考实践技能名单（R-EX-11）：请求体为 CSV 原文件（UTF-8 或 GB18030），Content-Type: text/csv；表头可为 idNumber/证件号码/身份证号 与 idType/证件类型，无表头时第一列为证件号码；幂等',
          params: idParams,
          response: { 200: exemptionReport, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request) => {
        const body = request.body;
        return importSkillsExemptions(ctx, await requireActor(ctx, request), request.params.id, () => {
          if (!Buffer.isBuffer(body))
            throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: '请上传 CSV 文件（text/csv）。' });
          return readExemptionList(body);
        });
      },
    );
  });
}
