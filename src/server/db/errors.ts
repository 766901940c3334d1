interface PgError {
  code?: string;
  constraint?: string;
  message?: string;
}

function pgError(error: unknown): PgError | undefined {
  return typeof error === 'object' && error !== null ? (error as PgError) : undefined;
}

/** True when `error` is PostgreSQL's unique violation (23505) of the named constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = pgError(error);
  return e?.code === '23505' && (e.constraint === constraint || (e.message ?? '').includes(constraint));
}

/** A deadlock broken (40P01) or a serialization failure (40001): the transaction may simply be run again. */
export function isRetryableConflict(error: unknown): boolean {
  const code = pgError(error)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * The database is overloaded or out of reach for now, through no fault of the request: conflicts that outlived
 * their retries, too many connections or other resource limits (class 53), lock or statement time-outs (55P03,
 * 57014), a server starting or stopping (57P01…57P03), a lost connection (class 08, or the socket's own error), or
 * the pool's wait for a connection timing out. Answered 503 with Retry-After.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = pgError(error);
  const code = e?.code ?? '';
  if (isRetryableConflict(error) || code.startsWith('53') || code.startsWith('08')) return true;
  if (['55P03', '57014', '57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(code)) return true;
  const message = e?.message ?? '';
  return message.includes('timeout exceeded when trying to connect') || message.includes('Connection terminated');
}
