import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCES } from '../../domain/identity/resident-id';
import { createTestApp, type TestApp } from '../test/harness';
import { DEMO_EXAMS } from './catalogue';
import { seedDemo } from './demo';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.ctx)).not.toBeNull();
});
afterAll(async () => t.close());

describe('demo seed', () => {
  it('R-EX-1: every seeded exam has fees in each of the 31 areas, an 执业医师 exam dearer than an 执业助理医师 one', async () => {
    const { rows } = await sql<{
      level: string;
      areas: number;
      min_skills: number;
      max_skills: number;
      min_written: number;
    }>`
      SELECT e.level, count(*)::int AS areas, min(f.skills_fee_fen) AS min_skills, max(f.skills_fee_fen) AS max_skills,
             min(f.written_fee_fen) AS min_written
      FROM exams e JOIN exam_area_fees f ON f.exam_id = e.id GROUP BY e.id, e.level`.execute(t.ctx.db);
    expect(rows).toHaveLength(DEMO_EXAMS.length);
    for (const r of rows) expect(r.areas).toBe(PROVINCES.length);
    const physician = rows.filter((r) => r.level === '执业医师');
    const assistant = rows.filter((r) => r.level === '执业助理医师');
    expect(Math.min(...physician.map((r) => r.min_skills))).toBeGreaterThan(
      Math.max(...assistant.map((r) => r.min_skills)),
    );
    for (const r of assistant) {
      expect(r.min_skills).toBeGreaterThanOrEqual(4000);
      expect(r.max_skills).toBeLessThanOrEqual(6000);
    }
    for (const r of rows) expect(r.max_skills).toBeGreaterThan(r.min_skills);
  });
});
