-- 考试报名 (R-EX-2…12): one row per application; the wizard's choices per step as jsonb (their shapes are the
-- domain's step schemas), the chosen area and site as columns (seats and staff look them up).
CREATE TABLE applications (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id           bigint NOT NULL REFERENCES accounts (id),
  exam_id              bigint NOT NULL REFERENCES exams (id),
  status               text NOT NULL DEFAULT 'DRAFT'
                       CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  choices              jsonb NOT NULL DEFAULT '{}',
  area_code            text REFERENCES exam_areas (code),
  site_id              bigint REFERENCES exam_sites (id),
  registration_number  text UNIQUE,
  skills_exempt        boolean NOT NULL DEFAULT false,
  materials            jsonb,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  submitted_at         timestamptz,
  withdrawn_at         timestamptz,
  -- A submitted application has its number and its site; a withdrawn one says when.
  CHECK (status = 'DRAFT' OR status = 'WITHDRAWN' OR (registration_number IS NOT NULL AND site_id IS NOT NULL)),
  CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
);
-- R-EX-9: one live (not withdrawn) application per candidate and exam, whatever the concurrency.
CREATE UNIQUE INDEX applications_live_uq ON applications (account_id, exam_id) WHERE status <> 'WITHDRAWN';
CREATE INDEX applications_account_idx ON applications (account_id, id);
CREATE INDEX applications_site_idx ON applications (exam_id, site_id) WHERE status <> 'WITHDRAWN';

-- R-EX-10: the serial part of registration numbers (gaps after a rollback are harmless; numbers never repeat).
CREATE SEQUENCE application_serial_seq;

-- R-EX-12: seats per exam and site, the capacity copied from the site when the first candidate picks it and split
-- over up to 16 shards: a submit takes a seat of any shard with room (SKIP LOCKED), so the submits of a hot site
-- wait on each other's commits only when every shard is busy. A conditional UPDATE (taken < capacity) takes a
-- seat; the CHECK is the last line of defence against over-booking.
CREATE TABLE exam_site_seats (
  exam_id   bigint NOT NULL REFERENCES exams (id),
  site_id   bigint NOT NULL REFERENCES exam_sites (id),
  shard     smallint NOT NULL,
  capacity  integer NOT NULL CHECK (capacity >= 0),
  taken     integer NOT NULL DEFAULT 0,
  PRIMARY KEY (exam_id, site_id, shard),
  CHECK (taken >= 0 AND taken <= capacity)
);

-- R-PI-4: the profile entries a submitted application uses (each one's lock_count counts them).
CREATE TABLE application_entries (
  application_id  bigint NOT NULL REFERENCES applications (id),
  entry_group     text NOT NULL CHECK (entry_group IN ('educations', 'trainings', 'certificates')),
  entry_id        bigint NOT NULL,
  PRIMARY KEY (application_id, entry_group, entry_id)
);

-- R-EX-11: who passed the skills exam at a national base last year, per exam, by the keyed hash of type + number
-- that accounts.id_number_hash uses (the centre's list never stores a readable ID number).
CREATE TABLE skills_exemptions (
  exam_id         bigint NOT NULL REFERENCES exams (id),
  id_number_hash  text NOT NULL,
  imported_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (exam_id, id_number_hash)
);
