import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, loginAs, residentId, type TestApp } from '../../test/harness';
import { seedTestCatalogue } from '../../test/application-fixtures';
import { EXEMPTION_FILE_SAMPLE } from '../../../domain/exam/exemption-list';
import { readExemptionList } from './exemptions';

let t: TestApp;
let cat: Awaited<ReturnType<typeof seedTestCatalogue>>;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  cat = await seedTestCatalogue(t.ctx.db);
  admin = await loginAs(t, 'NATIONAL_ADMIN');
});
afterAll(async () => t.close());

const csv = { 'content-type': 'text/csv' };
const fileUrl = () => `/api/exams/${cat.exams.clinical}/skills-exemptions/file`;
const listed = async () => (await admin.get(`/api/exams/${cat.exams.clinical}/skills-exemptions`)).json().listed;

describe('R-EX-11: reading the centre list file', () => {
  const id = '110101199001011237';
  it.each([
    [
      'a header of the API names',
      `idNumber,idType\n${id},RESIDENT_ID\n`,
      [{ line: 2, idNumber: id, idType: 'RESIDENT_ID' }],
    ],
    [
      'a Chinese header, the type by its Chinese name',
      `姓名,证件类型,证件号码\n张三,居民身份证,${id}\n`,
      [{ line: 2, idNumber: id, idType: 'RESIDENT_ID' }],
    ],
    [
      'no header: one ID number a line',
      `${id}\n\n${id.slice(0, 17)}X\n`,
      [
        { line: 1, idNumber: id },
        { line: 3, idNumber: `${id.slice(0, 17)}X` },
      ],
    ],
    ['no header, a name beside the number is not a type', `${id},张三\n`, [{ line: 1, idNumber: id }]],
    ['no header, a type beside the number is one', `${id},外籍护照\n`, [{ line: 1, idNumber: id, idType: 'PASSPORT' }]],
    ['a UTF-8 BOM and spaces in cells', `\uFEFF 证件号码 \n ${id} \n`, [{ line: 2, idNumber: id }]],
    [
      'an unknown type is kept, to be reported',
      `证件号码,证件类型\n${id},驾驶证\n`,
      [{ line: 2, idNumber: id, idType: '驾驶证' }],
    ],
  ])('%s', (_name, text, rows) => {
    expect(readExemptionList(Buffer.from(text))).toEqual(rows);
  });

  it('reads the sample the page offers', () => {
    expect(readExemptionList(Buffer.from(EXEMPTION_FILE_SAMPLE))).toEqual([
      { line: 2, idNumber: '110101199001011237', idType: 'RESIDENT_ID' },
    ]);
  });

  it('reads a GB18030 file as Excel saves it on a Chinese Windows', () => {
    const gbk = Buffer.from([0xd6, 0xa4, 0xbc, 0xfe, 0xba, 0xc5, 0xc2, 0xeb]); // 证件号码
    expect(readExemptionList(Buffer.concat([gbk, Buffer.from(`\n${id}\n`)]))).toEqual([{ line: 2, idNumber: id }]);
  });

  it.each([
    ['an empty file', ''],
    ['a header and nothing else', '证件号码\n'],
    ['an unclosed quote', `"${id}\n`],
  ])('refuses %s with a Chinese reason', (_name, text) => {
    expect(() => readExemptionList(Buffer.from(text))).toThrow(/名单文件/);
  });
});

describe('POST /api/exams/{id}/skills-exemptions/file (R-EX-11)', () => {
  it('imports the file, reports bad lines by their line number, counts the list, and is idempotent', async () => {
    const [a, b] = [residentId(), residentId()];
    const file = `证件号码,证件类型\n${a},居民身份证\n1.10101E+17,\n${b},\n123,驾驶证\n${a},\n`;
    const res = await admin.post(fileUrl(), file, csv);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ read: 5, imported: 2 });
    expect(report.bad.map((r: { line: number }) => r.line)).toEqual([3, 5]);
    expect(report.bad[0].reason).toContain('科学计数法');
    expect(report.bad[1].reason).toContain('驾驶证');
    expect(report.listed).toBe(await listed());
    const again = (await admin.post(fileUrl(), file, csv)).json();
    expect(again).toMatchObject({ imported: 0, listed: report.listed });
  });

  it('takes a list of more rows than one statement has parameters for', async () => {
    const ids = Array.from({ length: 40_000 }, () => residentId());
    const res = await admin.post(fileUrl(), `证件号码\n${ids.join('\n')}\n`, csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().read).toBe(40_000);
    expect(res.json().imported).toBeGreaterThan(39_000); // random birth dates may repeat a person
  });

  it('writes one audit row per import', async () => {
    const before = await t.ctx.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('type', '=', 'SKILLS_EXEMPTIONS_IMPORTED')
      .executeTakeFirstOrThrow();
    await admin.post(fileUrl(), `${residentId()}\n`, csv);
    const after = await t.ctx.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('type', '=', 'SKILLS_EXEMPTIONS_IMPORTED')
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });

  it.each([
    ['400 for a file without ID numbers', () => admin.post(fileUrl(), '证件号码\n', csv), 400],
    ['400 for a bad exam id', () => admin.post('/api/exams/abc/skills-exemptions/file', `${residentId()}\n`, csv), 400],
    ['401 without a session', () => new Client(t.app).post(fileUrl(), `${residentId()}\n`, csv), 401],
    [
      '404 for an unknown exam',
      () => admin.post('/api/exams/999999/skills-exemptions/file', `${residentId()}\n`, csv),
      404,
    ],
    ['413 for a file over 4 MB', () => admin.post(fileUrl(), Buffer.alloc(4 * 1024 * 1024 + 1, 0x31), csv), 413],
    [
      '415 for a spreadsheet',
      () => admin.post(fileUrl(), Buffer.from('PK\x03\x04'), { 'content-type': 'application/vnd.ms-excel' }),
      415,
    ],
    ['415 for JSON', () => admin.post(fileUrl(), { items: [] }), 415],
  ])('%s, and the list is unchanged', async (_name, send, status) => {
    const before = await listed();
    const res = await send();
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await listed()).toBe(before);
  });

  it('403 for a candidate, a site staff member and an area admin, whatever the file', async () => {
    const candidate = new Client(t.app);
    await candidate.register();
    for (const c of [candidate, await loginAs(t, 'SITE_STAFF'), await loginAs(t, 'AREA_ADMIN', { areaCode: '11' })]) {
      expect((await c.post(fileUrl(), 'not a list', csv)).statusCode).toBe(403);
      expect((await c.get(`/api/exams/${cat.exams.clinical}/skills-exemptions`)).statusCode).toBe(403);
    }
  });
});

describe('GET /api/exams/{id}/skills-exemptions (R-EX-11)', () => {
  it.each([
    ['401 without a session', () => new Client(t.app).get(`/api/exams/${cat.exams.clinical}/skills-exemptions`), 401],
    ['404 for an unknown exam', () => admin.get('/api/exams/999999/skills-exemptions'), 404],
    ['400 for a bad exam id', () => admin.get('/api/exams/x/skills-exemptions'), 400],
  ])('%s', async (_name, send, status) => {
    expect((await send()).statusCode).toBe(status);
  });
});
