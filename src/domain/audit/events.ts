/** Typed audit events: every account event and every staff/admin action is one of these (R-SITE-5, R-ACC-10). */
export const AUDIT_EVENTS = [
  'ACCOUNT_REGISTERED',
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'ACCOUNT_LOCKED',
  'LOGGED_OUT',
  'PASSWORD_CHANGED',
  'SECURITY_CHANGED',
  'PASSWORD_RECOVERED',
  'RECOVERY_FAILED',
  'DEMO_DATA_SEEDED',
  'DICTIONARY_REQUEST_APPROVED',
  'DICTIONARY_REQUEST_REJECTED',
  'DICTIONARY_IMPORTED',
  'PROFILE_CHANGED',
  'PHOTO_UPLOADED',
  'APPLICATION_SUBMITTED',
  'APPLICATION_WITHDRAWN',
  'SKILLS_EXEMPTIONS_IMPORTED',
] as const;
export type AuditEventType = (typeof AUDIT_EVENTS)[number];

export interface AuditEvent {
  type: AuditEventType;
  /** The account that acted, when known. */
  actorId: string | null;
  /** The account the event is about, when it is not the actor. */
  subjectId?: string | null;
  ip?: string | null;
  /** Never a password, an answer or a whole ID number. */
  details?: Record<string, string | number | boolean | null>;
}
