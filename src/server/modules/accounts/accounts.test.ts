import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Client, createTestApp, registration, residentId, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const client = () => new Client(t.app);
const countAccounts = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM accounts`.execute(t.ctx.db)).rows[0]!.n);
const auditTypes = async (username: string) =>
  (
    await sql<{ type: string }>`SELECT e.type FROM audit_events e JOIN accounts a ON a.id = e.subject_id
      WHERE lower(a.username) = lower(${username}) ORDER BY e.id`.execute(t.ctx.db)
  ).rows.map((r) => r.type);

describe('POST /api/auth/register (R-ACC-1…6)', () => {
  it('R-ACC-1: registers a candidate, logs them in and shows the masked ID', async () => {
    const c = client();
    const body = await c.register({ idNumber: residentId('1990-03-07') });
    const me = await c.get('/api/me');
    expect(me.statusCode).toBe(200);
    const json = me.json();
    expect(json.username).toBe(body.username);
    expect(json.role).toBe('CANDIDATE');
    expect(json.basic.idNumber).toBe(`${body.idNumber.slice(0, 6)}********${body.idNumber.slice(-4)}`);
    expect(json.basic.gender).toBe('M');
    expect(json.basic.birthDate).toBe('1990-03-07');
    expect(await auditTypes(body.username)).toEqual(['ACCOUNT_REGISTERED']);
  });

  it('R-SEX-1/R-DOB-1: derives gender and birth date from a resident ID', async () => {
    const c = client();
    await c.register({ idNumber: residentId('1988-12-31', 'F') });
    expect((await c.get('/api/me')).json().basic).toMatchObject({ gender: 'F', birthDate: '1988-12-31' });
  });

  it('stores the ID number encrypted, never in clear', async () => {
    const c = client();
    const body = await c.register();
    const row = (
      await sql<{ id_number_cipher: string; id_number_hash: string }>`SELECT id_number_cipher, id_number_hash
        FROM accounts WHERE username = ${body.username}`.execute(t.ctx.db)
    ).rows[0]!;
    expect(row.id_number_cipher).not.toContain(body.idNumber.slice(6, 14));
    expect(t.ctx.idCipher.decrypt(row.id_number_cipher)).toBe(body.idNumber);
    expect(row.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores a role or status sent by the client (mass assignment)', async () => {
    const c = client();
    await c.register({ role: 'NATIONAL_ADMIN', status: 'VERIFIED', siteId: '1' });
    expect((await c.get('/api/me')).json().role).toBe('CANDIDATE');
  });

  it.each([
    ['R-ID-2 bad check digit', { idNumber: '110101199003071230' }, 'idNumber'],
    ['R-ID-2 15-digit number', { idNumber: '110101900307123' }, 'idNumber'],
    ['R-ID-1 spaces in the number', { idNumber: '110101 199003071233' }, 'idNumber'],
    ['R-NAME-1 letters in a mainland name', { name: '张San' }, 'name'],
    ['R-ACC-3 password too short', { password: 'a1b2' }, 'password'],
    ['R-ACC-3 password with symbols', { password: 'abc_12345' }, 'password'],
    ['R-ACC-4 answer too short', { securityAnswer: 'abc' }, 'securityAnswer'],
    ['R-ACC-5 email invalid', { email: 'not-an-email' }, 'email'],
    ['username with a space', { username: 'ab cd' }, 'username'],
    ['R-SEX-1 gender disagreeing with the number', { gender: 'F' }, 'gender'],
    ['R-AGE-1 under 18', { idNumber: residentId('2015-01-01') }, 'idNumber'],
    ['R-ETH-1 unknown ethnicity', { ethnicity: '77' }, 'ethnicity'],
    [
      'passport without gender',
      { idType: 'PASSPORT', idNumber: 'E12345678', name: 'John Smith', birthDate: '1990-01-01' },
      'gender',
    ],
  ])('400 %s, naming the field in Chinese and writing nothing', async (_label, override, field) => {
    const before = await countAccounts();
    const res = await client().post('/api/auth/register', registration(override));
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION');
    expect(error.fields[field]).toMatch(/[\u4e00-\u9fa5]/);
    expect(await countAccounts()).toBe(before);
  });

  it('400 for a body that is not an object, and for broken JSON', async () => {
    expect((await client().post('/api/auth/register', '[1,2]')).statusCode).toBe(400);
    expect((await client().post('/api/auth/register', '{"username":')).statusCode).toBe(400);
  });

  it('409 for a username taken in another case', async () => {
    const first = await client().register();
    const res = await client().post('/api/auth/register', registration({ username: first.username.toUpperCase() }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('USERNAME_TAKEN');
  });

  it('R-ACC-6: 409 for a person already registered, naming the masked username', async () => {
    const first = await client().register();
    const before = await countAccounts();
    const res = await client().post('/api/auth/register', registration({ idNumber: first.idNumber }));
    expect(res.statusCode).toBe(409);
    const { code, message } = res.json().error;
    expect(code).toBe('DUPLICATE_PERSON');
    expect(message).toContain('已经以用户名 ');
    expect(message).toContain('请勿重复注册用户信息');
    expect(message).not.toContain(first.username);
    expect(message).toContain(first.username.slice(0, 2));
    expect(await countAccounts()).toBe(before);
  });

  it('R-ACC-6: concurrent registrations of one person make exactly one account', async () => {
    const idNumber = residentId();
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => client().post('/api/auth/register', registration({ idNumber }))),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  });

  it('413 for a body over 64 KB', async () => {
    const res = await client().post('/api/auth/register', registration({ name: 'x'.repeat(70_000) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('TOO_LARGE');
  });

  it('415 for a body that is not JSON', async () => {
    const res = await client().post('/api/auth/register', 'username=a', { 'content-type': 'text/plain' });
    expect(res.statusCode).toBe(415);
  });

  it('403 for a cross-site request (CSRF)', async () => {
    const before = await countAccounts();
    const evil = await client().post('/api/auth/register', registration(), { origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    const fetchMeta = await client().post('/api/auth/register', registration(), { 'sec-fetch-site': 'cross-site' });
    expect(fetchMeta.statusCode).toBe(403);
    expect(await countAccounts()).toBe(before);
  });

  it('429 with Retry-After when one IP registers too often', async () => {
    const c = client();
    const limit = t.ctx.config.limits.registrationsPerIpPerHour;
    for (let i = 0; i < limit; i++) await c.post('/api/auth/register', registration({ password: 'x' }));
    const res = await c.post('/api/auth/register', registration());
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json().error.message).toMatch(/分钟后再试/);
  });
});

describe('POST /api/auth/login (R-ACC-10, R-NAV-2)', () => {
  it('logs in (audited, with a session that works); registration counts as the first entry', async () => {
    const body = await client().register();
    const c = client();
    const res = await c.post('/api/auth/login', {
      username: body.username.toUpperCase(),
      password: body.password,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ username: body.username, role: 'CANDIDATE', firstLogin: false });
    expect(await auditTypes(body.username)).toEqual(['ACCOUNT_REGISTERED', 'LOGIN_SUCCEEDED']);
    expect((await c.get('/api/me')).json().username).toBe(body.username);
  });

  it('R-NAV-2: firstLogin is true only the first time for an account that never logged in', async () => {
    const body = await client().register();
    await sql`UPDATE accounts SET first_login_at = NULL WHERE username = ${body.username}`.execute(t.ctx.db);
    const login = () => client().post('/api/auth/login', { username: body.username, password: body.password });
    expect((await login()).json().firstLogin).toBe(true);
    expect((await login()).json().firstLogin).toBe(false);
    expect((await login()).json().firstLogin).toBe(false);
  });

  it('rotates the session token at login', async () => {
    const c = client();
    const body = await c.register();
    const before = c.cookie;
    await c.post('/api/auth/login', { username: body.username, password: body.password });
    expect(c.cookie).toBeDefined();
    expect(c.cookie).not.toBe(before);
  });

  it('sets an HttpOnly SameSite cookie', async () => {
    const body = await client().register();
    const res = await client().post('/api/auth/login', { username: body.username, password: body.password });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
  });

  it('401 with the same message for a wrong password and an unknown user', async () => {
    const body = await client().register();
    const wrong = await client().post('/api/auth/login', { username: body.username, password: 'Wrong123' });
    const unknown = await client().post('/api/auth/login', { username: 'nobody_here', password: 'Wrong123' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(await auditTypes(body.username)).toContain('LOGIN_FAILED');
  });

  it('locks the account after 5 failures (429, Retry-After, audited), even for the right password', async () => {
    const body = await client().register();
    for (let i = 0; i < 5; i++) {
      const r = await client().post('/api/auth/login', { username: body.username, password: `Wrong${i}x` });
      expect(r.statusCode).toBe(i < 4 ? 401 : 429);
    }
    const res = await client().post('/api/auth/login', { username: body.username, password: body.password });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(60);
    expect(await auditTypes(body.username)).toContain('ACCOUNT_LOCKED');
  });

  it('400 for a missing password; 415 for a form post; 403 cross-site', async () => {
    expect((await client().post('/api/auth/login', { username: 'abcd' })).statusCode).toBe(400);
    expect(
      (await client().post('/api/auth/login', 'a=b', { 'content-type': 'application/x-www-form-urlencoded' }))
        .statusCode,
    ).toBe(415);
    expect(
      (await client().post('/api/auth/login', { username: 'a', password: 'b' }, { origin: 'http://evil.example' }))
        .statusCode,
    ).toBe(403);
  });

  it('413 for a body over 64 KB', async () => {
    expect((await client().post('/api/auth/login', { username: 'a', password: 'b'.repeat(70_000) })).statusCode).toBe(
      413,
    );
  });

  it('429 when one IP floods the login', async () => {
    const c = client();
    const limit = t.ctx.config.limits.loginAttemptsPerIpPerMinute;
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++)
      statuses.push((await c.post('/api/auth/login', { username: '', password: '' })).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('sessions (R-ACC-10)', () => {
  it('GET /api/me is 401 without a session, and with a made-up token', async () => {
    expect((await client().get('/api/me')).statusCode).toBe(401);
    expect((await client().get('/api/me', { cookie: 'sid=forged' })).statusCode).toBe(401);
  });

  it('POST /api/auth/logout ends the session (204) and is 401 when logged out, 403 cross-site', async () => {
    const c = client();
    await c.register();
    expect((await c.post('/api/auth/logout', undefined, { origin: 'https://evil.example' })).statusCode).toBe(403);
    const token = c.cookie;
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/me', { cookie: token! })).statusCode).toBe(401);
    expect((await client().post('/api/auth/logout')).statusCode).toBe(401);
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const c = client();
    const body = await c.register();
    await sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes'
      WHERE account_id = (SELECT id FROM accounts WHERE username = ${body.username})`.execute(t.ctx.db);
    expect((await c.get('/api/me')).statusCode).toBe(401);
  });

  it('ends a session older than 12 hours however active', async () => {
    const c = client();
    const body = await c.register();
    await sql`UPDATE sessions SET created_at = now() - interval '12 hours 1 minute'
      WHERE account_id = (SELECT id FROM accounts WHERE username = ${body.username})`.execute(t.ctx.db);
    expect((await c.get('/api/me')).statusCode).toBe(401);
  });

  it('answers personal data with no-store and strict headers', async () => {
    const c = client();
    await c.register();
    const res = await c.get('/api/me');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });
});

