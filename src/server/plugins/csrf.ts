import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie sessions: a state-changing request must come from our own pages.
 * Browsers send Origin on every cross-origin (and same-origin non-GET) fetch or form post, and
 * Sec-Fetch-Site everywhere modern; either one naming another site is refused.
 */
export function registerCsrfGuard(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('CROSS_SITE');
    const origin = request.headers.origin;
    if (origin === undefined) return;
    const own = `${request.protocol}://${request.host}`;
    if (origin !== own && !allowedOrigins.includes(origin)) throw new AppError('CROSS_SITE');
  });
}
