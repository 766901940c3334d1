import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AccountsTable {
  id: Generated<string>;
  username: string;
  role: string;
  password_hash: string;
  security_question: string;
  security_answer_hash: string;
  email: string;
  name: string;
  id_type: string | null;
  id_number_cipher: string | null;
  id_number_hash: string | null;
  id_number_masked: string | null;
  gender: string | null;
  birth_date: string | null;
  nationality: string | null;
  ethnicity: string | null;
  area_code: string | null;
  site_id: string | null;
  first_login_at: Date | null;
  created_at: CreatedAt;
  password_changed_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  ip: string | null;
}

export interface AuditEventsTable {
  id: Generated<string>;
  at: CreatedAt;
  type: string;
  actor_id: string | null;
  subject_id: string | null;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
}

export interface ExamAreasTable {
  code: string;
  name: string;
}

export interface ExamSitesTable {
  id: Generated<string>;
  area_code: string;
  code: string;
  name: string;
  capacity: number;
}

export interface ExamsTable {
  id: Generated<string>;
  code: string;
  year: number;
  category_code: string;
  name: string;
  type: string;
  level: string;
  category: string;
  exam_month: string;
  phase: string;
  registration_opens_at: Timestamp;
  registration_closes_at: Timestamp;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
  exam_areas: ExamAreasTable;
  exam_sites: ExamSitesTable;
  exams: ExamsTable;
}
