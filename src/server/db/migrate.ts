import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { projectPath } from '../paths';
import type { Db } from './connect';

const MIGRATIONS_DIR = projectPath('src', 'server', 'migrations');
// Any constant: several app processes starting together on one PostgreSQL migrate one at a time.
const MIGRATION_LOCK = 72_026_110;

/** Applies the numbered SQL files not applied yet, each in its own transaction; returns their names. */
export async function migrate(db: Db): Promise<string[]> {
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(conn);
      const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(conn);
      const applied = new Set(done.rows.map((r) => r.name));
      const pending = files.filter((f) => !applied.has(f));
      for (const file of pending) {
        const text = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
        await conn.transaction().execute(async (trx) => {
          await sql.raw(text).execute(trx);
          await sql`INSERT INTO schema_migrations (name) VALUES (${file})`.execute(trx);
        });
      }
      return pending;
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}
