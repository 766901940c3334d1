import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ERRORS } from '../../domain/errors';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: 'Error' });

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

/** The error answers a route documents, each with the contract's error body. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorBodySchema.describe(describeStatus(s))])) as Record<
    S,
    typeof errorBodySchema
  >;
}

function describeStatus(status: ErrorStatus): string {
  const codes = Object.entries(ERRORS)
    .filter(([, e]) => e.status === status)
    .map(([code]) => code);
  return codes.join(' | ');
}

export const noContent = z.null().describe('No content');

/**
 * `Content-Disposition: inline` with a UTF-8 file name (RFC 6266, RFC 8187): `filename*` carries the Chinese name,
 * `filename` an ASCII fallback for clients without RFC 8187. encodeURIComponent leaves ' ( ) * unescaped, which
 * RFC 8187's attr-char does not allow, so they are escaped too.
 */
export function inlineDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

/**
 * A file answer for OpenAPI (`type: string, format: binary`): the route sends a Buffer, which Fastify writes as it
 * is, never through the JSON serialiser; `z.any()` lets the route's typed reply take that Buffer.
 */
export function fileResponse(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } } };
}

/**
 * Sends JSON that is already text (built once and kept, as the 个人信息 answer is): Fastify writes a string with a
 * JSON content type as it is, past the route's serialiser; the route's schema still documents its shape.
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
