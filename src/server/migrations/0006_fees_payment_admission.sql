-- R-EX-1: each exam's fees per exam area (考区), as the area publishes them, in fen (integer cents: ¥50.00 is 5000):
-- the 实践技能考试 fee and the 医学综合笔试 fee. An area without a row has published none yet; the API then says
-- null (unknown), never 0 (free).
CREATE TABLE exam_area_fees (
  exam_id          bigint NOT NULL REFERENCES exams (id),
  area_code        text NOT NULL REFERENCES exam_areas (code),
  skills_fee_fen   integer NOT NULL CHECK (skills_fee_fen >= 0),
  written_fee_fen  integer NOT NULL CHECK (written_fee_fen >= 0),
  PRIMARY KEY (exam_id, area_code)
);

-- R-SITE-4, R-PAY-3, R-PAY-4: the payment state beside the application's status (the transitions are the domain's,
-- src/domain/application/payment.ts). 准考证号 (admission number): given later by the area; null until then.
ALTER TABLE applications
  ADD COLUMN payment_status text NOT NULL DEFAULT 'UNPAID'
    CHECK (payment_status IN ('UNPAID', 'PAID', 'REFUNDED')),
  ADD COLUMN admission_number text UNIQUE;
