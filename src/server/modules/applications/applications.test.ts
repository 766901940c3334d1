import sharp from 'sharp';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, loginAs, type TestApp } from '../../test/harness';
import { addSite, bachelorEducation, seedDraftCandidates, seedTestCatalogue } from '../../test/application-fixtures';
import { maskIdNumber } from '../../../domain/identity/id-number';
import { FEES_NOT_PUBLISHED } from '../../../domain/application/fees';
import { extractText } from '../print/test-support';
import { insertExemptions } from '../exams/repository';
import { examSites } from '../exams/service';
import type { Actor } from '../sessions/session';
import { listMyApplications } from './service';

let t: TestApp;
let cat: Awaited<ReturnType<typeof seedTestCatalogue>>;
let photo: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  cat = await seedTestCatalogue(t.ctx.db);
  photo = await sharp({ create: { width: 390, height: 480, channels: 3, background: '#ffffff' } })
    .composite([
      {
        input: Buffer.from(
          '<svg width="390" height="480"><ellipse cx="195" cy="240" rx="97" ry="160" fill="#444"/></svg>',
        ),
      },
    ])
    .jpeg({ quality: 80 })
    .toBuffer();
});
afterAll(async () => t.close());

const patch = (c: Client, id: string, body: unknown) => c.request('PATCH', `/api/applications/${id}`, body);

