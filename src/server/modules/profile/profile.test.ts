import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Client, createTestApp, type TestApp } from '../../test/harness';
import { importEntries } from '../dictionaries/import';
import { changingProfile } from './profile-cache';

let t: TestApp;
const ids = { school: '', major: '', unit: '' };

beforeAll(async () => {
  t = await createTestApp();
  await importEntries(t.ctx.db, 'schools', [{ line: 2, fields: { name: '北京大学', regionCode: '11' } }]);
  await importEntries(t.ctx.db, 'majors', [{ line: 2, fields: { name: '临床医学', code: '100201K' } }]);
  await importEntries(t.ctx.db, 'work-units', [
    { line: 2, fields: { name: '北京协和医院', regionCode: '110101', code: 'U1' } },
  ]);
  const rows = await sql<{ kind: string; id: string }>`SELECT kind, id FROM dictionary_entries`.execute(t.ctx.db);
  for (const r of rows.rows) ids[r.kind === 'schools' ? 'school' : r.kind === 'majors' ? 'major' : 'unit'] = r.id;
});
afterAll(async () => t.close());

async function candidate(overrides: Record<string, unknown> = {}) {
  const c = new Client(t.app);
  await c.register(overrides);
  return c;
}

const contact = {
  homePhone: '010-12345678',
  mobile: '13812345678',
  email: 'zhang@example.org',
  address: { regionCode: '110101', street: '东华门大街1号' },
  postalCode: '100010',
};
const work = {
  employmentStatus: '在职',
  unitAffiliation: '地方',
  workUnitId: '',
  title: '医师',
  titleObtainedOn: '2018-07',
  position: '住院医师',
};
const education = () => ({
  origin: '大陆',
  category: '高等医学教育',
  schoolId: ids.school,
  studyForm: '普通全日制',
  level: '本科',
  degree: '学士',
  lengthYears: 5,
  majorId: ids.major,
  graduatedOn: '2015-07',
  diplomaNumber: '100011201505001234',
});
const training = { type: '住院医师规范化培训', startedOn: '2015-09', result: '合格', unitName: '北京协和医院' };
const certificate = {
  type: '执业助理医师',
  issuedOn: '2016-12',
  certificateNumber: '201611110110101199',
  registeredOn: '2017-03',
  registrationNumber: '110110000123456',
};

async function jpeg(width: number, height: number, background = '#ffffff', quality = 80): Promise<Buffer> {
  const face = Buffer.from(
    `<svg width="${width}" height="${height}"><ellipse cx="${width / 2}" cy="${height / 2}" rx="${width / 4}" ry="${height / 3}" fill="#444"/></svg>`,
  );
  return sharp({ create: { width, height, channels: 3, background } })
    .composite([{ input: face }])
    .jpeg({ quality })
    .toBuffer();
}

const putPhoto = (c: Client, body: Buffer, type = 'image/jpeg') =>
  t.app.inject({
    method: 'PUT',
    url: '/api/profile/photo',
    payload: body,
    headers: { 'content-type': type, cookie: c.cookie! },
    remoteAddress: c.ip,
  });

