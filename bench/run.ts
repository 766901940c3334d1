import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { sql } from 'kysely';
import sharp from 'sharp';
import { gb11643CheckChar } from '../src/domain/identity/resident-id';
import { openDatabase, type Db } from '../src/server/db/connect';
import { importEntries } from '../src/server/modules/dictionaries/import';
import { addSite, seedDraftCandidates, type SeededCandidate } from '../src/server/test/application-fixtures';
import { arriving, Baseline, freshPostgres, load, option, ratio, startProcess, type Started } from './lib';

/**
 * `npm run bench [-- --db pglite|postgres] [--only accounts,profile]`: the scenarios of the issues, each bounded
 * in time, on loopback only, reported as ratios to a node:http baseline measured just before and after each load
 * (and to the raw argon2 rate, likewise). PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) gets a fresh database.
 */
// `pg` is short for `postgres`.
const kinds = option('--db') ? [option('--db') === 'pg' ? 'postgres' : option('--db')!] : ['pglite', 'postgres'];
const only = option('--only')?.split(',') ?? ['accounts', 'profile', 'applications'];
const CONNECTIONS = 50;
const PRINT_RUNS = 15;
interface Session {
  base: string;
  cookie: string;
  username: string;
}

async function call(s: Session, method: string, url: string, body?: unknown): Promise<unknown> {
  const res = await fetch(s.base + url, {
    method,
    headers: { cookie: s.cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

let registered = 0;

/** A new candidate's session; `ip` stands for the candidate's own address (the server trusts X-Forwarded-For here). */
async function registerCandidate(base: string, username: string, ip = '10.0.0.1'): Promise<Session> {
  // One person each: a birth date of its own (a random sequence number would repeat among 33 candidates).
  const born = new Date(Date.UTC(1990, 0, 1 + registered++)).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `110101${born}001`;
  const res = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({
      username,
      password: 'Passw0rd1',
      securityQuestion: '我的小学名称',
      securityAnswer: '红星小学',
      email: 'bench@example.org',
      name: '测试',
      idType: 'RESIDENT_ID',
      idNumber: `${first17}${gb11643CheckChar(first17)}`,
      nationality: 'CN',
      ethnicity: '01',
    }),
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
  return { base, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, username };
}

/** Issue 2: health, the authenticated /api/me, login against the raw hash rate, other routes while logins saturate. */
/** The raw argon2id rate of this machine now (bench/hash-rate.ts: one verification per core at once). */
function rawHashRate(): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/hash-rate.ts'], { encoding: 'utf8' });
  return (JSON.parse(out) as { hashesPerSecond: number }).hashesPerSecond;
}

async function accountScenarios(app: Started, s: Session, baseline: Baseline) {
  const loginBody = JSON.stringify({ username: s.username, password: 'Passw0rd1' });
  const json = { 'content-type': 'application/json' };
  const healthz = await baseline.judge(() => load({ url: `${app.url}/healthz`, connections: CONNECTIONS }));
  const me = await baseline.judge(() =>
    load({ url: `${app.url}/api/me`, connections: CONNECTIONS, headers: { cookie: s.cookie } }),
  );
  // The raw rate just before and just after the logins (the server idle), so drift on a shared machine is bracketed.
  const rawBefore = rawHashRate();
  const login = await load({
    url: `${app.url}/api/auth/login`,
    method: 'POST',
    connections: 8,
    headers: json,
    body: loginBody,
  });
  const hashRate = (rawBefore + rawHashRate()) / 2;
  const meAlone = await load({ url: `${app.url}/api/me`, connections: 4, headers: { cookie: s.cookie } });
  const [, meUnderLogins] = await Promise.all([
    load({ url: `${app.url}/api/auth/login`, method: 'POST', connections: 16, headers: json, body: loginBody }),
    load({ url: `${app.url}/api/me`, connections: 4, headers: { cookie: s.cookie } }),
  ]);
  return {
    healthz,
    me: {
      ...me,
      target: '≥ 0.2×, p99 ≤ 50 ms (PostgreSQL)',
    },
    login: {
      ...login,
      rawArgon2idPerSecond: hashRate,
      ratioToRawHashRate: ratio(login.requestsPerSecond, hashRate),
      target: '≥ 0.8×',
    },
    meWhileLoginsSaturate: {
      unloadedP99Ms: meAlone.p99Ms,
      loadedP99Ms: meUnderLogins.p99Ms,
      ratio: ratio(meUnderLogins.p99Ms, Math.max(meAlone.p99Ms, 1)),
      target: '≤ 3×',
    },
  };
}

/** A white-background 小2寸 portrait of about `bytes` (noise makes it compress less). */
async function portrait(bytes: number): Promise<Buffer> {
  const [width, height] = [390, 480];
  for (let quality = 95; quality > 10; quality -= 5) {
    const noise = Buffer.alloc(width * height * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = 235 + Math.floor(Math.random() * 20);
    const face = Buffer.from(
      `<svg width="${width}" height="${height}"><ellipse cx="195" cy="240" rx="100" ry="160" fill="#555"/></svg>`,
    );
    const jpeg = await sharp(noise, { raw: { width, height, channels: 3 } })
      .composite([{ input: face }])
      .jpeg({ quality })
      .toBuffer();
    if (jpeg.length <= bytes) return jpeg;
  }
  throw new Error('could not make the benchmark photo');
}

/** Autocannon options whose requests cycle through `requests`, each with its own session (many candidates at once). */
function eachAs(
  url: string,
  method: 'PATCH' | 'POST' | 'PUT',
  requests: readonly { cookie: string; path: string; body?: string | Buffer; contentType?: string }[],
): autocannon.Options {
  let next = 0;
  return {
    url,
    method,
    connections: CONNECTIONS,
    requests: [
      {
        setupRequest: (req: autocannon.Request) => {
          const r = requests[next++ % requests.length]!;
          return {
            ...req,
            path: r.path,
            headers: {
              ...req.headers,
              cookie: r.cookie,
              ...(r.body ? { 'content-type': r.contentType ?? 'application/json' } : {}),
            },
            ...(r.body ? { body: r.body } : {}),
          };
        },
      },
    ],
  };
}

/** Issue 4: GET /api/profile with ten entries, and the photo upload and check of a 30 KB JPEG. */
async function profileScenarios(app: Started, s: Session, baseline: Baseline) {
  const school = ((await call(s, 'GET', '/api/dictionaries/schools?q=bjdx&limit=1')) as { items: { id: string }[] })
    .items[0]!;
  const major = ((await call(s, 'GET', '/api/dictionaries/majors?q=lcyx&limit=1')) as { items: { id: string }[] })
    .items[0]!;
  await call(s, 'PUT', '/api/profile/contact', {
    mobile: '13812345678',
    email: 'bench@example.org',
    address: { regionCode: '110101', street: '东华门大街1号' },
    postalCode: '100010',
  });
  for (let i = 0; i < 4; i++) {
    await call(s, 'POST', '/api/profile/educations', {
      origin: '大陆',
      category: '高等医学教育',
      schoolId: school.id,
      studyForm: '普通全日制',
      level: '本科',
      degree: '学士',
      lengthYears: 5,
      majorId: major.id,
      graduatedOn: `201${i}-07`,
      diplomaNumber: `10001120${i}0500123${i}`.slice(0, 18).padEnd(18, '0'),
    });
    await call(s, 'POST', '/api/profile/trainings', {
      type: '住院医师规范化培训',
      startedOn: `201${i}-09`,
      result: '合格',
      unitName: '北京协和医院',
    });
  }
  for (let i = 0; i < 2; i++) {
    await call(s, 'POST', '/api/profile/certificates', {
      type: '执业助理医师',
      issuedOn: '2016-12',
      certificateNumber: `20161111011010119${i}`,
      registeredOn: '2017-03',
      registrationNumber: `11011000012345${i}`,
    });
  }
  const profile = await baseline.judge(() =>
    load({ url: `${app.url}/api/profile`, connections: CONNECTIONS, headers: { cookie: s.cookie } }),
  );
  const photo = await portrait(30 * 1024);
  // Candidates upload their own photos (one candidate's eight uploads at once would only queue on its one row).
  const uploaders: Session[] = [];
  for (let i = 0; i < 32; i++) uploaders.push(await registerCandidate(app.url, `${s.username}p${i}`, `10.0.1.${i}`));
  const uploads = eachAs(
    app.url,
    'PUT',
    uploaders.map((u) => ({ cookie: u.cookie, path: '/api/profile/photo', body: photo, contentType: 'image/jpeg' })),
  );
  // How many the server takes when pushed (capacity), and how long each takes when 100 a second arrive (latency).
  const upload = await load({ ...uploads, connections: 8 });
  const uploadAtTarget = await arriving(100, (i) => {
    const u = uploaders[i % uploaders.length]!;
    return fetch(`${app.url}/api/profile/photo`, {
      method: 'PUT',
      headers: { cookie: u.cookie, 'content-type': 'image/jpeg' },
      body: new Uint8Array(photo),
    });
  });
  return {
    profileWithTenEntries: {
      ...profile,
      target: '≥ 0.15×, p99 ≤ 50 ms (PostgreSQL)',
    },
    photoUpload30KB: {
      photoBytes: photo.length,
      capacity: upload,
      at100PerSecond: uploadAtTarget,
      target: '≥ 100/s, p99 ≤ 100 ms',
    },
  };
}

/** A candidate's complete draft for this year's 临床执业医师 exam, through the API; returns the ids the PATCH uses. */
async function draftThroughApi(s: Session, ids: { workUnitId: string; schoolId: string; majorId: string }) {
  const first = async (url: string) => ((await call(s, 'GET', url)) as { items: { id: string }[] }).items[0]!;
  const exam = await first(`/api/exams?q=${new Date().getFullYear()}110`);
  await call(s, 'PUT', '/api/profile/work', {
    employmentStatus: '在职',
    unitAffiliation: '地方',
    workUnitId: ids.workUnitId,
  });
  const photo = await fetch(`${s.base}/api/profile/photo`, {
    method: 'PUT',
    headers: { cookie: s.cookie, 'content-type': 'image/jpeg' },
    body: new Uint8Array(await portrait(30 * 1024)),
  });
  if (photo.status !== 200) throw new Error(`photo: ${photo.status} ${await photo.text()}`);
  const education = (await call(s, 'POST', '/api/profile/educations', {
    origin: '大陆',
    category: '高等医学教育',
    schoolId: ids.schoolId,
    studyForm: '普通全日制',
    level: '本科',
    degree: '学士',
    lengthYears: 5,
    majorId: ids.majorId,
    graduatedOn: '2015-07',
    diplomaNumber: '100011201505001234',
  })) as { id: string };
  const sites = (await call(s, 'GET', `/api/exams/${exam.id}/sites`)) as {
    areas: { code: string; sites: { id: string }[] }[];
  };
  const area = sites.areas.find((a) => a.code === '11')!;
  const application = (await call(s, 'POST', '/api/applications', { examId: exam.id })) as { id: string };
  const steps = [
    { step: 'basic' },
    { step: 'work', confirmed: true },
    { step: 'education', educationIds: [education.id], residencyTraining: false },
    { step: 'certificate' },
    { step: 'confirm', areaCode: area.code, siteId: area.sites[0]!.id },
  ];
  for (const body of steps) await call(s, 'PATCH', `/api/applications/${application.id}`, body);
  return { examId: exam.id, applicationId: application.id, educationStep: steps[2]! };
}

/**
 * Issue 5: a wizard step PATCH at 50 connections, submits of `SUBMITTERS` seeded drafts against one hot site with
 * fewer seats than submitters, and the two printed forms (R-EX-10). PostgreSQL only: the benchmark writes its set-up straight into the server's database.
 */
async function applicationScenarios(app: Started, s: Session, baseline: Baseline, databaseUrl: string | undefined) {
  if (!databaseUrl) return { applications: 'PostgreSQL only' };
  const handle = await openDatabase({ databaseUrl, dataDir: os.tmpdir(), poolSize: 20 });
  try {
    return await applicationLoad(app, s, baseline, handle.db);
  } finally {
    await handle.close();
  }
}

async function applicationLoad(app: Started, s: Session, baseline: Baseline, db: Db) {
  // The entries this candidate picks, written straight in (the server checks picked ids against the database).
  await importEntries(db, 'work-units', [{ line: 2, fields: { name: '压测医院', regionCode: '110101', code: 'B1' } }]);
  await importEntries(db, 'schools', [{ line: 2, fields: { name: '压测医学院', regionCode: '11' } }]);
  await importEntries(db, 'majors', [{ line: 2, fields: { name: '压测临床医学', code: 'B100201' } }]);
  const idOf = async (kind: string, name: string) =>
    (
      await db
        .selectFrom('dictionary_entries')
        .select('id')
        .where('kind', '=', kind)
        .where('name', '=', name)
        .executeTakeFirstOrThrow()
    ).id;
  const unit = { id: await idOf('work-units', '压测医院') };
  const draft = await draftThroughApi(s, {
    workUnitId: unit.id,
    schoolId: await idOf('schools', '压测医学院'),
    majorId: await idOf('majors', '压测临床医学'),
  });
  const SUBMITTERS = 3000;
  const SEATS = 2000;
  const siteId = await addSite(db, '11', SEATS);
  const place = { examId: draft.examId, areaCode: '11', siteId, workUnitId: unit.id };
  // Twenty writers at once: seeding is set-up, not what is measured.
  const chunks = await Promise.all(Array.from({ length: 20 }, () => seedDraftCandidates(db, SUBMITTERS / 20, place)));
  const seeded: SeededCandidate[] = chunks.flat();
  const cookieName = s.cookie.split('=')[0]!;
  const perCandidate = (
    method: 'PATCH' | 'POST',
    path: (c: SeededCandidate) => string,
    body?: (c: SeededCandidate) => unknown,
  ) =>
    eachAs(
      app.url,
      method,
      seeded.map((c) => ({
        cookie: `${cookieName}=${c.token}`,
        path: path(c),
        ...(body ? { body: JSON.stringify(body(c)) } : {}),
      })),
    );
  // The wizard opens with the candidate's 个人信息 and draft (ApplicationWizardPage): so do the candidates here.
  await opened(app.url, cookieName, seeded);
  // Candidates save their own drafts: the same step again, as a candidate going back and forth does.
  const step = await baseline.judge(() =>
    load(
      perCandidate(
        'PATCH',
        (c) => `/api/applications/${c.applicationId}`,
        (c) => ({ ...draft.educationStep, educationIds: [c.educationId] }),
      ),
    ),
  );
  const stepResult = { ...step, target: '≥ 0.1×, p99 ≤ 50 ms (PostgreSQL)' };
  const submits = await load({
    ...perCandidate('POST', (c) => `/api/applications/${c.applicationId}/submit`),
    amount: SUBMITTERS,
  });
  const { rows } = await sql<{ taken: number; submitted: number }>`
    SELECT (SELECT sum(taken)::int FROM exam_site_seats WHERE site_id = ${siteId}) AS taken,
           (SELECT count(*)::int FROM applications WHERE site_id = ${siteId} AND status = 'SUBMITTED') AS submitted`.execute(
    db,
  );
  // The printed forms of the bench candidate's own application (a real photo in it), once it is submitted.
  await call(s, 'POST', `/api/applications/${draft.applicationId}/submit`);
  const printed = async (name: string) => timedDownloads(s, `/api/applications/${draft.applicationId}/${name}`);
  return {
    wizardStepPatch: stepResult,
    printedForms: {
      'form.pdf': await printed('form.pdf'),
      'notice.pdf': await printed('notice.pdf'),
      target: '≤ 150 ms and ≤ 150 KB each',
    },
    hotSiteSubmits: {
      submitters: SUBMITTERS,
      seats: SEATS,
      submitsPerSecond: submits.requestsPerSecond,
      p50Ms: submits.p50Ms,
      p99Ms: submits.p99Ms,
      refused409: submits.non2xx,
      errors: submits.errors,
      seatsTaken: rows[0]!.taken,
      applicationsSubmitted: rows[0]!.submitted,
      overBooked: rows[0]!.taken > SEATS || rows[0]!.submitted !== rows[0]!.taken,
      target: '≥ 500/s, zero over-booking',
    },
  };
}

/** `url` downloaded one after another as its owner would, `PRINT_RUNS` times: its size and the time to the last byte. */
async function timedDownloads(s: Session, url: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < PRINT_RUNS; i++) {
    const began = performance.now();
    const res = await fetch(s.base + url, { headers: { cookie: s.cookie } });
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - began);
  }
  const sorted = times.sort((a, b) => a - b);
  return { bytes, medianMs: Math.round(sorted[sorted.length >> 1]!), maxMs: Math.round(sorted.at(-1)!) };
}

/** Each candidate opens the wizard: GET /api/profile and GET its draft, 50 at a time (set-up, not measured). */
async function opened(base: string, cookieName: string, candidates: readonly SeededCandidate[]) {
  const queue = [...candidates];
  const open = async (c: SeededCandidate) => {
    for (const url of ['/api/profile', `/api/applications/${c.applicationId}`]) {
      const res = await fetch(base + url, { headers: { cookie: `${cookieName}=${c.token}` } });
      if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let c = queue.pop(); c; c = queue.pop()) await open(c);
    }),
  );
}

