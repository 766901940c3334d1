import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type BuiltApp } from '../app';
import { loadConfig, type Config } from '../config';
import { openDatabase, type DatabaseHandle } from '../db/connect';
import { gb11643CheckChar } from '../../domain/identity/resident-id';
import { insertAccount } from '../modules/accounts/repository';

/** 'postgres' when the run is the PostgreSQL pass (TEST_DATABASE_URL), else the embedded database. */
export const testDatabaseKind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

interface TestDatabase {
  handle: DatabaseHandle;
  /** Another connection to the same database, as a second app process would open. */
  reopen(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

async function openTestDatabase(dataDir: string): Promise<TestDatabase> {
  if (testDatabaseKind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    // One schema per test file: files run in parallel without seeing each other.
    const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    const open = () => openDatabase({ databaseUrl: scoped.toString(), dataDir, poolSize: 10 });
    return {
      handle: await open(),
      reopen: open,
      drop: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      },
    };
  }
  const template = fs.readFileSync(inject('pgliteTemplate'));
  const handle = await openDatabase({ dataDir, loadDataDir: new Blob([template]) });
  // PGlite is one database in one process: a second app shares it, and only the first closes it.
  return { handle, reopen: async () => ({ ...handle, close: async () => {} }), drop: async () => {} };
}

export interface TestApp extends BuiltApp {
  close(): Promise<void>;
  /** A second app on the same database and data directory, as another app process behind the load balancer. */
  sibling(overrides?: Partial<Config>): Promise<TestApp>;
}

async function buildTestApp(
  database: DatabaseHandle,
  dataDir: string,
  overrides: Partial<Config>,
  cleanUp: () => Promise<void>,
  reopen: () => Promise<DatabaseHandle>,
): Promise<TestApp> {
  const config = loadConfig(
    // Errors only: an unhandled one (a 500) is then in the test's output, where CI shows it.
    { DATA_DIR: dataDir, LOG_LEVEL: 'error', WEB_ROOT: path.join(dataDir, 'no-web') },
    overrides,
  );
  const built = await buildApp(config, { database });
  return {
    ...built,
    async close() {
      await built.app.close();
      await cleanUp();
    },
    sibling: async (siblingOverrides = {}) =>
      buildTestApp(await reopen(), dataDir, siblingOverrides, async () => {}, reopen),
  };
}

/** The real app on a fresh database (a copy of the migrated template, or a new PostgreSQL schema). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nmec-test-'));
  const { handle, reopen, drop } = await openTestDatabase(dataDir);
  return buildTestApp(
    handle,
    dataDir,
    overrides,
    async () => {
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    reopen,
  );
}

let ipCounter = 0;
/** A fresh client address, so throttles of one test do not spill into the next. */
export function nextIp(): string {
  ipCounter++;
  return `10.${process.pid % 250}.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

let serial = crypto.randomInt(0, 500);
function randomBirthDate(): string {
  const d = new Date(Date.UTC(1960 + crypto.randomInt(0, 40), crypto.randomInt(0, 12), 1 + crypto.randomInt(0, 28)));
  return d.toISOString().slice(0, 10);
}

/** A valid resident ID number (GB 11643 check digit computed), unique within a test run. */
export function residentId(birthDate = randomBirthDate(), gender: 'M' | 'F' = 'M', region = '110101'): string {
  serial = (serial + 1) % 500;
  const seq = serial * 2 + (gender === 'M' ? 1 : 0);
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return `${first17}${gb11643CheckChar(first17)}`;
}

export function uniqueUsername(prefix = 'u'): string {
  return `${prefix}${crypto.randomBytes(5).toString('hex')}`;
}

/** A valid registration body; override any field. */
export function registration(overrides: Record<string, unknown> = {}) {
  return {
    username: uniqueUsername(),
    password: 'Passw0rd',
    securityQuestion: '我的小学名称',
    securityAnswer: '红星小学',
    email: 'candidate@example.org',
    name: '张三',
    idType: 'RESIDENT_ID',
    idNumber: residentId(),
    nationality: 'CN',
    ethnicity: '01',
    ...overrides,
  };
}

/** A client that keeps its session cookie, sends same-origin JSON and a stable IP. */
export class Client {
  cookie: string | undefined;
  constructor(
    private readonly app: BuiltApp['app'],
    readonly ip: string = nextIp(),
  ) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      // A string or a file goes as it is (with its own content-type header); anything else as JSON.
      ...(body !== undefined
        ? { payload: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) }
        : {}),
    });
    const set = res.cookies.find((c) => c.name === 'sid');
    if (set) this.cookie = set.value ? `sid=${set.value}` : undefined;
    return res;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', url, body, headers);
  put = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('PUT', url, body, headers);

  /** Registers a new candidate (and is then logged in as them); returns the body used. */
  async register(overrides: Record<string, unknown> = {}) {
    const body = registration(overrides);
    const res = await this.post('/api/auth/register', body);
    if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
    return body;
  }
}

/** Logs a client in as a new staff or admin account of `role` (created directly, as an operator would). */
export async function loginAs(
  t: BuiltApp,
  role: 'SITE_STAFF' | 'AREA_ADMIN' | 'NATIONAL_ADMIN',
  scope: { areaCode?: string; siteId?: string } = {},
): Promise<Client> {
  const username = uniqueUsername(role.toLowerCase().slice(0, 5));
  const password = 'Staff1234';
  await insertAccount(t.ctx.db, {
    username,
    role,
    passwordHash: await t.ctx.hasher.hash(password),
    securityQuestion: '工作人员账户',
    securityAnswerHash: await t.ctx.hasher.hash('不适用答案'),
    email: `${username}@example.org`,
    name: `${role} 测试`,
    idType: null,
    idNumberCipher: null,
    idNumberHash: null,
    idNumberMasked: null,
    gender: null,
    birthDate: null,
    nationality: null,
    ethnicity: null,
    areaCode: scope.areaCode ?? null,
    siteId: scope.siteId ?? null,
  });
  const client = new Client(t.app);
  const res = await client.post('/api/auth/login', { username, password });
  if (res.statusCode !== 200) throw new Error(`login as ${role} failed: ${res.body}`);
  return client;
}
