import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/connect';
import type { AuditEvent } from '../../../domain/audit/events';

/** The row of a typed audit event. */
function auditRow(event: AuditEvent) {
  return {
    type: event.type,
    actor_id: event.actorId,
    subject_id: event.subjectId ?? event.actorId,
    ip: event.ip ?? null,
    details: JSON.stringify(event.details ?? {}),
  };
}

/**
 * A statement to be written with its audit row (as a CTE): a use case that is one statement stays atomic without
 * a transaction and its two extra round trips.
 */
export function withAuditRow(ex: Executor, event: AuditEvent) {
  return ex.with('audit', (db) => db.insertInto('audit_events').values(auditRow(event)));
}

/** The audit row as an INSERT that writes it only `when` holds: a CTE of a statement that may change nothing. */
export function auditInsertWhen(event: AuditEvent, when: RawBuilder<unknown>) {
  const row = auditRow(event);
  return sql`INSERT INTO audit_events (type, actor_id, subject_id, ip, details)
    SELECT ${row.type}, ${row.actor_id}::bigint, ${row.subject_id}::bigint, ${row.ip}, ${row.details}::jsonb
    WHERE ${when}`;
}

/** Appends one typed audit row; call it inside the use case's transaction. */
export async function insertAuditEvent(ex: Executor, event: AuditEvent): Promise<void> {
  await ex.insertInto('audit_events').values(auditRow(event)).execute();
}