describe('GET /api/profile (R-PI-1, R-PI-2)', () => {
  it('shows the read-only basic info and empty groups of a new candidate', async () => {
    const c = await candidate();
    const res = await c.get('/api/profile');
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.basic.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(p).toMatchObject({
      mainland: true,
      contact: null,
      work: null,
      educations: [],
      trainings: [],
      certificates: [],
      photo: null,
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('401 logged out', async () => {
    expect((await new Client(t.app).get('/api/profile')).statusCode).toBe(401);
  });
});

describe('PUT /api/profile/contact (R-TEL-1, R-MOB-1, R-MAIL-1, R-ADDR-1, R-ZIP-1)', () => {
  it('saves, fills the region names from the code, and shows them on reload', async () => {
    const c = await candidate();
    const res = await c.put('/api/profile/contact', {
      ...contact,
      address: { ...contact.address, regionText: '伪造' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().address).toEqual({ regionCode: '110101', regionText: '北京市东城区', street: '东华门大街1号' });
    expect((await c.get('/api/profile')).json().contact.mobile).toBe('13812345678');
  });

  it.each([
    ['R-MOB-1 a 10-digit mobile', { mobile: '1381234567' }, 'mobile'],
    ['R-ZIP-1 a 5-digit postal code', { postalCode: '10001' }, 'postalCode'],
    ['R-TEL-1 a phone without area code', { homePhone: '12345678' }, 'homePhone'],
    ['R-MAIL-1 a bad email', { email: 'x@' }, 'email'],
    [
      'R-ADDR-1 an address over 30 characters',
      { address: { regionCode: '110101', street: '东华门大街一号院二号楼三单元四层五零一室再加几个字' } },
      'address',
    ],
  ])('400 for %s; nothing of the group is saved', async (_label, override, field) => {
    const c = await candidate();
    await c.put('/api/profile/contact', contact);
    const res = await c.put('/api/profile/contact', {
      ...contact,
      ...override,
      homePhone: (override as { homePhone?: string }).homePhone ?? '010-87654321',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain(field);
    expect((await c.get('/api/profile')).json().contact.homePhone).toBe('010-12345678');
  });

  it('R-MOB-1/R-ZIP-1: a Hong Kong candidate may give an 8-digit mobile and no 6-digit postal code', async () => {
    const c = await candidate({
      idType: 'HK_ID',
      idNumber: 'A1234563',
      name: 'Chan Tai Man',
      gender: 'M',
      birthDate: '1990-01-01',
      nationality: 'CN',
    });
    const res = await c.put('/api/profile/contact', { ...contact, mobile: '91234567', postalCode: '999077' });
    expect(res.statusCode).toBe(200);
  });

  it('400 for an unknown region; 401 logged out; 403 cross-site; 415 not JSON; 413 over 64 KB', async () => {
    const c = await candidate();
    expect(
      (await c.put('/api/profile/contact', { ...contact, address: { regionCode: '999999', street: '某路1号' } }))
        .statusCode,
    ).toBe(400);
    expect((await new Client(t.app).put('/api/profile/contact', contact)).statusCode).toBe(401);
    expect((await c.put('/api/profile/contact', contact, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await c.put('/api/profile/contact', 'x', { 'content-type': 'text/plain' })).statusCode).toBe(415);
    expect((await c.put('/api/profile/contact', { ...contact, street: 'x'.repeat(70_000) })).statusCode).toBe(413);
  });
});

describe('PUT /api/profile/work (R-PI-7, R-PI-8)', () => {
  it('saves the unit from the dictionary and shows its area', async () => {
    const c = await candidate();
    const res = await c.put('/api/profile/work', { ...work, workUnitId: ids.unit });
    expect(res.statusCode).toBe(200);
    expect(res.json().workUnit).toEqual({
      id: ids.unit,
      name: '北京协和医院',
      regionCode: '110101',
      regionText: '北京市东城区',
    });
    expect((await c.get('/api/profile')).json().work).toEqual(res.json());
  });

  it('400 for a unit that is not in the dictionary (or of another dictionary) and for 本人身份 at a local unit', async () => {
    const c = await candidate();
    expect(
      (await c.put('/api/profile/work', { ...work, workUnitId: '99999999' })).json().error.fields.workUnitId,
    ).toBeDefined();
    expect((await c.put('/api/profile/work', { ...work, workUnitId: ids.school })).statusCode).toBe(400);
    const military = await c.put('/api/profile/work', {
      ...work,
      workUnitId: ids.unit,
      militaryIdentity: '军队及武警干部',
    });
    expect(military.json().error.fields.militaryIdentity).toBeDefined();
  });
});

describe.each([
  ['educations', education, { graduatedOn: '2015-13' }, 'graduatedOn'],
  ['trainings', () => training, { startedOn: '2015/09' }, 'startedOn'],
  ['certificates', () => certificate, { certificateNumber: '2016-1111' }, 'certificateNumber'],
] as const)('%s (R-PI-3, R-PI-4)', (group, valid, invalid, field) => {
  it('adds, changes and deletes an entry; a reload shows each state', async () => {
    const c = await candidate();
    const created = await c.post(`/api/profile/${group}`, valid());
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const entries = (await c.get('/api/profile')).json()[group];
    expect(entries).toEqual([expect.objectContaining({ id, locked: false, verified: false })]);
    const changed = await c.put(`/api/profile/${group}/${id}`, {
      ...valid(),
      ...(group === 'trainings' ? { result: '未考核' } : {}),
    });
    expect(changed.statusCode).toBe(200);
    expect((await c.request('DELETE', `/api/profile/${group}/${id}`)).statusCode).toBe(204);
    expect((await c.get('/api/profile')).json()[group]).toEqual([]);
  });

  it(`400 naming ${field}; nothing is written`, async () => {
    const c = await candidate();
    const res = await c.post(`/api/profile/${group}`, { ...valid(), ...invalid });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[field]).toMatch(/[\u4e00-\u9fa5]/);
    expect((await c.get('/api/profile')).json()[group]).toEqual([]);
  });

  it('404 for another candidate’s entry (never 403), and for an unknown one', async () => {
    const owner = await candidate();
    const { id } = (await owner.post(`/api/profile/${group}`, valid())).json();
    const other = await candidate();
    expect((await other.put(`/api/profile/${group}/${id}`, valid())).statusCode).toBe(404);
    expect((await other.request('DELETE', `/api/profile/${group}/${id}`)).statusCode).toBe(404);
    expect((await owner.put(`/api/profile/${group}/99999999`, valid())).statusCode).toBe(404);
    expect((await owner.put(`/api/profile/${group}/abc`, valid())).statusCode).toBe(400);
  });

  it('409 for a locked entry (edit and delete) and a verified one (edit); 401 logged out', async () => {
    const c = await candidate();
    const { id } = (await c.post(`/api/profile/${group}`, valid())).json();
    // As an application and then staff would change the entry: through the one path that tells the profile cache.
    const { account_id } = await t.ctx.db
      .selectFrom(`profile_${group}`)
      .select('account_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const change = (set: ReturnType<typeof sql>) =>
      changingProfile(t.ctx, account_id, (trx) =>
        sql`UPDATE ${sql.table(`profile_${group}`)} SET ${set} WHERE id = ${id}`.execute(trx),
      );
    await change(sql`lock_count = 1`);
    const locked = await c.put(`/api/profile/${group}/${id}`, valid());
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('ENTRY_LOCKED');
    expect((await c.request('DELETE', `/api/profile/${group}/${id}`)).statusCode).toBe(409);
    expect((await c.get('/api/profile')).json()[group][0].locked).toBe(true);
    await change(sql`lock_count = 0, verified_at = now()`);
    const verified = await c.put(`/api/profile/${group}/${id}`, valid());
    expect(verified.json().error.code).toBe('ENTRY_VERIFIED');
    expect((await c.get('/api/profile')).json()[group][0].verified).toBe(true);
    expect((await new Client(t.app).post(`/api/profile/${group}`, valid())).statusCode).toBe(401);
  });
});

describe('educations: dictionaries and the graduate-student exception (R-DIP-1, R-EDU-1)', () => {
  it('shows the school and major names; 400 for a school id that is not a school', async () => {
    const c = await candidate();
    await c.post('/api/profile/educations', education());
    const entry = (await c.get('/api/profile')).json().educations[0];
    expect(entry.school).toEqual({ id: ids.school, name: '北京大学' });
    expect(entry.major).toMatchObject({ name: '临床医学', code: '100201K' });
    const wrong = await c.post('/api/profile/educations', { ...education(), schoolId: ids.major });
    expect(wrong.json().error.fields.schoolId).toBeDefined();
  });

  it('a current-year graduate student may leave the diploma number empty', async () => {
    const c = await candidate();
    const graduate = { ...education(), level: '研究生', degree: '硕士', lengthYears: 3, diplomaNumber: '' };
    expect((await c.post('/api/profile/educations', graduate)).statusCode).toBe(400);
    await c.put('/api/profile/work', { ...work, workUnitId: ids.unit, employmentStatus: '当年毕业研究生' });
    expect((await c.post('/api/profile/educations', graduate)).statusCode).toBe(201);
  });
});

describe('PUT /api/profile/photo (R-PI-6)', () => {
  it('accepts a white-background 小2寸 JPEG, strips its metadata and serves it only to its owner', async () => {
    const c = await candidate();
    const original = await sharp(await jpeg(390, 480))
      .withMetadata({ exif: { IFD0: { Copyright: 'secret-gps' } } })
      .jpeg()
      .toBuffer();
    const res = await putPhoto(c, original);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ width: 390, height: 480 });
    expect((await c.get('/api/profile')).json().photo).toEqual(res.json());
    const served = await c.get(res.json().url);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
    expect((await new Client(t.app).get('/api/profile/photo')).statusCode).toBe(401);
    expect((await (await candidate()).get('/api/profile/photo')).statusCode).toBe(404);
  });

  it('replaces the photo under a new URL, and audits each upload with its size', async () => {
    const c = await candidate();
    const first = (await putPhoto(c, await jpeg(390, 480))).json();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = (await putPhoto(c, await jpeg(413, 531))).json();
    expect(second).toMatchObject({ width: 413, height: 531 });
    expect(second.url).not.toBe(first.url);
    expect((await sharp((await c.get(first.url)).rawPayload).metadata()).width).toBe(413);
    const { username } = (await c.get('/api/me')).json();
    const { rows } = await sql<{ bytes: number }>`SELECT (e.details->>'bytes')::int AS bytes FROM audit_events e
      JOIN accounts a ON a.id = e.actor_id WHERE a.username = ${username} AND e.type = 'PHOTO_UPLOADED'
      ORDER BY e.id`.execute(t.ctx.db);
    expect(rows.map((r) => r.bytes)).toEqual([first.bytes, second.bytes]);
  });

  it('keeps photos out of line without a compression attempt, which a JPEG never repays', async () => {
    const { rows } = await sql<{ storage: string }>`SELECT attstorage AS storage FROM pg_attribute
      WHERE attrelid = 'profile_photos'::regclass AND attname = 'jpeg'`.execute(t.ctx.db);
    expect(rows).toEqual([{ storage: 'e' }]);
  });

  it('413 for a 41 KB file, refused before it is buffered whole', async () => {
    const c = await candidate();
    const res = await putPhoto(c, Buffer.concat([await jpeg(390, 480), Buffer.alloc(41 * 1024)]));
    expect(res.statusCode).toBe(413);
  });

  it.each([
    [
      'a renamed PNG',
      async () =>
        sharp({ create: { width: 390, height: 480, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
    ],
    ['a truncated JPEG', async () => (await jpeg(390, 480)).subarray(0, 3000)],
    ['text', async () => Buffer.from('not an image at all')],
  ])('415 for %s', async (_label, make) => {
    const c = await candidate();
    const res = await putPhoto(c, await make());
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/jpg/);
  });

  it('415 for a Content-Type other than image/jpeg', async () => {
    const c = await candidate();
    expect((await putPhoto(c, await jpeg(390, 480), 'image/png')).statusCode).toBe(415);
  });

  it('400 for a pixel flood (small file, huge dimensions), a wrong proportion and a dark background', async () => {
    const c = await candidate();
    // A small file whose frame header (SOF0) claims 20000×26000 pixels.
    const flood = Buffer.from(await jpeg(390, 480));
    const sof = flood.indexOf(Buffer.from([0xff, 0xc0]));
    flood.writeUInt16BE(26_000, sof + 5);
    flood.writeUInt16BE(20_000, sof + 7);
    expect(flood.length).toBeLessThan(40 * 1024);
    expect((await sharp(flood, { limitInputPixels: false }).metadata()).width).toBe(20_000);
    const floodRes = await putPhoto(c, flood);
    expect(floodRes.statusCode).toBe(400);
    expect(floodRes.json().error.message).toMatch(/尺寸过大/);
    expect((await putPhoto(c, await jpeg(480, 480))).json().error.message).toMatch(/比例/);
    expect((await putPhoto(c, await jpeg(390, 480, '#1e50a0'))).json().error.message).toMatch(/背景/);
    expect((await c.get('/api/profile')).json().photo).toBeNull();
  });

  it('401 logged out; 403 cross-site', async () => {
    const c = await candidate();
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/profile/photo',
      payload: await jpeg(390, 480),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(res.statusCode).toBe(401);
    const cross = await t.app.inject({
      method: 'PUT',
      url: '/api/profile/photo',
      payload: await jpeg(390, 480),
      headers: { 'content-type': 'image/jpeg', cookie: c.cookie!, origin: 'https://evil.example' },
    });
    expect(cross.statusCode).toBe(403);
  });
});