describe('PUT /api/me/password (R-ACC-7)', () => {
  it('changes the password and ends the other sessions, keeping this one', async () => {
    const a = client();
    const body = await a.register();
    const b = client();
    await b.post('/api/auth/login', { username: body.username, password: body.password });
    const res = await a.put('/api/me/password', { currentPassword: body.password, newPassword: 'NewPass99' });
    expect(res.statusCode).toBe(204);
    expect((await a.get('/api/me')).statusCode).toBe(200);
    expect((await b.get('/api/me')).statusCode).toBe(401);
    expect(
      (await client().post('/api/auth/login', { username: body.username, password: body.password })).statusCode,
    ).toBe(401);
    expect(
      (await client().post('/api/auth/login', { username: body.username, password: 'NewPass99' })).statusCode,
    ).toBe(200);
    expect(await auditTypes(body.username)).toContain('PASSWORD_CHANGED');
  });

  it('400 for a wrong current password, naming the field (401 means logged out); nothing changes', async () => {
    const c = client();
    const body = await c.register();
    const res = await c.put('/api/me/password', { currentPassword: 'Wrong999', newPassword: 'NewPass99' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('WRONG_PASSWORD');
    expect(res.json().error.fields.currentPassword).toBeDefined();
    expect(
      (await client().post('/api/auth/login', { username: body.username, password: body.password })).statusCode,
    ).toBe(200);
  });

  it('400 for a new password against R-ACC-3; 401 logged out; 403 cross-site; 415 not JSON', async () => {
    const c = client();
    const body = await c.register();
    const bad = await c.put('/api/me/password', { currentPassword: body.password, newPassword: '密码密码密码' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.newPassword).toBeDefined();
    expect((await client().put('/api/me/password', { currentPassword: 'a', newPassword: 'Abcdef12' })).statusCode).toBe(
      401,
    );
    expect(
      (
        await c.put(
          '/api/me/password',
          { currentPassword: body.password, newPassword: 'Abcdef12' },
          { origin: 'https://x.example' },
        )
      ).statusCode,
    ).toBe(403);
    expect((await c.put('/api/me/password', 'x', { 'content-type': 'text/plain' })).statusCode).toBe(415);
  });
});

describe('PUT /api/me/security (R-ACC-7)', () => {
  it('changes question, answer and email; the new answer recovers the password', async () => {
    const c = client();
    const body = await c.register();
    const res = await c.put('/api/me/security', {
      currentPassword: body.password,
      securityQuestion: '我最喜欢的老师',
      securityAnswer: '李老师好',
      email: 'new@example.org',
    });
    expect(res.statusCode).toBe(204);
    expect((await c.get('/api/me')).json()).toMatchObject({
      securityQuestion: '我最喜欢的老师',
      email: 'new@example.org',
    });
    const recover = await client().post('/api/auth/recover', {
      name: body.name,
      idType: body.idType,
      idNumber: body.idNumber,
      securityAnswer: '李老师好',
      newPassword: 'Recovered1',
    });
    expect(recover.statusCode).toBe(204);
    expect(await auditTypes(body.username)).toContain('SECURITY_CHANGED');
  });

  it('400 for a bad email or a wrong password; 401 logged out; 403 cross-site', async () => {
    const c = client();
    const body = await c.register();
    const base = {
      currentPassword: body.password,
      securityQuestion: '问题问题',
      securityAnswer: '答案答案',
      email: 'a@b.cn',
    };
    expect((await c.put('/api/me/security', { ...base, email: 'bad' })).json().error.fields.email).toBeDefined();
    expect((await c.put('/api/me/security', { ...base, currentPassword: 'Nope1234' })).statusCode).toBe(400);
    expect((await client().put('/api/me/security', base)).statusCode).toBe(401);
    expect((await c.put('/api/me/security', base, { origin: 'https://x.example' })).statusCode).toBe(403);
  });
});

describe('POST /api/auth/recover (R-ACC-8)', () => {
  it('sets a new password with name + ID + answer and ends every session', async () => {
    const c = client();
    const body = await c.register();
    const res = await client().post('/api/auth/recover', {
      name: body.name,
      idType: body.idType,
      idNumber: body.idNumber,
      securityAnswer: body.securityAnswer,
      newPassword: 'Recovered1',
    });
    expect(res.statusCode).toBe(204);
    expect((await c.get('/api/me')).statusCode).toBe(401);
    expect(
      (await client().post('/api/auth/login', { username: body.username, password: 'Recovered1' })).statusCode,
    ).toBe(200);
    expect(await auditTypes(body.username)).toContain('PASSWORD_RECOVERED');
  });

  it('401 with one message for a wrong answer, a wrong name or an unknown ID; nothing changes', async () => {
    const body = await client().register();
    const base = {
      name: body.name,
      idType: body.idType,
      idNumber: body.idNumber,
      securityAnswer: body.securityAnswer,
      newPassword: 'Recovered1',
    };
    const answers = await Promise.all([
      client().post('/api/auth/recover', { ...base, securityAnswer: '不对的答案' }),
      client().post('/api/auth/recover', { ...base, name: '李四' }),
      client().post('/api/auth/recover', { ...base, idNumber: residentId() }),
    ]);
    for (const a of answers) expect(a.statusCode).toBe(401);
    expect(new Set(answers.map((a) => a.json().error.message)).size).toBe(1);
    expect(
      (await client().post('/api/auth/login', { username: body.username, password: body.password })).statusCode,
    ).toBe(200);
  });

  it('429 after repeated wrong answers for one person', async () => {
    const body = await client().register();
    const base = {
      name: body.name,
      idType: body.idType,
      idNumber: body.idNumber,
      securityAnswer: 'wrong',
      newPassword: 'Recovered1',
    };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await client().post('/api/auth/recover', base)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const right = await client().post('/api/auth/recover', { ...base, securityAnswer: body.securityAnswer });
    expect(right.statusCode).toBe(429);
  });

  it('400 for a new password against R-ACC-3; 403 cross-site; 415 not JSON', async () => {
    const base = {
      name: '张三',
      idType: 'RESIDENT_ID',
      idNumber: residentId(),
      securityAnswer: '答案答案',
      newPassword: '12',
    };
    expect((await client().post('/api/auth/recover', base)).json().error.fields.newPassword).toBeDefined();
    expect(
      (await client().post('/api/auth/recover', { ...base, newPassword: 'Abcdef12' }, { origin: 'https://x.example' }))
        .statusCode,
    ).toBe(403);
    expect((await client().post('/api/auth/recover', 'x', { 'content-type': 'text/plain' })).statusCode).toBe(415);
  });
});

describe('operations', () => {
  it('GET /healthz answers ok when the database answers', async () => {
    const res = await client().get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document with the account paths', async () => {
    const doc = (await client().get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/register',
        '/api/auth/login',
        '/api/me',
        '/api/me/password',
        '/api/auth/recover',
      ]),
    );
  });

  it('answers an unknown API path with the contract 404 body', async () => {
    const res = await client().get('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
