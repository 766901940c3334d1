-- Accounts of every role (R-ROLE-1…4). Basic info is fixed at registration (R-PI-2).
-- The ID number is sensitive personal information: stored encrypted (AES-256-GCM), found and kept
-- unique by a keyed hash (HMAC-SHA256 over type + number), shown only masked.
CREATE TABLE accounts (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username             text NOT NULL,
  role                 text NOT NULL CHECK (role IN ('CANDIDATE', 'SITE_STAFF', 'AREA_ADMIN', 'NATIONAL_ADMIN')),
  password_hash        text NOT NULL,
  security_question    text NOT NULL,
  security_answer_hash text NOT NULL,
  email                text NOT NULL,
  name                 text NOT NULL,
  id_type              text,
  id_number_cipher     text,
  id_number_hash       text,
  id_number_masked     text,
  gender               text CHECK (gender IN ('M', 'F')),
  birth_date           date,
  nationality          text,
  ethnicity            text,
  area_code            text,
  site_id              bigint,
  first_login_at       timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  password_changed_at  timestamptz NOT NULL DEFAULT now()
);
-- API.md: usernames are unique without regard to case.
CREATE UNIQUE INDEX accounts_username_key ON accounts (lower(username));
-- R-ACC-6: one person, one account.
CREATE UNIQUE INDEX accounts_person_key ON accounts (id_type, id_number_hash) WHERE id_number_hash IS NOT NULL;

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip           text
);
CREATE INDEX sessions_account_idx ON sessions (account_id);

-- Append-only audit trail (R-SITE-5, R-ACC-10): rows are never updated or deleted.
CREATE TABLE audit_events (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  type       text NOT NULL,
  actor_id   bigint,
  subject_id bigint,
  ip         text,
  details    jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_subject_idx ON audit_events (subject_id, at);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, at);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
