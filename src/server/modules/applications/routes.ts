import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APPLICATION_ACTIONS } from '../../../domain/application/actions';
import { applicationFeesSchema } from '../../../domain/application/fees';
import { PAYMENT_STATUSES } from '../../../domain/application/payment';
import { APPLICATION_STATUSES } from '../../../domain/application/status';
import { STEPS } from '../../../domain/application/steps';
import type { AppContext } from '../../context';
import { errorResponses, fileResponse, inlineDisposition } from '../../http/responses';
import { examSchema, idParams } from '../exams/routes';
import { requireActor } from '../sessions/session';
import {
  createApplication,
  getApplication,
  listMyApplications,
  printApplicationForm,
  printSuccessNotice,
  saveStep,
  submitApplication,
  withdrawApplication,
  type PrintedForm,
} from './service';

const applicationSchema = z
  .object({
    id: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    statusLabel: z.string(),
    exam: examSchema,
    area: z.object({ code: z.string(), name: z.string() }).nullable(),
    site: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
    choices: z.record(z.string(), z.unknown()).describe('各步已保存的选择，形状见 src/domain/application/steps.ts'),
    completedSteps: z.array(z.enum(STEPS)),
    nextStep: z.enum(STEPS).nullable(),
    registrationNumber: z.string().nullable(),
    skillsExempt: z.boolean().describe('免考实践技能（R-EX-11）'),
    fees: applicationFeesSchema.meta({
      id: 'ApplicationFees',
      description: '费用（R-EX-1）：所选考区公布的收费标准，单位为分；考区未公布或尚未选择考区时金额为 null',
    }),
    paymentStatus: z
      .enum(PAYMENT_STATUSES)
      .nullable()
      .describe(
        '缴费状态（R-SITE-4）：UNPAID 未缴费，PAID 已缴费，REFUNDED 已退费；null 为无需缴费（已放弃或审核未通过且未缴费）',
      ),
    paymentStatusLabel: z.string().describe('缴费状态的中文：未缴费、已缴费、已退费或无需缴费'),
    paymentHint: z.string().nullable().describe('缴费的下一步（如现场确认后缴费）；无须考生操作时为 null'),
    admissionNumber: z.string().nullable().describe('准考证号；发放前为 null'),
    materials: z
      .array(z.object({ no: z.string(), text: z.string() }))
      .nullable()
      .describe('现场审核须携带的材料（R-SITE-1），提交后才有'),
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    actions: z.array(z.enum(APPLICATION_ACTIONS)),
  })
  .meta({ id: 'Application' });

const stepBody = z
  .looseObject({ step: z.string() })
  .describe('一步的选择：{step: basic|work|education|certificate|confirm, …}（见 src/domain/application/steps.ts）');

export function applicationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/applications',
    {
      schema: {
        tags: ['applications'],
        summary: '本人的全部报名及可执行的操作（R-EX-2）',
        response: { 200: z.object({ items: z.array(applicationSchema) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => listMyApplications(ctx, await requireActor(ctx, request)),
  );

  r.post(
    '/api/applications',
    {
      schema: {
        tags: ['applications'],
        summary: '开始新的报名：第①步选择报考（R-EX-3、R-AGE-1；同一考试只能有一个有效报名）',
        body: z.object({ examId: idParams.shape.id }),
        response: { 201: applicationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApplication(ctx, await requireActor(ctx, request), request.body.examId)),
  );

  r.get(
    '/api/applications/:id',
    {
      schema: {
        tags: ['applications'],
        summary: '一条报名（他人的报名 404）',
        params: idParams,
        response: { 200: applicationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getApplication(ctx, await requireActor(ctx, request), request.params.id),
  );

  r.patch(
    '/api/applications/:id',
    {
      schema: {
        tags: ['applications'],
        summary: '保存向导的一步（R-EX-4…8）：按顺序；草稿以外 409；不符合条件 400',
        params: idParams,
        body: stepBody,
        response: { 200: applicationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => saveStep(ctx, await requireActor(ctx, request), request.params.id, request.body),
  );

  r.post(
    '/api/applications/:id/submit',
    {
      schema: {
        tags: ['applications'],
        summary: '提交报名：重新审核全部条件，占用考点名额，发放报名编号，锁定所用条目（R-EX-9、R-EX-12、R-PI-4）',
        description:
          '503（带 Retry-After）：名额争用或所填信息同时变化，多次重试仍未完成，请稍后再提交；报名保持草稿。',
        params: idParams,
        response: { 200: applicationSchema, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) => submitApplication(ctx, await requireActor(ctx, request), request.params.id, request.ip),
  );

  r.post(
    '/api/applications/:id/withdraw',
    {
      schema: {
        tags: ['applications'],
        summary: '放弃报考（网上报名期间）：释放名额，解锁所用条目（R-EX-9、R-PI-4）',
        params: idParams,
        response: { 200: applicationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => withdrawApplication(ctx, await requireActor(ctx, request), request.params.id, request.ip),
  );

  // R-EX-10: the two printed forms, PDFs shown in the browser's viewer. Never cached: they carry personal data, and
  // the status (and later the 序列号) they print changes.
  const printRoutes = [
    ['form.pdf', '《医师资格考试报名暨授予医师资格申请表》（R-EX-10、R-SITE-3；含完整证件号码）', printApplicationForm],
    ['notice.pdf', '《医师资格考试网上报名成功通知单》（R-EX-10、R-SITE-1；证件号码部分隐藏）', printSuccessNotice],
  ] as const;
  for (const [file, title, print] of printRoutes) {
    r.get(
      `/api/applications/:id/${file}`,
      {
        schema: {
          tags: ['applications'],
          summary: `打印${title}：本人已提交的报名；草稿或已放弃 409`,
          params: idParams,
          response: { 200: fileResponse('application/pdf', 'PDF（A4）'), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const printed: PrintedForm = await print(ctx, await requireActor(ctx, request), request.params.id);
        return reply
          .type('application/pdf')
          .header('Content-Disposition', inlineDisposition(printed.fileName, printed.asciiFileName))
          .header('Cache-Control', 'no-store')
          .send(printed.pdf);
      },
    );
  }
}
