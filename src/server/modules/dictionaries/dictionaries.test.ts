import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Client, createTestApp, loginAs, type TestApp } from '../../test/harness';
import { majorRecords, schoolRecords } from '../../seed/dictionaries';
import { importEntries } from './import';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  await importEntries(t.ctx.db, 'schools', schoolRecords());
  await importEntries(t.ctx.db, 'majors', majorRecords());
  await importEntries(t.ctx.db, 'work-units', [
    { line: 2, fields: { name: '北京协和医院', regionCode: '110101', code: '12100000400000624D' } },
    { line: 3, fields: { name: '重庆医科大学附属第一医院', regionCode: '500103', code: '12500000450400170X' } },
    { line: 4, fields: { name: '长沙市第一医院', regionCode: '430102', code: '124301004448800219' } },
    { line: 5, fields: { name: '东城区社区卫生服务中心', regionCode: '110101' } },
  ]);
  await t.ctx.dictionaries.refresh();
  admin = await loginAs(t, 'NATIONAL_ADMIN');
});
afterAll(async () => t.close());

const search = (kind: string, query: string) => new Client(t.app).get(`/api/dictionaries/${kind}?${query}`);
const names = async (kind: string, query: string) =>
  ((await search(kind, query)).json().items as { name: string }[]).map((i) => i.name);

