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

/** R-EX-1: an exam's fees in one area, in fen. */
export interface ExamAreaFeesTable {
  exam_id: string;
  area_code: string;
  skills_fee_fen: number;
  written_fee_fen: number;
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

export interface DictionaryEntriesTable {
  id: Generated<string>;
  kind: string;
  name: string;
  code: string | null;
  region_code: string | null;
  category: string | null;
  note: string | null;
  initials: string;
  full_pinyin: string;
  aliases: ColumnType<StoredAlias[], string | undefined, string>;
  active: Generated<boolean>;
  change_seq: Generated<string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface StoredAlias {
  name: string;
  initials: string;
  full: string;
}

export interface DictionaryRequestsTable {
  id: Generated<string>;
  kind: string;
  name: string;
  region_code: string | null;
  country: string | null;
  status: Generated<string>;
  entry_id: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: CreatedAt;
}

export interface DictionaryRequestRequestersTable {
  request_id: string;
  account_id: string;
  created_at: CreatedAt;
}

type Updated = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ProfileContactsTable {
  account_id: string;
  home_phone: string | null;
  work_phone: string | null;
  mobile: string;
  email: string;
  region_code: string;
  region_text: string;
  street: string;
  postal_code: string;
  updated_at: Updated;
}

export interface ProfileWorkTable {
  account_id: string;
  employment_status: string;
  unit_affiliation: string;
  work_unit_id: string;
  title: string | null;
  title_obtained_on: string | null;
  position: string | null;
  military_identity: string | null;
  updated_at: Updated;
}

/** Columns every education, training and certificate entry has (R-PI-3, R-PI-4). */
interface EntryColumns {
  id: Generated<string>;
  account_id: string;
  lock_count: Generated<number>;
  verified_at: Date | null;
  verified_by: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface ProfileEducationsTable extends EntryColumns {
  origin: string;
  category: string;
  school_id: string | null;
  school_name: string | null;
  study_form: string | null;
  level: string;
  degree: string;
  length_years: number | null;
  major_id: string | null;
  graduated_on: string | null;
  diploma_number: string | null;
}

export interface ProfileTrainingsTable extends EntryColumns {
  type: string;
  started_on: string;
  result: string;
  unit_name: string;
}

export interface ProfileCertificatesTable extends EntryColumns {
  type: string;
  issued_on: string;
  certificate_number: string;
  registered_on: string;
  registration_number: string;
}

export interface ProfilePhotosTable {
  account_id: string;
  jpeg: Buffer;
  width: number;
  height: number;
  bytes: number;
  updated_at: Updated;
}

export interface ApplicationsTable {
  id: Generated<string>;
  account_id: string;
  exam_id: string;
  status: Generated<string>;
  /** The wizard's saved choices per step (domain `StepChoices`). */
  choices: ColumnType<Record<string, unknown>, string | undefined, string>;
  area_code: string | null;
  site_id: string | null;
  registration_number: string | null;
  skills_exempt: Generated<boolean>;
  materials: ColumnType<{ no: string; text: string }[] | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: Updated;
  submitted_at: Date | null;
  withdrawn_at: Date | null;
  /** Domain `PaymentStatus`. */
  payment_status: Generated<string>;
  /** 准考证号, null until issued. */
  admission_number: string | null;
}

export interface ExamSiteSeatsTable {
  exam_id: string;
  site_id: string;
  shard: number;
  capacity: number;
  taken: Generated<number>;
}

export interface ApplicationEntriesTable {
  application_id: string;
  entry_group: string;
  entry_id: string;
}

export interface SkillsExemptionsTable {
  exam_id: string;
  id_number_hash: string;
  imported_at: CreatedAt;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
  exam_areas: ExamAreasTable;
  exam_sites: ExamSitesTable;
  exams: ExamsTable;
  exam_area_fees: ExamAreaFeesTable;
  dictionary_entries: DictionaryEntriesTable;
  dictionary_requests: DictionaryRequestsTable;
  dictionary_request_requesters: DictionaryRequestRequestersTable;
  profile_contacts: ProfileContactsTable;
  profile_work: ProfileWorkTable;
  profile_educations: ProfileEducationsTable;
  profile_trainings: ProfileTrainingsTable;
  profile_certificates: ProfileCertificatesTable;
  profile_photos: ProfilePhotosTable;
  applications: ApplicationsTable;
  exam_site_seats: ExamSiteSeatsTable;
  application_entries: ApplicationEntriesTable;
  skills_exemptions: SkillsExemptionsTable;
}
