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

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;

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
