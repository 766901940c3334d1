import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { load, ratio, startProcess, type Started } from './lib';

/**
 * `npm run bench [-- --db pglite|postgres|both]`: the accounts scenarios of issue 2, each bounded in time,
 * on loopback only, reported as ratios to a node:http baseline (and to the raw argon2 rate) of the same run.
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) gets a fresh database.
 */
const args = process.argv.slice(2);
const dbArg = args[args.indexOf('--db') + 1] ?? 'both';
const kinds = dbArg === 'both' || !args.includes('--db') ? ['pglite', 'postgres'] : [dbArg];
const CONNECTIONS = 50;

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `nmec_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function registerCandidate(base: string, username: string): Promise<string> {
  const first17 = `11010119900307${String(100 + Math.floor(Math.random() * 800)).padStart(3, '0')}`;
  const { gb11643CheckChar } = await import('../src/domain/identity/resident-id');
  const res = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
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
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}

async function benchDatabase(kind: string, baselineRps: number, hashRate: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nmec-bench-'));
  const pgdb = kind === 'postgres' ? await freshPostgres() : undefined;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    // The login scenario measures hashing throughput, not the per-IP throttle (all load comes from 127.0.0.1).
    LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '100000000',
    ...(pgdb ? { DATABASE_URL: pgdb.url } : {}),
  };
  let app: (Started & { startMs: number }) | undefined;
  try {
    app = await startProcess('src/server/main.ts', env, '/healthz');
    const firstStartMs = app.startMs;
    await app.stop();
    app = await startProcess('src/server/main.ts', env, '/healthz');
    const laterStartMs = app.startMs;
    const cookie = await registerCandidate(app.url, `bench${process.pid}`);
    const loginBody = JSON.stringify({ username: `bench${process.pid}`, password: 'Passw0rd1' });

    const healthz = await load({ url: `${app.url}/healthz`, connections: CONNECTIONS });
    const me = await load({ url: `${app.url}/api/me`, connections: CONNECTIONS, headers: { cookie } });
    const login = await load({
      url: `${app.url}/api/auth/login`,
      method: 'POST',
      connections: 8,
      headers: { 'content-type': 'application/json' },
      body: loginBody,
    });
    // Logins saturating the CPU while /api/me is measured alongside.
    const [, meUnderLogins] = await Promise.all([
      load({
        url: `${app.url}/api/auth/login`,
        method: 'POST',
        connections: 16,
        headers: { 'content-type': 'application/json' },
        body: loginBody,
      }),
      load({ url: `${app.url}/api/me`, connections: 4, headers: { cookie } }),
    ]);
    const meAlone = await load({ url: `${app.url}/api/me`, connections: 4, headers: { cookie } });
    return {
      database: kind,
      startup: { firstStartMs, laterStartMs, targets: 'first ≤ 20000 ms, later ≤ 5000 ms' },
      healthz: { ...healthz, ratioToBaseline: ratio(healthz.requestsPerSecond, baselineRps) },
      me: {
        ...me,
        ratioToBaseline: ratio(me.requestsPerSecond, baselineRps),
        target: '≥ 0.2×, p99 ≤ 50 ms (PostgreSQL)',
      },
      login: { ...login, ratioToRawHashRate: ratio(login.requestsPerSecond, hashRate), target: '≥ 0.8×' },
      meWhileLoginsSaturate: {
        unloadedP99Ms: meAlone.p99Ms,
        loadedP99Ms: meUnderLogins.p99Ms,
        ratio: ratio(meUnderLogins.p99Ms, Math.max(meAlone.p99Ms, 1)),
        target: '≤ 3×',
      },
    };
  } finally {
    await app?.stop();
    await pgdb?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const baseline = await startProcess('bench/baseline-server.ts', {});
const base = await load({ url: baseline.url, connections: CONNECTIONS });
await baseline.stop();
const raw = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/hash-rate.ts'], { encoding: 'utf8' }),
) as {
  hashesPerSecond: number;
};
const results = [];
for (const kind of kinds) results.push(await benchDatabase(kind, base.requestsPerSecond, raw.hashesPerSecond));
console.log(
  JSON.stringify(
    {
      machine: { cpus: os.availableParallelism(), node: process.version },
      baseline: { nodeHttpHello: base, rawArgon2idPerSecond: raw.hashesPerSecond },
      results,
    },
    null,
    2,
  ),
);
