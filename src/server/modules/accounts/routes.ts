import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordSchema,
  changeSecuritySchema,
  loginSchema,
  recoverSchema,
  registrationSchema,
} from '../../../domain/account/schemas';
import { ROLES } from '../../../domain/account/roles';
import type { AppContext } from '../../context';
import type { Limiter } from '../../security/throttle';
import { errorResponses, noContent } from '../../http/responses';
import { clearSessionCookie, requireActor, setSessionCookie } from '../sessions/session';
import { changePassword, changeSecurity, getMe, logIn, logOut, recoverPassword, registerCandidate } from './service';

const meSchema = z.object({
  username: z.string(),
  role: z.enum(ROLES),
  email: z.string(),
  securityQuestion: z.string(),
  registeredAt: z.string(),
  basic: z
    .object({
      name: z.string(),
      idType: z.string(),
      idNumber: z.string().describe('masked, e.g. 110101********1233'),
      gender: z.enum(['M', 'F']),
      birthDate: z.string(),
      nationality: z.string(),
      ethnicity: z.string(),
    })
    .nullable(),
});

/** Counts every attempt from the client's IP, valid or not, before the body is even read. */
const countAttempt = (limiter: Limiter) => async (request: FastifyRequest) => limiter.hit(request.ip);

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/register',
    {
      onRequest: countAttempt(ctx.throttles.registrationsByIp),
      schema: {
        tags: ['accounts'],
        summary: '注册考生账户（R-ACC-1…6），成功后即登录',
        body: registrationSchema,
        response: { 201: z.object({ username: z.string() }), ...errorResponses(400, 403, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { username, token } = await registerCandidate(ctx, request.body, request.ip);
      setSessionCookie(reply, ctx, token);
      return reply.status(201).send({ username });
    },
  );

  r.post(
    '/api/auth/login',
    {
      onRequest: countAttempt(ctx.throttles.loginAttemptsByIp),
      schema: {
        tags: ['accounts'],
        summary: '登录（R-ACC-10：按账户和 IP 限制尝试次数）',
        body: loginSchema,
        response: {
          200: z.object({ username: z.string(), role: z.enum(ROLES), firstLogin: z.boolean() }),
          ...errorResponses(400, 401, 403, 413, 415, 429),
        },
      },
    },
    async (request, reply) => {
      const { token, ...result } = await logIn(ctx, request.body, request.ip);
      setSessionCookie(reply, ctx, token);
      return result;
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['accounts'], summary: '退出登录', response: { 204: noContent, ...errorResponses(401, 403) } } },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      await logOut(ctx, actor, request.ip);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/recover',
    {
      onRequest: countAttempt(ctx.throttles.recoveryAttemptsByIp),
      schema: {
        tags: ['accounts'],
        summary: '找回密码（R-ACC-8）：姓名、证件号码与找回密码答案',
        body: recoverSchema,
        response: { 204: noContent, ...errorResponses(400, 401, 403, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      await recoverPassword(ctx, request.body, request.ip);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/me',
    {
      schema: {
        tags: ['accounts'],
        summary: '当前账户与基本信息（证件号码已脱敏）',
        response: { 200: meSchema, ...errorResponses(401) },
      },
    },
    async (request) => getMe(await requireActor(ctx, request)),
  );

  r.put(
    '/api/me/password',
    {
      schema: {
        tags: ['accounts'],
        summary: '修改密码（R-ACC-7）；其他会话随之结束',
        body: changePasswordSchema,
        response: { 204: noContent, ...errorResponses(400, 401, 403, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, await requireActor(ctx, request), request.body, request.ip);
      return reply.status(204).send(null);
    },
  );

  r.put(
    '/api/me/security',
    {
      schema: {
        tags: ['accounts'],
        summary: '修改密码问题、找回答案与 Email（R-ACC-7）',
        body: changeSecuritySchema,
        response: { 204: noContent, ...errorResponses(400, 401, 403, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      await changeSecurity(ctx, await requireActor(ctx, request), request.body, request.ip);
      return reply.status(204).send(null);
    },
  );
}
