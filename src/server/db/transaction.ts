import type { Transaction } from 'kysely';
import type { Db } from './connect';
import type { Database } from './schema';
import { isRetryableConflict } from './errors';

/** Runs of a use case's transaction before a deadlock or serialization failure is given up on (and answered 503). */
const ATTEMPTS = 3;

/**
 * One use case's transaction. PostgreSQL may abort a transaction to break a deadlock, or one it cannot serialize;
 * its advice is to run it again, and this does, from the start, up to ATTEMPTS times: `work` must write only to the
 * database (or only what it may write twice, such as a cache entry). `alsoRetry`: a failure of the use case's own
 * that a new run resolves (a concurrent insert of the same row, which the new run then finds).
 */
export async function inTransaction<R>(
  db: Db,
  work: (trx: Transaction<Database>) => Promise<R>,
  { alsoRetry }: { alsoRetry?: (error: unknown) => boolean } = {},
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !(isRetryableConflict(error) || alsoRetry?.(error))) throw error;
    }
  }
}
