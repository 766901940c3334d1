import type { FastifyInstance } from 'fastify';

/**
 * Lets the routes of `scope` (and only them) take a body of `mediaTypes` as the bytes it is: a file upload. A body
 * over `limit` is refused (413) while it streams in, before it is buffered whole.
 */
export function acceptRawBody(scope: FastifyInstance, mediaTypes: string | string[], limit: number): void {
  scope.addContentTypeParser(mediaTypes, { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) =>
    done(null, body),
  );
}
