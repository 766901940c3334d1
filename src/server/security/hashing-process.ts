import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { HashOptions } from 'argon2';
import { projectPath, runningFromSources } from '../paths';

export type HashWork =
  | { op: 'hash'; secret: string; options: HashOptions & { raw?: false } }
  | { op: 'verify'; hash: string; secret: string };
export type HashRequest = HashWork & { id: number };
export type HashReply = { id: number; value: string | boolean } | { id: number; error: string };

interface Waiting {
  resolve(value: string | boolean): void;
  reject(error: Error): void;
}

/**
 * The child's module and the flags it needs: from the build, its own bundle; from the sources, the TypeScript
 * module through tsx (found from here, whatever the working directory).
 */
function childModule(): { path: string; execArgv: string[] } {
  if (!runningFromSources) return { path: projectPath('dist', 'server', 'hashing-child.js'), execArgv: [] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { path: projectPath('src', 'server', 'security', 'hashing-child.ts'), execArgv: ['--import', tsx] };
}

let child: ChildProcess | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

function start(): ChildProcess {
  const { path, execArgv } = childModule();
  const started = fork(path, [], {
    execArgv,
    // One hash a core at once: the hasher hands over one more (HASH_CONCURRENCY), which waits in libuv's queue
    // and starts the moment a core is free, with no round trip to the server (idle cores fell from ~7% to ~2%).
    env: { ...process.env, UV_THREADPOOL_SIZE: String(os.availableParallelism()) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  started.on('message', (reply: HashReply) => {
    const request = waiting.get(reply.id);
    if (!request) return;
    settled(reply.id);
    if ('error' in reply) request.reject(new Error(reply.error));
    else request.resolve(reply.value);
  });
  const ended = () => {
    if (child === started) child = undefined;
    for (const [id, request] of waiting) {
      settled(id);
      request.reject(new Error('the hashing process ended'));
    }
  };
  started.on('exit', ended);
  started.on('error', ended);
  // An idle child keeps no one alive: a server, a CLI or a test ends when its own work does.
  started.unref();
  started.channel?.unref();
  return started;
}

function settled(id: number): void {
  waiting.delete(id);
  if (waiting.size === 0) child?.channel?.unref();
}

/**
 * Runs argon2 in a child process whose threads have the lowest CPU priority: when logins saturate the cores, the
 * event loop (and PostgreSQL) still get them first, so other routes keep their latency and logins take what is left.
 * One child serves every app of this process; it is started on first use and again after it ends.
 */
export function inHashingProcess(work: HashWork): Promise<string | boolean> {
  child ??= start();
  const id = ++lastId;
  const sent = child;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    sent.channel?.ref();
    sent.send({ ...work, id } satisfies HashRequest);
  });
}

/** The child's pid, for tests; undefined until the first hash. */
export function hashingProcessPid(): number | undefined {
  return child?.pid;
}