async function benchDatabase(kind: string, baseline: Baseline) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nmec-bench-'));
  const pgdb = kind === 'postgres' ? await freshPostgres() : undefined;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    // Load comes from one address: the per-IP throttles would measure themselves, not the routes.
    LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '100000000',
    // Candidates registered for the photo uploads come from addresses of their own.
    TRUST_PROXY: 'true',
    ...(pgdb ? { DATABASE_URL: pgdb.url } : {}),
  };
  let app: (Started & { startMs: number }) | undefined;
  try {
    // PostgreSQL gets the same demo data the embedded database seeds on its first start.
    if (pgdb)
      execFileSync(process.execPath, ['--import', 'tsx', 'src/server/seed/seed-cli.ts'], {
        env: { ...process.env, ...env },
      });
    app = await startProcess('scripts/start.mjs', env, { readyPath: '/healthz' });
    const firstStartMs = app.startMs;
    await app.stop();
    app = await startProcess('scripts/start.mjs', env, { readyPath: '/healthz' });
    const laterStartMs = app.startMs;
    const s = await registerCandidate(app.url, `bench${process.pid}`);
    return {
      database: kind,
      startup: {
        firstStartMs,
        laterStartMs,
        note: pgdb ? 'PostgreSQL seeded beforehand' : 'first start seeds the demo data',
        targets: 'first ≤ 20000 ms, later ≤ 5000 ms',
      },
      ...(only.includes('accounts') ? await accountScenarios(app, s, baseline) : {}),
      ...(only.includes('profile') ? await profileScenarios(app, s, baseline) : {}),
      ...(only.includes('applications') ? await applicationScenarios(app, s, baseline, pgdb?.url) : {}),
    };
  } finally {
    await app?.stop();
    await pgdb?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const baseline = await Baseline.start(CONNECTIONS);
const results = [];
try {
  for (const kind of kinds) results.push(await benchDatabase(kind, baseline));
} finally {
  await baseline.stop();
}
console.log(
  JSON.stringify(
    {
      machine: { cpus: os.availableParallelism(), node: process.version, loadAverage: os.loadavg() },
      baseline: {
        nodeHttpHello: 'measured before and after each load judged by it (baselineRps: their mean)',
        requestsPerSecond: { min: Math.min(...baseline.runs), max: Math.max(...baseline.runs), runs: baseline.runs },
      },
      results,
    },
    null,
    2,
  ),
);
