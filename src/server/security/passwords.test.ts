import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { hashingProcessPid } from './hashing-process';
import { createHasher } from './passwords';

describe('password hashing (argon2id in a low-priority process)', () => {
  const hasher = createHasher(2);

  it('verifies what it hashed, and nothing else', async () => {
    const hash = await hasher.hash('Passw0rd1');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await hasher.verify(hash, 'Passw0rd1')).toBe(true);
    expect(await hasher.verify(hash, 'Passw0rd2')).toBe(false);
    expect(await hasher.verify('not a hash', 'Passw0rd1')).toBe(false);
    expect(await hasher.verifyNothing('Passw0rd1')).toBe(false);
  });

  it('hashes at the lowest CPU priority, in every thread of the hashing process', async () => {
    await hasher.hash('x');
    const pid = hashingProcessPid()!;
    expect(os.getPriority(pid)).toBe(os.constants.priority.PRIORITY_LOW);
    if (process.platform === 'linux') {
      const { readdirSync } = await import('node:fs');
      for (const tid of readdirSync(`/proc/${pid}/task`))
        expect(os.getPriority(Number(tid))).toBe(os.constants.priority.PRIORITY_LOW);
    }
  });

  it('starts a new hashing process when the old one ended', async () => {
    await hasher.hash('x');
    const first = hashingProcessPid()!;
    process.kill(first, 'SIGKILL');
    await expect.poll(() => hashingProcessPid(), { timeout: 5000 }).toBeUndefined();
    const hash = await hasher.hash('Passw0rd1');
    expect(hashingProcessPid()).not.toBe(first);
    expect(await hasher.verify(hash, 'Passw0rd1')).toBe(true);
  });
});
