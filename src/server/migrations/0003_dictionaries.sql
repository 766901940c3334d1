-- Dictionaries of schools, work units and majors (R-DICT-1…5). Pinyin keys are computed at write time
-- (search/keys.ts) so an app process loads a million entries without converting them again.
CREATE SEQUENCE dictionary_change_seq;

CREATE TABLE dictionary_entries (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('schools', 'work-units', 'majors')),
  name         text NOT NULL,
  code         text,
  region_code  text,
  -- 医院 / 卫生院 / 疾控 … for work units; 大陆 / 港澳台 / 国外 for schools; 本科 / 专科 / 中专 for majors.
  category     text,
  note         text,
  initials     text NOT NULL,
  full_pinyin  text NOT NULL,
  -- Former names (R-DICT-4): [{"name", "initials", "full"}], found by search, resolving to this entry.
  aliases      jsonb NOT NULL DEFAULT '[]'::jsonb,
  active       boolean NOT NULL DEFAULT true,
  -- Every write takes a new number; app processes poll for numbers above the last they saw.
  change_seq   bigint NOT NULL DEFAULT nextval('dictionary_change_seq'),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
-- Imports are idempotent by code, or by name where there is no code.
CREATE UNIQUE INDEX dictionary_entries_code_key ON dictionary_entries (kind, code) WHERE code IS NOT NULL;
CREATE UNIQUE INDEX dictionary_entries_name_key ON dictionary_entries (kind, name) WHERE code IS NULL;
CREATE INDEX dictionary_entries_change_idx ON dictionary_entries (change_seq);

-- R-DICT-3: text not in a dictionary is requested by candidates and approved or rejected by the centre.
CREATE TABLE dictionary_requests (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('schools', 'work-units', 'majors')),
  name         text NOT NULL,
  region_code  text,
  country      text,
  status       text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  entry_id     bigint REFERENCES dictionary_entries (id),
  reason       text,
  decided_by   bigint REFERENCES accounts (id),
  decided_at   timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now()
);
-- Duplicate requests merge: one pending request per kind, name and region.
CREATE UNIQUE INDEX dictionary_requests_pending_key ON dictionary_requests (kind, name, coalesce(region_code, ''), coalesce(country, ''))
  WHERE status = 'PENDING';
CREATE INDEX dictionary_requests_status_idx ON dictionary_requests (status, created_at);

CREATE TABLE dictionary_request_requesters (
  request_id   bigint NOT NULL REFERENCES dictionary_requests (id),
  account_id   bigint NOT NULL REFERENCES accounts (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (request_id, account_id)
);
CREATE INDEX dictionary_request_requesters_account_idx ON dictionary_request_requesters (account_id);
