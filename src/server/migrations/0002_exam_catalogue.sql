-- Exam areas are provinces (R-ROLE-3), coded by GB/T 2260; sites belong to one area and have seats (R-EX-12).
CREATE TABLE exam_areas (
  code text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE exam_sites (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  area_code text NOT NULL REFERENCES exam_areas (code),
  code      text NOT NULL UNIQUE,
  name      text NOT NULL,
  capacity  integer NOT NULL CHECK (capacity >= 0)
);
CREATE INDEX exam_sites_area_idx ON exam_sites (area_code);

ALTER TABLE accounts ADD CONSTRAINT accounts_area_fk FOREIGN KEY (area_code) REFERENCES exam_areas (code);
ALTER TABLE accounts ADD CONSTRAINT accounts_site_fk FOREIGN KEY (site_id) REFERENCES exam_sites (id);

-- R-EX-1: code = year + category code (e.g. 2026110).
CREATE TABLE exams (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code                   text NOT NULL UNIQUE,
  year                   integer NOT NULL,
  category_code          text NOT NULL,
  name                   text NOT NULL,
  type                   text NOT NULL,
  level                  text NOT NULL,
  category               text NOT NULL,
  exam_month             text NOT NULL,
  phase                  text NOT NULL,
  registration_opens_at  timestamptz NOT NULL,
  registration_closes_at timestamptz NOT NULL
);