/** A registered candidate with work, a photo and one 本科 education entry (plus extra entries when asked). */
async function candidate(options: { photo?: boolean } = {}) {
  const c = new Client(t.app);
  const registered = await c.register();
  const work = await c.put('/api/profile/work', {
    employmentStatus: '在职',
    unitAffiliation: '地方',
    workUnitId: cat.workUnitId,
  });
  expect(work.statusCode, work.body).toBe(200);
  if (options.photo !== false) {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/profile/photo',
      payload: photo,
      headers: { 'content-type': 'image/jpeg', cookie: c.cookie! },
      remoteAddress: c.ip,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const education = await c.post('/api/profile/educations', bachelorEducation(cat));
  expect(education.statusCode, education.body).toBe(201);
  return { c, educationId: education.json().id as string | undefined, registered };
}

async function draft(c: Client, examId = cat.exams.clinical) {
  const res = await c.post('/api/applications', { examId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Walks the five editable steps; returns the last answer. */
async function walk(c: Client, id: string, educationId: string, siteId = cat.sites.big, areaCode = '11') {
  for (const body of [
    { step: 'basic' },
    { step: 'work', confirmed: true },
    { step: 'education', educationIds: [educationId], residencyTraining: false },
    { step: 'certificate' },
    { step: 'confirm', areaCode, siteId, attempts: 2 },
  ]) {
    const res = await patch(c, id, body);
    expect(res.statusCode, `${body.step}: ${res.body}`).toBe(200);
  }
}

/** A candidate whose complete draft is ready to submit, built through the API. */
async function ready(siteId = cat.sites.big) {
  const { c, educationId, registered } = await candidate();
  const id = await draft(c);
  await walk(c, id, educationId!, siteId);
  return { c, id, educationId: educationId!, registered };
}

/** A candidate with a complete 临床执业医师 draft at the big site, written straight into the database. */
async function seededDraft() {
  const [seeded] = await seedDraftCandidates(t.ctx.db, 1, {
    examId: cat.exams.clinical,
    areaCode: '11',
    siteId: cat.sites.big,
    workUnitId: cat.workUnitId,
  });
  return seeded!;
}

/** The app's database, counting the statements run through it (a Kysely plugin sees each one's result). */
function countingStatements() {
  let n = 0;
  const db = t.ctx.db.withPlugin({
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      n++;
      return args.result;
    },
  });
  return { db, count: () => n };
}

const remaining = async (siteId: string, examId = cat.exams.clinical) => {
  const res = await new Client(t.app).get(`/api/exams/${examId}/sites`);
  return res
    .json()
    .areas.flatMap((a: { sites: { id: string; remaining: number }[] }) => a.sites)
    .find((s: { id: string }) => s.id === siteId).remaining as number;
};

describe('GET /api/exams (R-EX-1, R-EX-3)', () => {
  it('lists cards with code, level and whether registration is open; filters by level and searches', async () => {
    const all = (await new Client(t.app).get('/api/exams')).json().items;
    const clinical = all.find((e: { id: string }) => e.id === cat.exams.clinical);
    expect(clinical).toMatchObject({
      name: '临床执业医师',
      level: '执业医师',
      type: '医师资格考试',
      phase: '报名',
      open: true,
    });
    expect(clinical.code).toMatch(/^\d{4}110$/);
    expect(all.find((e: { id: string }) => e.id === cat.exams.closed).open).toBe(false);
    const assistants = (await new Client(t.app).get('/api/exams?level=执业助理医师')).json().items;
    expect(assistants.map((e: { id: string }) => e.id)).toEqual([cat.exams.assistant]);
    const byQuery = (await new Client(t.app).get(`/api/exams?q=${encodeURIComponent('口腔')}`)).json().items;
    expect(byQuery.map((e: { id: string }) => e.id)).toEqual([cat.exams.dental]);
  });

  it('400 for an unknown level', async () => {
    expect((await new Client(t.app).get('/api/exams?level=x')).statusCode).toBe(400);
  });

  it('R-EX-12: sites by area with remaining seats; 404 for an unknown exam', async () => {
    const res = await new Client(t.app).get(`/api/exams/${cat.exams.dental}/sites`);
    expect(res.statusCode).toBe(200);
    const beijing = res.json().areas.find((a: { code: string }) => a.code === '11');
    expect(beijing.name).toBe('北京市');
    expect(beijing.sites).toContainEqual(expect.objectContaining({ id: cat.sites.small, capacity: 1, remaining: 1 }));
    expect((await new Client(t.app).get('/api/exams/99999999/sites')).statusCode).toBe(404);
  });

  it('R-EX-1, R-EX-8: each area with the fees it published for the exam, in fen; none published → null amounts', async () => {
    const res = await new Client(t.app).get(`/api/exams/${cat.exams.clinical}/sites`);
    expect(res.statusCode, res.body).toBe(200);
    const area = (code: string) => res.json().areas.find((a: { code: string }) => a.code === code);
    expect(area('11').fees).toEqual({ skills: 5000, written: 12000, total: 17000, currency: 'CNY', unit: 'fen' });
    expect(area('12').fees).toEqual({ skills: null, written: null, total: null, currency: 'CNY', unit: 'fen' });
    expect(area('12').sites).toContainEqual(expect.objectContaining({ id: cat.sites.tianjin }));
    // Per exam and area: 北京市 asks another skills fee for 口腔执业医师.
    const dental = (await new Client(t.app).get(`/api/exams/${cat.exams.dental}/sites`)).json();
    expect(dental.areas.find((a: { code: string }) => a.code === '11').fees).toMatchObject({
      skills: 5500,
      total: 17500,
    });
  });

  it('R-EX-1: the areas with their sites and fees in one statement after the exam’s, not one per area', async () => {
    const counted = countingStatements();
    const { areas } = await examSites({ ...t.ctx, db: counted.db }, cat.exams.clinical);
    expect(areas.length).toBeGreaterThan(1);
    expect(counted.count()).toBe(2);
  });

  it('OpenAPI: the sites answer declares each area’s fees (AreaFees)', async () => {
    const doc = (await new Client(t.app).get('/api/openapi.json')).json();
    const ok = doc.paths['/api/exams/{id}/sites'].get.responses['200'].content['application/json'].schema;
    expect(ok.properties.areas.items.properties.fees).toEqual({ $ref: '#/components/schemas/AreaFees' });
    expect(ok.properties.areas.items.required).toContain('fees');
    const fees = doc.components.schemas.AreaFees;
    expect(fees.required).toEqual(['skills', 'written', 'total', 'currency', 'unit']);
    expect(fees.properties).toMatchObject({ skills: { type: 'integer', nullable: true }, unit: { enum: ['fen'] } });
  });
});

describe('POST /api/applications (R-EX-3, R-EX-9, R-AGE-1)', () => {
  it('201: a draft at step ① with its actions', async () => {
    const { c } = await candidate();
    const res = await c.post('/api/applications', { examId: cat.exams.dental });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'DRAFT',
      statusLabel: '草稿',
      completedSteps: ['exam'],
      nextStep: 'basic',
      registrationNumber: null,
      actions: ['edit', 'withdraw'],
    });
    expect((await c.get('/api/applications')).json().items).toHaveLength(1);
  });

  it('401 logged out; 403 for staff; 404 unknown exam; 400 malformed id', async () => {
    expect((await new Client(t.app).post('/api/applications', { examId: cat.exams.clinical })).statusCode).toBe(401);
    const admin = await loginAs(t, 'NATIONAL_ADMIN');
    expect((await admin.post('/api/applications', { examId: cat.exams.clinical })).statusCode).toBe(403);
    const { c } = await candidate();
    expect((await c.post('/api/applications', { examId: '99999999' })).statusCode).toBe(404);
    expect((await c.post('/api/applications', { examId: 'x' })).statusCode).toBe(400);
  });

  it('409 outside the window (R-EX-9)', async () => {
    const { c } = await candidate();
    const res = await c.post('/api/applications', { examId: cat.exams.closed });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('WINDOW_CLOSED');
  });

  it('409 for a second live application of the same exam, also when started at once (R-EX-9)', async () => {
    const { c } = await candidate();
    const answers = await Promise.all(
      [1, 2, 3].map(() => c.post('/api/applications', { examId: cat.exams.assistant })),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().error.code).toBe('ALREADY_APPLIED');
  });

  it('400 R-AGE-1 for a candidate who has turned 76 since registering', async () => {
    const c = new Client(t.app);
    const { username } = await c.register();
    await sql`UPDATE accounts SET birth_date = '1940-01-01' WHERE username = ${username}`.execute(t.ctx.db);
    const res = await c.post('/api/applications', { examId: cat.exams.clinical });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      fields: { examId: expect.stringContaining('75周岁') },
    });
  });
});

