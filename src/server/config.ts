import path from 'node:path';
import os from 'node:os';
import { DEFAULT_PHOTO_MAX_BYTES } from '../domain/profile/photo';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when set; otherwise the embedded PGlite database under dataDir. */
  databaseUrl: string | undefined;
  /** Redis for rate limits shared by several app processes; in-memory limits otherwise. */
  redisUrl: string | undefined;
  /** Base64 32-byte keys for the ID-number cipher and keyed hash; generated into dataDir when absent. */
  idEncryptionKey: string | undefined;
  idHashKey: string | undefined;
  /** Behind HTTPS: Secure, __Host- cookies. */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from a load balancer. */
  trustProxy: boolean;
  /** Origins allowed to send state-changing requests besides the request's own host. */
  allowedOrigins: string[];
  logLevel: string;
  /** Seed demo data on the first start of a new embedded database. */
  seedDemo: boolean;
  /** At most this many password hashes run at once, so hashing never starves the event loop. */
  hashConcurrency: number;
  limits: RateLimits;
  webRoot: string;
  /** How often an app process looks for dictionary changes made by others. */
  dictionaryPollMs: number;
  /** How long an app process trusts a session it checked (0: ask the database every time). */
  sessionCacheMs: number;
  /** How long an app process trusts a candidate's 个人信息 it read, when no write of it is heard of (0: off). */
  profileCacheMs: number;
  /** R-PI-6: the photo size limit (the guide's 40 KB; later years used 30 KB). */
  photoMaxBytes: number;
}

export interface RateLimits {
  loginFailuresPerAccount: number;
  loginFailuresPerIp: number;
  loginAttemptsPerIpPerMinute: number;
  registrationsPerIpPerHour: number;
  recoveryFailuresPerPerson: number;
  recoveryAttemptsPerIpPerHour: number;
  dictionaryRequestsPerAccountPerDay: number;
  lockSeconds: number;
}

const DEFAULT_LIMITS: RateLimits = {
  loginFailuresPerAccount: 5,
  loginFailuresPerIp: 50,
  loginAttemptsPerIpPerMinute: 120,
  registrationsPerIpPerHour: 30,
  recoveryFailuresPerPerson: 5,
  recoveryAttemptsPerIpPerHour: 30,
  dictionaryRequestsPerAccountPerDay: 20,
  lockSeconds: 15 * 60,
};

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** Reads the typed configuration from the environment (README lists every variable). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return {
    port: intFrom(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    idEncryptionKey: env.ID_ENCRYPTION_KEY || undefined,
    idHashKey: env.ID_HASH_KEY || undefined,
    secureCookies: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.SEED_DEMO !== 'false',
    hashConcurrency: intFrom(env.HASH_CONCURRENCY, os.availableParallelism() + 1, 'HASH_CONCURRENCY'),
    limits: {
      ...DEFAULT_LIMITS,
      loginAttemptsPerIpPerMinute: intFrom(
        env.LOGIN_ATTEMPTS_PER_IP_PER_MINUTE,
        DEFAULT_LIMITS.loginAttemptsPerIpPerMinute,
        'LOGIN_ATTEMPTS_PER_IP_PER_MINUTE',
      ),
    },
    webRoot: path.resolve(env.WEB_ROOT ?? 'dist/web'),
    dictionaryPollMs: intFrom(env.DICTIONARY_POLL_MS, 2000, 'DICTIONARY_POLL_MS'),
    sessionCacheMs: intFrom(env.SESSION_CACHE_MS, 60_000, 'SESSION_CACHE_MS'),
    profileCacheMs: intFrom(env.PROFILE_CACHE_MS, 60_000, 'PROFILE_CACHE_MS'),
    photoMaxBytes: intFrom(env.PHOTO_MAX_BYTES, DEFAULT_PHOTO_MAX_BYTES, 'PHOTO_MAX_BYTES'),
    ...overrides,
  };
}
