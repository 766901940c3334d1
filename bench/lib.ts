import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';

/** The value after `name` on the command line (`--db pg`), if given. */
export const option = (name: string): string | undefined => {
  const args = process.argv.slice(2);
  return args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
};

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A new, empty PostgreSQL database of this run (BENCH_DATABASE_URL is the server), dropped by `drop`. */
export async function freshPostgres(prefix = 'nmec_bench'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}`;
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

/** Runs a Node script (TypeScript through tsx) to its end; its stderr (progress bars) shows through. */
export function runScript(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ stdout: string; ms: number }> {
  const began = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve({ stdout, ms: Date.now() - began })
        : reject(new Error(`${script} exited ${code}: ${stdout}`)),
    );
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Spawns a Node script (TypeScript through tsx) listening on a free loopback port; waits until `readyPath` answers
 * 200. `preload` modules are imported before the script (a probe the benchmark talks to, never app code).
 */
export async function startProcess(
  script: string,
  env: Record<string, string>,
  { readyPath = '/', timeoutMs = 60_000, preload = [] as string[] } = {},
): Promise<Started & { startMs: number }> {
  const port = await freePort();
  const began = Date.now();
  // BENCH_CPU_PROF=dir: every spawned process writes a V8 CPU profile there on exit (to find where time goes).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // TypeScript (a bench server, a probe) through tsx; the app's build (scripts/start.mjs) as npm start runs it.
  const loader = [script, ...preload].some((file) => file.endsWith('.ts')) ? ['--import', 'tsx'] : [];
  const imports = [...loader, ...preload.flatMap((p) => ['--import', p])];
  const child = spawn(process.execPath, [...profile, ...imports, script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  while (Date.now() - began < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${script} exited: ${out}`);
    try {
      if ((await fetch(url + readyPath)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const startMs = Date.now() - began;
  return {
    child,
    url,
    startMs,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** One bounded autocannon run on loopback. */
/**
 * autocannon's load for a bounded time, or for a fixed `amount` of requests. With an amount, autocannon notices it
 * is done only on its once-a-second tick, so its averages count whole seconds: the rate is the amount over the time
 * to the last answer instead (3,000 answers in 5.2 s are 577/s, not 3000/6 = 500/s).
 */
export async function load(options: autocannon.Options): Promise<LoadResult> {
  const began = performance.now();
  let lastAnswer = began;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ duration: Number(process.env.BENCH_SECONDS ?? 5), ...options }, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', () => (lastAnswer = performance.now()));
  });
  const answered = result.requests.total;
  return {
    requestsPerSecond: Math.round(options.amount ? answered / ((lastAnswer - began) / 1000) : result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

/**
 * The yardstick (bench/baseline-server.ts: node:http answering "hello"), measured just before and just after each
 * load it judges: on a shared machine its rate drifts by half within minutes, so one run at the start would judge
 * later loads against another machine. `runs` keeps every measurement, for the report.
 */
export class Baseline {
  readonly runs: number[] = [];
  private constructor(
    private readonly server: Started,
    private readonly connections: number,
  ) {}

  static async start(connections: number): Promise<Baseline> {
    return new Baseline(await startProcess('bench/baseline-server.ts', {}), connections);
  }

  private async rate(): Promise<number> {
    const { requestsPerSecond } = await load({ url: this.server.url, connections: this.connections });
    this.runs.push(requestsPerSecond);
    return requestsPerSecond;
  }

  /** `measure`, with the mean of the baseline runs around it and its ratio to that mean. */
  async judge<T extends LoadResult>(measure: () => Promise<T>) {
    const before = await this.rate();
    const result = await measure();
    const baselineRps = Math.round((before + (await this.rate())) / 2);
    return { ...result, baselineRps, ratioToBaseline: ratio(result.requestsPerSecond, baselineRps) };
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}

/**
 * Requests that arrive as independent users do, `rate` a second on average (exponential gaps, an open loop: a slow
 * answer does not hold back the next arrival), for a bounded time. autocannon's rate limit instead sends each
 * second's quota at once and then waits, which measures a burst, not a rate.
 */
export async function arriving(rate: number, send: (i: number) => Promise<Response>): Promise<LoadResult> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const pending: Promise<void>[] = [];
  const began = performance.now();
  for (let i = 0, at = 0; at < seconds * 1000; i++, at += -Math.log(1 - Math.random()) * (1000 / rate)) {
    const wait = began + at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const start = performance.now();
    pending.push(
      send(i).then(
        async (res) => {
          await res.arrayBuffer();
          latencies.push(performance.now() - start);
          if (res.status >= 300) non2xx++;
        },
        () => void errors++,
      ),
    );
  }
  await Promise.all(pending);
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return {
    requestsPerSecond: Math.round(latencies.length / ((performance.now() - began) / 1000)),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    non2xx,
    errors,
  };
}