describe('PATCH /api/applications/{id} (R-EX-4…8)', () => {
  it('R-EX-4: steps out of order → 409 naming the missing step', async () => {
    const { c, educationId } = await candidate();
    const id = await draft(c, cat.exams.dental);
    const res = await patch(c, id, { step: 'education', educationIds: [educationId], residencyTraining: false });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'STEP_OUT_OF_ORDER',
      message: expect.stringContaining('②基本情况'),
    });
  });

  it('R-EX-4: a step saved on another device meanwhile is never lost, nor is a step refused on a stale view', async () => {
    const { c, educationId } = await candidate();
    const id = await draft(c, cat.exams.dental);
    await patch(c, id, { step: 'basic' });
    await patch(c, id, { step: 'work', confirmed: true });
    // The same candidate in another app process (another device) saves step ④, then step ⑤.
    const elsewhere = await t.sibling();
    const device = new Client(elsewhere.app);
    device.cookie = c.cookie;
    const onDevice = (body: unknown) => patch(device, id, body).then((r) => r.statusCode);
    try {
      expect(await onDevice({ step: 'education', educationIds: [educationId], residencyTraining: false })).toBe(200);
      // This process last saw the draft at step ③: saving ③ again keeps ④.
      const again = await patch(c, id, { step: 'work', confirmed: true });
      expect(again.json().completedSteps).toEqual(['exam', 'basic', 'work', 'education']);
      expect(await onDevice({ step: 'certificate' })).toBe(200);
    } finally {
      await elsewhere.close();
    }
    // ⑥ follows ⑤, which this process has not seen: judged again on the draft as it is now, it is saved.
    const last = await patch(c, id, { step: 'confirm', areaCode: '11', siteId: cat.sites.big, attempts: 1 });
    expect(last.statusCode, last.body).toBe(200);
    expect((await c.get(`/api/applications/${id}`)).json().nextStep).toBeNull();
  });

  it('R-EX-4: saves arriving together (many candidates, or a double click) are each saved once, none lost', async () => {
    const people = await Promise.all([1, 2, 3].map(() => candidate()));
    const drafts = await Promise.all(people.map(({ c }) => draft(c, cat.exams.dental)));
    const answers = await Promise.all(
      people.flatMap(({ c }, i) => [patch(c, drafts[i]!, { step: 'basic' }), patch(c, drafts[i]!, { step: 'basic' })]),
    );
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    const both = await Promise.all(people.map(({ c }, i) => patch(c, drafts[i]!, { step: 'work', confirmed: true })));
    expect(both.map((r) => r.json().completedSteps)).toEqual(people.map(() => ['exam', 'basic', 'work']));
  });

  it('400 for a malformed step; the fields are named', async () => {
    const { c } = await candidate();
    const id = await draft(c, cat.exams.dental);
    const res = await patch(c, id, { step: 'work', confirmed: false });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['confirmed']);
    expect((await patch(c, id, { step: 'nope' })).statusCode).toBe(400);
  });

  it('R-EX-5: no photo → 400 beside photo', async () => {
    const { c } = await candidate({ photo: false });
    const id = await draft(c, cat.exams.dental);
    const res = await patch(c, id, { step: 'basic' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      fields: { photo: expect.stringContaining('照片') },
    });
  });

  it('R-EX-6: another candidate’s education id → 404; two ticked → 400', async () => {
    const other = await candidate();
    const { c, educationId } = await candidate();
    const id = await draft(c, cat.exams.dental);
    await patch(c, id, { step: 'basic' });
    await patch(c, id, { step: 'work', confirmed: true });
    const forged = await patch(c, id, {
      step: 'education',
      educationIds: [other.educationId],
      residencyTraining: false,
    });
    expect(forged.statusCode).toBe(404);
    const two = await patch(c, id, {
      step: 'education',
      educationIds: [educationId, educationId],
      residencyTraining: false,
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.fields.educationIds).toContain('只能勾选一条');
  });

  it('R-EX-8: a site of another area → 400; an unknown site → 404; 儿科 on 口腔 → 400; a full site → 409', async () => {
    const { c, educationId } = await candidate();
    const id = await draft(c, cat.exams.dental);
    await walk(c, id, educationId!);
    const elsewhere = await patch(c, id, { step: 'confirm', areaCode: '11', siteId: cat.sites.tianjin });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.fields.siteId).toContain('不属于所选考区');
    expect((await patch(c, id, { step: 'confirm', areaCode: '11', siteId: '99999999' })).statusCode).toBe(404);
    const subject = await patch(c, id, {
      step: 'confirm',
      areaCode: '11',
      siteId: cat.sites.big,
      additionalSubject: '儿科',
    });
    expect(subject.statusCode).toBe(400);
    expect(subject.json().error.fields.additionalSubject).toContain('临床执业医师');
    const full = await addSite(t.ctx.db, '11', 0);
    expect((await patch(c, id, { step: 'confirm', areaCode: '11', siteId: full })).json().error.code).toBe('SITE_FULL');
  });

  it('404 for another candidate’s application; 401 logged out', async () => {
    const { c } = await candidate();
    const id = await draft(c, cat.exams.dental);
    const { c: other } = await candidate();
    expect((await patch(other, id, { step: 'basic' })).statusCode).toBe(404);
    expect((await other.get(`/api/applications/${id}`)).statusCode).toBe(404);
    expect((await patch(new Client(t.app), id, { step: 'basic' })).statusCode).toBe(401);
  });

  it('409 outside the window', async () => {
    const { c } = await candidate();
    const id = await draft(c, cat.exams.dental);
    await sql`UPDATE exams SET registration_closes_at = now() - interval '1 second' WHERE id = ${cat.exams.dental}`.execute(
      t.ctx.db,
    );
    try {
      const res = await patch(c, id, { step: 'basic' });
      expect(res.json().error.code).toBe('WINDOW_CLOSED');
      expect((await c.get(`/api/applications/${id}`)).json().actions).toEqual([]);
    } finally {
      await sql`UPDATE exams SET registration_closes_at = now() + interval '30 days' WHERE id = ${cat.exams.dental}`.execute(
        t.ctx.db,
      );
    }
  });
});

