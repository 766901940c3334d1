import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { errorResponses } from '../../http/responses';

export function regionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/regions',
    {
      schema: {
        tags: ['dictionaries'],
        summary: '行政区划（GB/T 2260）：省 → 市 → 区县',
        querystring: z.object({
          parent: z
            .string()
            .regex(/^(\d{2}|\d{4})?$/, { message: '上级区划代码应为2位（省）或4位（市）数字。' })
            .default(''),
        }),
        response: {
          200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }),
          ...errorResponses(400),
        },
      },
    },
    async (request) => ({ items: ctx.regions.children(request.query.parent) }),
  );
}
