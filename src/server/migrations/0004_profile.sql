-- 个人信息 (R-PI-1…11): the data source of every application. Year-months are stored as 'YYYY-MM' text.
CREATE TABLE profile_contacts (
  account_id   bigint PRIMARY KEY REFERENCES accounts (id),
  home_phone   text,
  work_phone   text,
  mobile       text NOT NULL,
  email        text NOT NULL,
  region_code  text NOT NULL,
  region_text  text NOT NULL,
  street       text NOT NULL,
  postal_code  text NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE profile_work (
  account_id         bigint PRIMARY KEY REFERENCES accounts (id),
  employment_status  text NOT NULL,
  unit_affiliation   text NOT NULL,
  work_unit_id       bigint NOT NULL REFERENCES dictionary_entries (id),
  title              text,
  title_obtained_on  text,
  position           text,
  military_identity  text,
  updated_at         timestamptz NOT NULL DEFAULT now()
);

-- Entries used by an application are locked (lock_count > 0, R-PI-4) until it is withdrawn; entries verified by
-- staff (verified_at) are trusted data for later exams and cannot be edited.
CREATE TABLE profile_educations (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id      bigint NOT NULL REFERENCES accounts (id),
  origin          text NOT NULL,
  category        text NOT NULL,
  school_id       bigint REFERENCES dictionary_entries (id),
  school_name     text,
  study_form      text,
  level           text NOT NULL,
  degree          text NOT NULL,
  length_years    integer,
  major_id        bigint REFERENCES dictionary_entries (id),
  graduated_on    text,
  diploma_number  text,
  lock_count      integer NOT NULL DEFAULT 0 CHECK (lock_count >= 0),
  verified_at     timestamptz,
  verified_by     bigint REFERENCES accounts (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profile_educations_account_idx ON profile_educations (account_id);

CREATE TABLE profile_trainings (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES accounts (id),
  type         text NOT NULL,
  started_on   text NOT NULL,
  result       text NOT NULL,
  unit_name    text NOT NULL,
  lock_count   integer NOT NULL DEFAULT 0 CHECK (lock_count >= 0),
  verified_at  timestamptz,
  verified_by  bigint REFERENCES accounts (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profile_trainings_account_idx ON profile_trainings (account_id);

CREATE TABLE profile_certificates (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id           bigint NOT NULL REFERENCES accounts (id),
  type                 text NOT NULL,
  issued_on            text NOT NULL,
  certificate_number   text NOT NULL,
  registered_on        text NOT NULL,
  registration_number  text NOT NULL,
  lock_count           integer NOT NULL DEFAULT 0 CHECK (lock_count >= 0),
  verified_at          timestamptz,
  verified_by          bigint REFERENCES accounts (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profile_certificates_account_idx ON profile_certificates (account_id);

-- R-PI-6: the re-encoded JPEG (metadata stripped), served only to its owner (and later the site's staff).
CREATE TABLE profile_photos (
  account_id  bigint PRIMARY KEY REFERENCES accounts (id),
  jpeg        bytea NOT NULL,
  width       integer NOT NULL,
  height      integer NOT NULL,
  bytes       integer NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