describe('POST /api/applications/{id}/submit (R-EX-9…12, R-PI-4, R-SITE-1)', () => {
  it('submits: 待现场确认, a registration number, a seat, locked entries, materials, audit', async () => {
    const { c, id, educationId } = await ready();
    const before = await remaining(cat.sites.big);
    const res = await c.post(`/api/applications/${id}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({
      status: 'SUBMITTED',
      statusLabel: '待现场确认',
      actions: ['withdraw', 'print'],
      skillsExempt: false,
    });
    expect(a.registrationNumber).toMatch(/^\d{4}11011\d{7}$/);
    expect(a.materials.map((m: { no: string }) => m.no)).toEqual(['一', '二', '三', '四', '六', '十', '十一']);
    expect(await remaining(cat.sites.big)).toBe(before - 1);
    const profile = (await c.get('/api/profile')).json();
    expect(profile.educations.find((e: { id: string }) => e.id === educationId).locked).toBe(true);
    expect((await c.request('DELETE', `/api/profile/educations/${educationId}`)).statusCode).toBe(409);
    const audit = await sql<{ actor_id: string; details: Record<string, unknown> }>`SELECT actor_id, details
      FROM audit_events WHERE type = 'APPLICATION_SUBMITTED' AND details->>'applicationId' = ${id}`.execute(t.ctx.db);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details).toMatchObject({ registrationNumber: a.registrationNumber, skillsExempt: false });
  });

  it('R-EX-9: a submitted application is never edited (409) nor submitted again (409)', async () => {
    const { c, id } = await ready();
    await c.post(`/api/applications/${id}/submit`);
    const edit = await patch(c, id, { step: 'basic' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('NOT_EDITABLE');
    expect((await c.post(`/api/applications/${id}/submit`)).statusCode).toBe(409);
  });

  it('R-EX-12: a double submit takes exactly one seat', async () => {
    const { c, id } = await ready();
    const before = await remaining(cat.sites.big);
    const answers = await Promise.all([1, 2, 3, 4].map(() => c.post(`/api/applications/${id}/submit`)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    expect(await remaining(cat.sites.big)).toBe(before - 1);
  });

  it('R-EX-12: the site fills up → 409 SITE_FULL, the loser keeps the draft and nothing stays locked', async () => {
    const site = await addSite(t.ctx.db, '11', 1);
    const first = await ready(site);
    const second = await ready(site);
    expect((await first.c.post(`/api/applications/${first.id}/submit`)).statusCode).toBe(200);
    const res = await second.c.post(`/api/applications/${second.id}/submit`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'SITE_FULL', message: expect.stringContaining('已满') });
    const kept = (await second.c.get(`/api/applications/${second.id}`)).json();
    expect(kept).toMatchObject({ status: 'DRAFT', registrationNumber: null, actions: ['edit', 'submit', 'withdraw'] });
    const profile = (await second.c.get('/api/profile')).json();
    expect(profile.educations.every((e: { locked: boolean }) => !e.locked)).toBe(true);
  });

  it('R-EX-12: later submits to a full site are refused at once, and a seat given back is taken again', async () => {
    const site = await addSite(t.ctx.db, '11', 1);
    const [first, second, third] = [await ready(site), await ready(site), await ready(site)];
    expect((await first.c.post(`/api/applications/${first.id}/submit`)).statusCode).toBe(200);
    expect((await second.c.post(`/api/applications/${second.id}/submit`)).statusCode).toBe(409);
    // The site is now known to be full: the third is refused on the seat counters alone, and changes nothing.
    const refused = await third.c.post(`/api/applications/${third.id}/submit`);
    expect(refused.json().error.code).toBe('SITE_FULL');
    expect((await third.c.get(`/api/applications/${third.id}`)).json().status).toBe('DRAFT');
    // A withdrawal gives the seat back: the next submit to the site known full sees it and takes it.
    expect((await first.c.post(`/api/applications/${first.id}/withdraw`)).statusCode).toBe(200);
    const taken = await third.c.post(`/api/applications/${third.id}/submit`);
    expect(taken.statusCode, taken.body).toBe(200);
    expect(await remaining(site)).toBe(0);
  });

  it('409 STEPS_INCOMPLETE before step ⑥; 400 when 个人信息 changed since (full re-check)', async () => {
    const { c, educationId } = await candidate();
    const id = await draft(c, cat.exams.dental);
    await patch(c, id, { step: 'basic' });
    expect((await c.post(`/api/applications/${id}/submit`)).json().error.code).toBe('STEPS_INCOMPLETE');
    await walk(c, id, educationId!);
    await c.request('DELETE', `/api/profile/educations/${educationId}`);
    const res = await c.post(`/api/applications/${id}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      fields: { educationIds: expect.stringContaining('已不存在') },
    });
  });

  it('404 for another candidate’s application', async () => {
    const { id } = await ready();
    const { c } = await candidate();
    expect((await c.post(`/api/applications/${id}/submit`)).statusCode).toBe(404);
    expect((await c.post(`/api/applications/${id}/withdraw`)).statusCode).toBe(404);
  });

  it('R-EX-11: an exempt candidate is marked 免考实践技能 and brings nothing on site; only the national admin imports', async () => {
    const seeded = await seededDraft();
    const c = new Client(t.app);
    const idNumber = '110101199001011237';
    await sql`UPDATE accounts SET id_number_hash = ${t.ctx.idCipher.hash('RESIDENT_ID', idNumber)} WHERE id = ${seeded.accountId}`.execute(
      t.ctx.db,
    );
    c.cookie = `sid=${seeded.token}`;
    expect(
      (await c.post(`/api/exams/${cat.exams.clinical}/skills-exemptions`, { items: [{ idNumber }] })).statusCode,
    ).toBe(403);
    const admin = await loginAs(t, 'NATIONAL_ADMIN');
    const imported = await admin.post(`/api/exams/${cat.exams.clinical}/skills-exemptions`, {
      items: [{ idNumber }, { idNumber: '123' }],
    });
    expect(imported.json()).toMatchObject({ read: 2, imported: 1, bad: [{ line: 3 }] });
    const res = await c.post(`/api/applications/${seeded.applicationId}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      skillsExempt: true,
      // No on-site review to wait for, nor to pay after.
      statusLabel: '已提交（免现场审核）',
      paymentHint: expect.stringMatching(/^无需现场审核/),
      materials: [],
      // R-EX-1, R-EX-11: the exempt candidate owes no skills fee, only 北京市's written fee.
      fees: { skills: 0, written: 12000, total: 12000, skillsExempt: true },
    });
    // The printed notice sends the candidate to no on-site review either (printed with a real photo: the seeded
    // one is only bytes).
    await sql`UPDATE profile_photos SET jpeg = ${photo} WHERE account_id = ${seeded.accountId}`.execute(t.ctx.db);
    const pdf = await c.get(`/api/applications/${seeded.applicationId}/notice.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    const notice = textOf(pdf.rawPayload);
    expect(notice).toContain('无需参加现场资格审核');
    expect(notice).not.toContain('现场资格审核须携带的材料');
  });
});

