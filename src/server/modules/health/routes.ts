import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../../domain/errors';
import type { AppContext } from '../../context';
import { errorResponses } from '../../http/responses';

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: '健康检查：数据库可用时 200',
        response: { 200: z.object({ status: z.literal('ok') }), ...errorResponses(503) },
      },
    },
    async () => {
      try {
        await sql`SELECT 1`.execute(ctx.db);
      } catch {
        throw new AppError('UNAVAILABLE');
      }
      return { status: 'ok' as const };
    },
  );
}
