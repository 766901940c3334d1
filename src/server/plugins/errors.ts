import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERRORS, type ErrorCode } from '../../domain/errors';
import { zodIssuesToFields } from '../../domain/shared/validation';
import { isDatabaseUnavailable } from '../db/errors';

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

function body(code: ErrorCode, message: string = ERRORS[code].message, fields?: Record<string, string>): ErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

// Fastify's own errors that a client can cause, mapped onto the error table.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
};

/** One error handler: the contract's error body; 5xx details go to the log only. */
export function registerErrorHandler(app: FastifyInstance, spaIndex?: (reply: FastifyReply) => FastifyReply): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds) reply.header('Retry-After', String(error.retryAfterSeconds));
      return reply.status(error.status).send(body(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = zodIssuesToFields(
        error.validation.map((v) => ({ path: v.instancePath.split('/').filter(Boolean), message: v.message ?? '' })),
      );
      return reply.status(400).send(body('VALIDATION', ERRORS.VALIDATION.message, fields));
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return reply.status(ERRORS[mapped].status).send(body(mapped));
    if (error instanceof SyntaxError || (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)) {
      return reply.status(error.statusCode ?? 400).send(body('BAD_REQUEST'));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply.status(503).header('Retry-After', '1').send(body('UNAVAILABLE'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL'));
  });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the web app (/profile, /security …) load its index page.
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/healthz';
    if (spaIndex && isPage) return spaIndex(reply);
    return reply.status(404).send(body('NOT_FOUND'));
  });
}