describe('POST /api/applications/{id}/withdraw (R-EX-9, R-PI-4)', () => {
  it('releases the seat, unlocks the entries, and a new application may start', async () => {
    const { c, id, educationId } = await ready();
    await c.post(`/api/applications/${id}/submit`);
    const taken = await remaining(cat.sites.big);
    const res = await c.post(`/api/applications/${id}/withdraw`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'WITHDRAWN', statusLabel: '已放弃', actions: [] });
    expect(res.json().withdrawnAt).not.toBeNull();
    expect(await remaining(cat.sites.big)).toBe(taken + 1);
    const profile = (await c.get('/api/profile')).json();
    expect(profile.educations.find((e: { id: string }) => e.id === educationId).locked).toBe(false);
    expect((await c.post('/api/applications', { examId: cat.exams.clinical })).statusCode).toBe(201);
    expect((await c.post(`/api/applications/${id}/withdraw`)).statusCode).toBe(409);
  });

  it('a draft may be withdrawn too; outside the window 409', async () => {
    const { c } = await candidate();
    const id = await draft(c, cat.exams.dental);
    expect((await c.post(`/api/applications/${id}/withdraw`)).json().status).toBe('WITHDRAWN');
    const other = await draft(c, cat.exams.dental);
    await sql`UPDATE exams SET registration_closes_at = now() - interval '1 second' WHERE id = ${cat.exams.dental}`.execute(
      t.ctx.db,
    );
    try {
      expect((await c.post(`/api/applications/${other}/withdraw`)).json().error.code).toBe('WINDOW_CLOSED');
    } finally {
      await sql`UPDATE exams SET registration_closes_at = now() + interval '30 days' WHERE id = ${cat.exams.dental}`.execute(
        t.ctx.db,
      );
    }
  });
});

