import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import type { RateLimits } from '../config';
import { AppError, type ErrorCode } from '../../domain/errors';

/**
 * Throttles for account endpoints (R-ACC-10). With Redis the counters are shared by every app process;
 * otherwise they live in this process.
 */
export interface Throttles {
  /** Every login attempt from an IP: refuses floods before they reach the password hash. */
  loginAttemptsByIp: Limiter;
  /** Failed logins of one account: after a few, the account is locked for a while. */
  loginFailuresByAccount: Limiter;
  /** Failed logins from one IP, across accounts (password spraying). */
  loginFailuresByIp: Limiter;
  registrationsByIp: Limiter;
  recoveryAttemptsByIp: Limiter;
  recoveryFailuresByPerson: Limiter;
  /** R-DICT-3: requests to add dictionary entries, per account. */
  dictionaryRequestsByAccount: Limiter;
}

export interface Limiter {
  /** Throws the 429 when the key is over its limit, without counting. */
  check(key: string): Promise<void>;
  /** Counts one event; throws the 429 when this one goes over (or, for a lock, reaches) the limit. */
  hit(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

function limiter(limit: RateLimiterAbstract, code: ErrorCode): Limiter {
  // A lock counts failures: the failure that reaches the limit is already answered with the lock.
  const locksAtLimit = code === 'ACCOUNT_LOCKED';
  const refuse = (seconds: number) => {
    const retryAfterSeconds = Math.max(1, Math.ceil(seconds));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    const base = code === 'ACCOUNT_LOCKED' ? '密码错误次数过多，账户已暂时锁定' : '操作过于频繁';
    return new AppError(code, {
      message: `${base}，请 ${minutes} 分钟后再试。`,
      retryAfterSeconds,
    });
  };
  return {
    async check(key) {
      const state = await limit.get(key);
      if (state && state.remainingPoints <= 0 && state.msBeforeNext > 0) throw refuse(state.msBeforeNext / 1000);
    },
    async hit(key) {
      try {
        const state = await limit.consume(key);
        if (locksAtLimit && state.remainingPoints <= 0) throw refuse(state.msBeforeNext / 1000);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refuse(error.msBeforeNext / 1000);
        throw error;
      }
    },
    async reset(key) {
      await limit.delete(key);
    },
  };
}

export function createThrottles(limits: RateLimits, redis: Redis | undefined): Throttles {
  const make = (keyPrefix: string, points: number, duration: number, code: ErrorCode = 'THROTTLED') =>
    limiter(
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `rl:${keyPrefix}`, points, duration })
        : new RateLimiterMemory({ keyPrefix, points, duration }),
      code,
    );
  return {
    loginAttemptsByIp: make('login-ip', limits.loginAttemptsPerIpPerMinute, 60),
    loginFailuresByAccount: make(
      'login-fail-acct',
      limits.loginFailuresPerAccount,
      limits.lockSeconds,
      'ACCOUNT_LOCKED',
    ),
    loginFailuresByIp: make('login-fail-ip', limits.loginFailuresPerIp, limits.lockSeconds),
    registrationsByIp: make('register-ip', limits.registrationsPerIpPerHour, 3600),
    recoveryAttemptsByIp: make('recover-ip', limits.recoveryAttemptsPerIpPerHour, 3600),
    recoveryFailuresByPerson: make('recover-fail', limits.recoveryFailuresPerPerson, limits.lockSeconds),
    dictionaryRequestsByAccount: make('dict-request', limits.dictionaryRequestsPerAccountPerDay, 24 * 3600),
  };
}
