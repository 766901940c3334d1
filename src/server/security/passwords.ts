import argon2 from 'argon2';
import { inHashingProcess } from './hashing-process';

// OWASP's argon2id setting (ARCHITECTURE.md); about 40-60 ms a hash on these machines.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Slow hashing for passwords and recovery answers, never more than `concurrency` at once. */
export interface Hasher {
  hash(secret: string): Promise<string>;
  verify(hash: string, secret: string): Promise<boolean>;
  /** Spends the same time as a real verify, so an unknown username cannot be told by timing. */
  verifyNothing(secret: string): Promise<false>;
}

/**
 * A hash runs in the low-priority hashing process (hashing-process.ts); bounding how many run together (one per
 * core by default) queues a flood of logins here, so it slows logins, not every other route.
 */
export function createHasher(concurrency: number): Hasher {
  let running = 0;
  const waiting: (() => void)[] = [];
  async function bounded<T>(work: () => Promise<T>): Promise<T> {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  }
  let dummyHash: Promise<string> | undefined;
  const verify = (hash: string, secret: string) =>
    bounded(async () => (await inHashingProcess({ op: 'verify', hash, secret })) === true);
  const hash = (secret: string) =>
    bounded(async () => String(await inHashingProcess({ op: 'hash', secret, options: ARGON2_OPTIONS })));
  return {
    hash,
    verify,
    async verifyNothing(secret) {
      dummyHash ??= hash('no-such-account');
      await verify(await dummyHash, secret);
      return false;
    },
  };
}