const textOf = (pdf: Buffer) => extractText(pdf).join('').replace(/\n/g, '');

describe('fees, payment state and admission number on GET /api/applications and /{id} (R-EX-1, R-EX-2, R-SITE-4)', () => {
  const beijingFees = { skills: 5000, written: 12000, total: 17000, skillsExempt: false, currency: 'CNY', unit: 'fen' };
  const unknownFees = { skills: null, written: null, total: null, skillsExempt: false, currency: 'CNY', unit: 'fen' };

  /** The application as both GET routes answer it, after checking that they agree. */
  async function shown(c: Client, id: string) {
    const one = await c.get(`/api/applications/${id}`);
    expect(one.statusCode, one.body).toBe(200);
    const listed = (await c.get('/api/applications')).json().items.find((a: { id: string }) => a.id === id);
    expect(listed).toEqual(one.json());
    return one.json();
  }

  it('R-EX-2: a new draft: fees unknown until an area is chosen, 未缴费 with when to pay, no admission number', async () => {
    const { c } = await candidate();
    const id = await draft(c);
    expect(await shown(c, id)).toMatchObject({
      fees: unknownFees,
      paymentStatus: 'UNPAID',
      paymentStatusLabel: '未缴费',
      paymentHint: expect.stringContaining('现场确认后缴费'),
      admissionNumber: null,
    });
  });

  it('R-EX-1: the chosen area’s fees from step ⑥ on, in fen; after submit 未缴费 until paid after the on-site review (R-SITE-4)', async () => {
    const { c, id } = await ready();
    expect((await shown(c, id)).fees).toEqual(beijingFees);
    const submitted = await c.post(`/api/applications/${id}/submit`);
    expect(submitted.json()).toMatchObject({ fees: beijingFees, paymentStatus: 'UNPAID' });
    expect(await shown(c, id)).toMatchObject({
      fees: beijingFees,
      paymentStatus: 'UNPAID',
      paymentStatusLabel: '未缴费',
      paymentHint: expect.stringMatching(/现场确认审核通过后缴费.*网上缴费/),
    });
  });

  it('R-EX-1: an area that has published no fees → null amounts, and the printed forms say its list applies', async () => {
    const { c, educationId } = await candidate();
    const id = await draft(c);
    await walk(c, id, educationId!, cat.sites.tianjin, '12');
    expect((await shown(c, id)).fees).toEqual(unknownFees);
    expect((await c.post(`/api/applications/${id}/submit`)).statusCode).toBe(200);
    expect((await shown(c, id)).fees).toEqual(unknownFees);
    for (const file of ['form.pdf', 'notice.pdf']) {
      const text = textOf((await c.get(`/api/applications/${id}/${file}`)).rawPayload);
      expect(text).toContain(`费用${FEES_NOT_PUBLISHED}`);
      expect(text).not.toContain('技能考试费');
    }
  });

  it('R-EX-11: an exempt candidate’s draft owes no skills fee once the list holds them, before any submit; per exam', async () => {
    const seeded = await seededDraft();
    const { accountId, applicationId: id } = seeded;
    const c = new Client(t.app);
    c.cookie = `sid=${seeded.token}`;
    const other = await draft(c, cat.exams.dental);
    expect(await shown(c, id)).toMatchObject({ status: 'DRAFT', skillsExempt: false, fees: beijingFees });

    const { id_number_hash: hash } = await t.ctx.db
      .selectFrom('accounts')
      .select('id_number_hash')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    await insertExemptions(t.ctx.db, cat.exams.clinical, [hash!]);
    const exemptFees = { ...beijingFees, skills: 0, total: 12000, skillsExempt: true };
    // Step ⑥ saved again, on the draft as shown before the import: the answer has the exemption as it is now.
    const saved = await patch(c, id, { step: 'confirm', areaCode: '11', siteId: cat.sites.big, attempts: 2 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ skillsExempt: true, fees: exemptFees });
    expect(await shown(c, id)).toMatchObject({ status: 'DRAFT', skillsExempt: true, fees: exemptFees });
    // An earlier step saved again leaves the place, its names and what is owed there as step ⑥ showed them.
    const back = await patch(c, id, { step: 'work', confirmed: true });
    expect(back.json()).toMatchObject({
      area: { code: '11', name: saved.json().area.name },
      site: saved.json().site,
      skillsExempt: true,
      fees: exemptFees,
    });
    expect(saved.json().area.name).toMatch(/北京/);
    // The list is per exam: the same candidate's draft of another exam is not exempt.
    expect(await shown(c, other)).toMatchObject({ skillsExempt: false, fees: { skillsExempt: false } });

    // Worked out in the statement that reads the applications: one statement for the whole list.
    const counted = countingStatements();
    const actor = { accountId, role: 'CANDIDATE' } as Actor;
    const { items } = await listMyApplications({ ...t.ctx, db: counted.db }, actor);
    expect(items.map((a) => a.skillsExempt)).toEqual([false, true]);
    expect(counted.count()).toBe(1);

    // The submit judges it again in its transaction and keeps it.
    expect((await c.post(`/api/applications/${id}/submit`)).json()).toMatchObject({
      skillsExempt: true,
      fees: exemptFees,
    });
    expect(await shown(c, id)).toMatchObject({ status: 'SUBMITTED', skillsExempt: true, fees: exemptFees });
  });

  it('R-EX-2: a withdrawn application that never paid owes nothing: 无需缴费, no hint', async () => {
    const { c } = await candidate();
    const id = await draft(c, cat.exams.assistant);
    await c.post(`/api/applications/${id}/withdraw`);
    expect(await shown(c, id)).toMatchObject({
      paymentStatus: null,
      paymentStatusLabel: '无需缴费',
      paymentHint: null,
    });
  });

  it('R-EX-2: the stored payment state and 准考证号 as they are (no route changes them yet)', async () => {
    const { c, id } = await ready();
    await c.post(`/api/applications/${id}/submit`);
    await sql`UPDATE applications SET status = 'APPROVED', payment_status = 'PAID', admission_number = '2611011010101'
      WHERE id = ${id}`.execute(t.ctx.db);
    expect(await shown(c, id)).toMatchObject({
      paymentStatus: 'PAID',
      paymentStatusLabel: '已缴费',
      paymentHint: null,
      admissionNumber: '2611011010101',
      actions: ['print'],
    });
  });

  it('OpenAPI: the application declares its fees (in fen), payment state and admission number', async () => {
    const doc = (await new Client(t.app).get('/api/openapi.json')).json();
    const { schemas } = doc.components;
    // Every $ref of the document points at a schema it contains (routes name theirs with .meta({ id })).
    for (const [, name] of JSON.stringify(doc).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      expect(schemas, name).toHaveProperty([name!]);
    }
    const ok = (path: string) => doc.paths[path].get.responses['200'].content['application/json'].schema;
    expect(ok('/api/applications/{id}')).toEqual({ $ref: '#/components/schemas/Application' });
    expect(ok('/api/applications').properties.items.items).toEqual({ $ref: '#/components/schemas/Application' });
    const application = schemas.Application;
    expect(application.required).toEqual(
      expect.arrayContaining(['fees', 'paymentStatus', 'paymentStatusLabel', 'paymentHint', 'admissionNumber']),
    );
    expect(application.properties.fees).toEqual({ $ref: '#/components/schemas/ApplicationFees' });
    expect(application.properties.paymentStatus.enum).toEqual(expect.arrayContaining(['UNPAID', 'PAID', 'REFUNDED']));
    const fees = schemas.ApplicationFees;
    expect(fees.required).toEqual(['skills', 'written', 'total', 'skillsExempt', 'currency', 'unit']);
    expect(fees.properties).toMatchObject({
      skills: { type: 'integer', nullable: true },
      currency: { enum: ['CNY'] },
      unit: { enum: ['fen'] },
    });
  });
});

