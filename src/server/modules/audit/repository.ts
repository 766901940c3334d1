import type { Executor } from '../../db/connect';
import type { AuditEvent } from '../../../domain/audit/events';

/** The row of a typed audit event. */
export function auditRow(event: AuditEvent) {
  return {
    type: event.type,
    actor_id: event.actorId,
    subject_id: event.subjectId ?? event.actorId,
    ip: event.ip ?? null,
    details: JSON.stringify(event.details ?? {}),
  };
}

/** Appends one typed audit row; call it inside the use case's transaction. */
export async function insertAuditEvent(ex: Executor, event: AuditEvent): Promise<void> {
  await ex.insertInto('audit_events').values(auditRow(event)).execute();
}
