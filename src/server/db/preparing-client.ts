import pg from 'pg';

/** Runs of the same text in this process before it becomes a named (prepared) statement. */
const PREPARE_AFTER = 3;
/** Named statements a connection may hold: each keeps its plan in the PostgreSQL backend's memory. */
const MAX_PER_CONNECTION = 200;
/** Texts counted at most; past it the counts start again (one-off texts, such as batch inserts, never get a name). */
const MAX_COUNTED = 5000;

const runs = new Map<string, number>();
const names = new Map<string, string>();

function nameFor(text: string): string | undefined {
  const name = names.get(text);
  if (name) return name;
  const count = (runs.get(text) ?? 0) + 1;
  if (count < PREPARE_AFTER) {
    if (runs.size >= MAX_COUNTED) runs.clear();
    runs.set(text, count);
    return undefined;
  }
  runs.delete(text);
  const named = `s${names.size + 1}`;
  names.set(text, named);
  return named;
}

/**
 * A pg client that names the statements this process runs again and again, so PostgreSQL parses and plans each once
 * per connection instead of on every run (planning GET /api/profile's statement cost more than running it). Kysely
 * sends every query as text and values; as PgJDBC does (prepareThreshold), a text is named from its third run.
 * A query object (a cursor) or a connection already holding MAX_PER_CONNECTION names runs as it would have.
 */
export class PreparingClient extends pg.Client {
  private readonly named = new Set<string>();

  // pg's overloads cannot be overridden one by one; this forwards every form of call unchanged but one.
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const query = super.query.bind(this) as (...args: unknown[]) => never;
    if (typeof config !== 'string' || (values !== undefined && !Array.isArray(values))) {
      return query(config, values, callback);
    }
    const name = nameFor(config);
    if (!name || (!this.named.has(name) && this.named.size >= MAX_PER_CONNECTION)) {
      return query(config, values, callback);
    }
    this.named.add(name);
    return query({ name, text: config, values }, callback);
  }
}