describe('GET /api/applications/{id}/form.pdf and notice.pdf (R-EX-10, R-SITE-1)', () => {
  let submitted: Awaited<ReturnType<typeof ready>> & { registrationNumber: string };

  beforeAll(async () => {
    const r = await ready();
    const res = await r.c.post(`/api/applications/${r.id}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    submitted = { ...r, registrationNumber: res.json().registrationNumber };
  });

  const FORMS = [
    ['form.pdf', '医师资格考试报名暨授予医师资格申请表', 'application-form'],
    ['notice.pdf', '医师资格考试网上报名成功通知单', 'success-notice'],
  ] as const;

  it.each(FORMS)(
    '%s: 200 application/pdf for the owner, inline with a Chinese file name, never cached',
    async (file, title, ascii) => {
      const res = await submitted.c.get(`/api/applications/${submitted.id}/${file}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('no-store');
      const name = `${title}-${submitted.registrationNumber}.pdf`;
      expect(res.headers['content-disposition']).toBe(
        `inline; filename="${ascii}-${submitted.registrationNumber}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      const pdf = res.rawPayload;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = textOf(pdf);
      expect(text).toContain(submitted.registrationNumber);
      expect(text).toContain(title);
      expect(text).toContain(submitted.registered.name);
      // R-EX-1: 北京市's published fees for the exam, instead of the sentence for an area without them.
      expect(text).toContain('技能考试费¥50.00笔试费¥120.00合计¥170.00');
      expect(text).not.toContain(FEES_NOT_PUBLISHED);
      // The candidate's uploaded photo goes in as it is.
      expect(pdf.toString('latin1')).toContain('/DCTDecode');
    },
  );

  it('申请表: the whole ID number, the dictionary names, the ticked education, the site and the attempts', async () => {
    const res = await submitted.c.get(`/api/applications/${submitted.id}/form.pdf`);
    const text = textOf(res.rawPayload);
    expect(text).toContain(submitted.registered.idNumber);
    for (const s of ['北京大学', '临床医学', '100011201505001234', '北京协和医院', '北京市东城区', '北京市（11）']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('累计报考次数2');
  });

  it('通知单: the ID number masked, never whole; the materials of R-SITE-1', async () => {
    const res = await submitted.c.get(`/api/applications/${submitted.id}/notice.pdf`);
    const text = textOf(res.rawPayload);
    expect(text).not.toContain(submitted.registered.idNumber);
    expect(text).toContain(maskIdNumber(submitted.registered.idNumber));
    expect(text).toContain('《医师资格考试网上报名成功通知单》');
    expect(text).toContain('近期（6个月内）小2寸白底证件照');
  });

  it.each(FORMS)(
    '%s: 401 logged out, 403 staff, 404 another candidate’s or unknown, 400 malformed id',
    async (file) => {
      const url = `/api/applications/${submitted.id}/${file}`;
      expect((await new Client(t.app).get(url)).statusCode).toBe(401);
      const staff = await loginAs(t, 'SITE_STAFF', { areaCode: '11', siteId: cat.sites.big });
      expect((await staff.get(url)).statusCode).toBe(403);
      const { c: other } = await candidate();
      const res = await other.get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
      expect((await submitted.c.get(`/api/applications/99999999/${file}`)).statusCode).toBe(404);
      expect((await submitted.c.get(`/api/applications/x/${file}`)).statusCode).toBe(400);
    },
  );

  it.each(FORMS)('%s: 409 with a Chinese message for a draft and for a withdrawn application', async (file) => {
    const { c } = await candidate();
    const id = await draft(c, cat.exams.dental);
    const res = await c.get(`/api/applications/${id}/${file}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'NOT_PRINTABLE',
      message: expect.stringContaining('提交后才能打印'),
    });
    await c.post(`/api/applications/${id}/withdraw`);
    expect((await c.get(`/api/applications/${id}/${file}`)).json().error.code).toBe('NOT_PRINTABLE');
  });

  it('OpenAPI: both routes answer a binary application/pdf 200', async () => {
    const doc = (await new Client(t.app).get('/api/openapi.json')).json();
    for (const [file] of FORMS) {
      const ok = doc.paths[`/api/applications/{id}/${file}`].get.responses['200'];
      expect(ok.content['application/pdf'].schema).toMatchObject({ type: 'string', format: 'binary' });
    }
  });
});