describe('GET /api/dictionaries/{kind} (R-DICT-1)', () => {
  it('R-DICT-1: bjdx lists every 北京大学… school, 北京大学 itself first', async () => {
    expect(await names('schools', 'q=bjdx&limit=10')).toEqual(['北京大学', '北京大学医学部']);
  });

  it('R-DICT-1: bj lists Beijing schools, shortest names first', async () => {
    const found = await names('schools', 'q=bj&limit=10');
    expect(found).toHaveLength(10);
    expect(found.map((n) => n.length)).toEqual([...found.map((n) => n.length)].sort((a, b) => a - b));
    for (const n of found) expect(n).toContain('北京');
  });

  it.each([
    ['full pinyin', 'q=beijingdaxue', '北京大学'],
    ['Chinese keywords', 'q=' + encodeURIComponent('协和'), '北京协和医学院'],
    ['polyphone 重庆 cq', 'q=cqyk', '重庆医科大学'],
    ['polyphone 厦门 xm', 'q=xmdx', '厦门大学'],
  ])('R-DICT-1: finds schools by %s', async (_label, query, expected) => {
    expect(await names('schools', query)).toContain(expected);
  });

  it('R-DICT-4: a former name finds the merged school, saying which alias matched', async () => {
    const res = await search('schools', 'q=' + encodeURIComponent('湖南中医学院湘杏学院'));
    const hit = res.json().items[0];
    expect(hit.name).toBe('湖南中医药大学湘杏学院');
    expect(hit.alias).toBe('湖南中医学院湘杏学院');
    expect(await names('schools', 'q=' + encodeURIComponent('北京医科大学'))).toContain('北京大学');
  });

  it('R-DICT-5: majors carry their codes; 临床医学 is found by lcyx', async () => {
    const items = (await search('majors', 'q=lcyx')).json().items as { name: string; code?: string }[];
    expect(items.map((i) => i.code)).toEqual(expect.arrayContaining(['100201K', '520101K']));
  });

  it('work units: by institution code exactly, by region prefix, and polyphones (长沙 cs)', async () => {
    expect(await names('work-units', 'q=12100000400000624D')).toEqual(['北京协和医院']);
    expect(await names('work-units', 'q=cssdyyy')).toEqual(['长沙市第一医院']);
    expect(await names('work-units', 'q=yy&region=11')).toEqual(['北京协和医院']);
    expect(await names('work-units', 'q=yy&region=50')).toEqual(['重庆医科大学附属第一医院']);
    const res = await search('work-units', 'q=xh');
    expect(res.headers['server-timing']).toMatch(/^app;dur=\d+\.\d{3}$/);
    const withRegion = res.json().items[0];
    expect(withRegion).toMatchObject({ name: '北京协和医院', regionCode: '110101', code: '12100000400000624D' });
  });

  it.each([
    ['an unknown kind', 'teachers', 'q=bj'],
    ['an empty q', 'schools', 'q='],
    ['a q of spaces only', 'work-units', 'q=%20%20%20'],
    ['no q', 'schools', 'limit=5'],
    ['q over 50 characters', 'schools', `q=${'a'.repeat(51)}`],
    ['limit 0', 'schools', 'q=bj&limit=0'],
    ['limit 51', 'schools', 'q=bj&limit=51'],
    ['limit not a number', 'schools', 'q=bj&limit=abc'],
    ['a region that is not a GB/T 2260 prefix', 'work-units', 'q=yy&region=1'],
  ])('400 for %s, in Chinese', async (_label, kind, query) => {
    const res = await search(kind, query);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it.each(
    ['schools', 'work-units', 'majors'].flatMap((kind) =>
      ['%', '_', '\\', '%%', '\\%', "'; DROP TABLE x; --", '*'].map((q) => [kind, q]),
    ),
  )('%s: an honest empty answer for %j, never a 500', async (kind, q) => {
    const res = await search(kind, `q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });

  it('a q of exactly 50 characters is a search, not an error', async () => {
    const res = await search('work-units', `q=${'y'.repeat(50)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });
});

describe('requests to add (R-DICT-3)', () => {
  it('401 logged out; 403 for staff; 400 for a work unit without its county', async () => {
    const body = { name: '某某县人民医院', regionCode: '110101' };
    expect((await new Client(t.app).post('/api/dictionaries/work-units/requests', body)).statusCode).toBe(401);
    const staff = await loginAs(t, 'SITE_STAFF');
    expect((await staff.post('/api/dictionaries/work-units/requests', body)).statusCode).toBe(403);
    const c = new Client(t.app);
    await c.register();
    const res = await c.post('/api/dictionaries/work-units/requests', { name: '某某县人民医院' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.regionCode).toBeDefined();
    const unknownRegion = await c.post('/api/dictionaries/work-units/requests', {
      name: '某某县人民医院',
      regionCode: '999999',
    });
    expect(unknownRegion.statusCode).toBe(400);
  });

  it('409 for a name already in the dictionary; 403 cross-site; 415 not JSON', async () => {
    const c = new Client(t.app);
    await c.register();
    const res = await c.post('/api/dictionaries/schools/requests', { name: '北京大学', regionCode: '110000' });
    expect(res.statusCode).toBe(400);
    const dup = await c.post('/api/dictionaries/schools/requests', { name: '北京大学', country: '中国' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('ALREADY_IN_DICTIONARY');
    expect(
      (
        await c.post(
          '/api/dictionaries/schools/requests',
          { name: '某大学', country: '日本' },
          { origin: 'https://evil.example' },
        )
      ).statusCode,
    ).toBe(403);
    expect((await c.post('/api/dictionaries/schools/requests', 'x', { 'content-type': 'text/plain' })).statusCode).toBe(
      415,
    );
  });

  it('merges duplicate requests and lets the centre approve: searchable at once, the requesters see it', async () => {
    const [a, b] = [new Client(t.app), new Client(t.app)];
    await a.register();
    await b.register();
    const body = { name: '东京医科齿科大学', country: '日本' };
    const first = await a.post('/api/dictionaries/schools/requests', body);
    const second = await b.post('/api/dictionaries/schools/requests', body);
    expect(first.statusCode).toBe(201);
    expect(second.json()).toEqual({ id: first.json().id, status: 'PENDING', merged: true });

    const queue = (await admin.get('/api/admin/dictionary-requests')).json().items;
    expect(queue.find((r: { id: string }) => r.id === first.json().id).requesterCount).toBe(2);
    expect((await a.get('/api/admin/dictionary-requests')).statusCode).toBe(403);

    const approved = await admin.post(`/api/admin/dictionary-requests/${first.json().id}/approve`, {});
    expect(approved.statusCode).toBe(200);
    expect(await names('schools', 'q=djykckdx')).toContain('东京医科齿科大学');
    const mine = (await b.get('/api/dictionary-requests')).json().items[0];
    expect(mine).toMatchObject({ status: 'APPROVED', entryName: '东京医科齿科大学', entryId: approved.json().entryId });

    const again = await admin.post(`/api/admin/dictionary-requests/${first.json().id}/approve`, {});
    expect(again.statusCode).toBe(409);
    const audit = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM audit_events WHERE type = 'DICTIONARY_REQUEST_APPROVED'`.execute(t.ctx.db);
    expect(Number(audit.rows[0]!.n)).toBe(1);
  });

  it('rejects with a reason the requester reads; 400 without a reason; 404 unknown', async () => {
    const c = new Client(t.app);
    await c.register();
    const { id } = (await c.post('/api/dictionaries/majors/requests', { name: '星际医学' })).json();
    expect((await admin.post(`/api/admin/dictionary-requests/${id}/reject`, {})).statusCode).toBe(400);
    expect((await admin.post(`/api/admin/dictionary-requests/99999999/reject`, { reason: '不存在' })).statusCode).toBe(
      404,
    );
    expect((await admin.post(`/api/admin/dictionary-requests/abc/reject`, { reason: '不存在' })).statusCode).toBe(400);
    const res = await admin.post(`/api/admin/dictionary-requests/${id}/reject`, {
      reason: '目录中无此专业，请选择最接近的专业。',
    });
    expect(res.statusCode).toBe(200);
    expect((await c.get('/api/dictionary-requests')).json().items[0]).toMatchObject({
      status: 'REJECTED',
      reason: '目录中无此专业，请选择最接近的专业。',
    });
  });

  it('429 when one account files too many requests', async () => {
    const c = new Client(t.app);
    await c.register();
    const limit = t.ctx.config.limits.dictionaryRequestsPerAccountPerDay;
    for (let i = 0; i < limit; i++) {
      expect((await c.post('/api/dictionaries/majors/requests', { name: `测试专业${i}` })).statusCode).toBe(201);
    }
    const res = await c.post('/api/dictionaries/majors/requests', { name: '测试专业多余' });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });
});

describe('freshness across app processes', () => {
  it('an import or an approval in one app process is searchable in another within its poll interval', async () => {
    const pollMs = 300;
    const other = await t.sibling({ dictionaryPollMs: pollMs });
    try {
      const namesInOther = async (q: string) =>
        (
          (await new Client(other.app).get(`/api/dictionaries/work-units?q=${encodeURIComponent(q)}`)).json().items as {
            name: string;
          }[]
        ).map((i) => i.name);
      // Three poll intervals: the change lands between two polls, the next one applies it, with room to spare.
      const withinPolls = { timeout: 3 * pollMs, interval: 20 };
      expect(await namesInOther('xkyy')).toEqual([]);

      await importEntries(t.ctx.db, 'work-units', [
        { line: 2, fields: { name: '新开医院', regionCode: '110101', code: 'NEW0001' } },
      ]);
      await expect.poll(() => namesInOther('xkyy'), withinPolls).toEqual(['新开医院']);

      const candidate = new Client(t.app);
      await candidate.register();
      const name = '东城区新设社区卫生服务站';
      const { id } = (
        await candidate.post('/api/dictionaries/work-units/requests', { name, regionCode: '110101' })
      ).json();
      expect((await admin.post(`/api/admin/dictionary-requests/${id}/approve`, {})).statusCode).toBe(200);
      await expect.poll(() => namesInOther('新设社区'), withinPolls).toEqual([name]);
    } finally {
      await other.close();
    }
  });
});

describe('import (npm run dict:import)', () => {
  it('loads the good rows, reports each bad one by line and reason, and is idempotent', async () => {
    const rows = [
      { line: 2, fields: { name: '导入测试医院甲', regionCode: '110101', code: 'IMP001' } },
      { line: 3, fields: { name: '乙', regionCode: '110101', code: 'IMP002' } },
      { line: 4, fields: { name: '导入测试医院丙', regionCode: '11', code: 'IMP003' } },
      { line: 5, fields: { name: '导入测试医院丁', regionCode: '110101', code: 'IMP-004' } },
      { line: 6, fields: { name: '导入测试医院戊', regionCode: '110102', code: 'IMP005' } },
    ];
    const first = await importEntries(t.ctx.db, 'work-units', rows);
    expect(first.written).toBe(2);
    expect(first.bad.map((b) => b.line)).toEqual([3, 4, 5]);
    expect(first.bad[0]!.reason).toMatch(/名称少于2个字/);
    const again = await importEntries(t.ctx.db, 'work-units', rows);
    expect(again.written).toBe(0);
    const renamed = await importEntries(t.ctx.db, 'work-units', [
      { line: 2, fields: { name: '导入测试医院甲（新名）', regionCode: '110101', code: 'IMP001' } },
    ]);
    expect(renamed.written).toBe(1);
    await t.ctx.dictionaries.refresh();
    expect(await names('work-units', 'q=IMP001')).toEqual(['导入测试医院甲（新名）']);
  });
});

describe('GET /api/regions', () => {
  it('walks province → city → county', async () => {
    const c = new Client(t.app);
    expect((await c.get('/api/regions')).json().items).toHaveLength(31);
    expect((await c.get('/api/regions?parent=11')).json().items[0]).toEqual({ code: '1101', name: '市辖区' });
    expect((await c.get('/api/regions?parent=1101')).json().items[0]).toEqual({ code: '110101', name: '东城区' });
    expect((await c.get('/api/regions?parent=1')).statusCode).toBe(400);
  });
});
