import fs from 'node:fs';
import os from 'node:os';
import argon2 from 'argon2';
import type { HashReply, HashRequest } from './hashing-process';

/**
 * Every thread of this process at the lowest priority, those already running included (libuv's pool may have
 * started while modules loaded); threads started later inherit it. Linux keeps a priority per thread, hence
 * /proc; elsewhere the process's own call is what there is.
 */
function yieldToEveryone(): void {
  const lowest = os.constants.priority.PRIORITY_LOW;
  try {
    for (const tid of fs.readdirSync('/proc/self/task')) os.setPriority(Number(tid), lowest);
  } catch {
    os.setPriority(lowest);
  }
}

async function answer(request: HashRequest): Promise<HashReply> {
  try {
    if (request.op === 'hash') return { id: request.id, value: await argon2.hash(request.secret, request.options) };
    // A stored hash that cannot be read matches nothing.
    return { id: request.id, value: await argon2.verify(request.hash, request.secret).catch(() => false) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

yieldToEveryone();
process.on('message', (request: HashRequest) => {
  void answer(request).then((reply) => process.send?.(reply));
});
// The server went away: nothing is left to hash for.
process.on('disconnect', () => process.exit(0));
