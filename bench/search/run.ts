import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { generateWorkUnits } from '../../src/server/seed/work-units';
import { freshPostgres, load, option, ratio, runScript, startProcess, type Started } from '../lib';
import { LIBRARIES, timeLibrary } from './library-baseline';
import { searchQueryMix, type MixQuery } from './query-mix';
import { mean, percentile, round } from './stats';

/**
 * `npm run bench:search [-- --db pglite|pg] [--in-process]`: the search of R-DICT-1 over HTTP, as candidates meet it.
 * For each database (both by default): a fresh database gets the demo data (schools, majors, 3,000 work units),
 * then `dict:import` loads a generated million work units (timed); the real server (src/server/main.ts) starts
 * and is measured on loopback: the 200-query mix sequentially (client and server time, the server's from its
 * Server-Timing header), autocannon at 1 and at 32 connections cycling through the mix (ratio to a node:http
 * baseline of the same run), and the app's memory before and after the million. Then the same queries matched
 * name by name with pinyin libraries (time-bounded). `--in-process` adds bench/search/in-process.ts as a section.
 * Env: BENCH_SEARCH_N (work units, 1,000,000), BENCH_SECONDS (per autocannon run, 10), BENCH_SEARCH_LIBRARY_MS
 * (per library, 30,000), BENCH_DATABASE_URL (the PostgreSQL server). Prints one JSON on stdout.
 */
const N = Number(process.env.BENCH_SEARCH_N ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LIBRARY_BUDGET_MS = Number(process.env.BENCH_SEARCH_LIBRARY_MS ?? 30_000);
const databases = option('--db') ? [option('--db')!] : ['pglite', 'pg'];
const CONNECTIONS = 32;
const ROUNDS = 5;
const LIMIT = 20;
const SEARCH_PATH = '/api/dictionaries/work-units';

function log(message: string): void {
  process.stderr.write(`[bench:search] ${message}\n`);
}

const searchUrl = (q: string) => `${SEARCH_PATH}?q=${encodeURIComponent(q)}&limit=${LIMIT}`;

interface Timed {
  clientMs: number;
  serverMs: number;
  hits: number;
}

/** One search over a kept-alive connection: the client's round trip and the server's own time. */
function timedSearch(base: string, q: string, agent: http.Agent): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    http
      .get(base + searchUrl(q), { agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const clientMs = performance.now() - start;
          if (res.statusCode !== 200) return reject(new Error(`${q}: ${res.statusCode}`));
          const timing = /dur=([\d.]+)/.exec(String(res.headers['server-timing']))?.[1];
          const items = (JSON.parse(Buffer.concat(chunks).toString()) as { items: unknown[] }).items;
          resolve({ clientMs, serverMs: Number(timing), hits: items.length });
        });
      })
      .on('error', reject);
  });
}

const summary = (times: readonly number[]) => ({
  p50Ms: round(percentile(times, 50)),
  p99Ms: round(percentile(times, 99)),
  maxMs: round(Math.max(...times)),
});

/** (a) The mix one query after another over one connection, after a warm-up round, ROUNDS times. */
async function sequential(app: Started, mix: readonly MixQuery[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const { q } of mix) await timedSearch(app.url, q, agent);
    const perQuery: Timed[][] = mix.map(() => []);
    for (let r = 0; r < ROUNDS; r++) {
      for (const [i, { q }] of mix.entries()) perQuery[i]!.push(await timedSearch(app.url, q, agent));
    }
    const all = perQuery.flat();
    const byKind = Object.fromEntries(
      (['initials', 'chinese', 'pinyin'] as const).map((kind) => {
        const times = perQuery.filter((_, i) => mix[i]!.kind === kind).flat();
        return [kind, { queries: times.length / ROUNDS, server: summary(times.map((t) => t.serverMs)) }];
      }),
    );
    return {
      samples: all.length,
      server: { ...summary(all.map((t) => t.serverMs)), target: 'p50 ≤ 2 ms, p99 ≤ 20 ms' },
      client: summary(all.map((t) => t.clientMs)),
      queriesWithoutHits: perQuery.filter((times) => times[0]!.hits === 0).length,
      byKind,
      serverMedians: perQuery.map((times) =>
        percentile(
          times.map((t) => t.serverMs),
          50,
        ),
      ),
    };
  } finally {
    agent.destroy();
  }
}

/** The app's memory after a full collection, through the preloaded probe (bench/search/memory-probe.ts). */
async function memoryOf(app: Started, file: string) {
  fs.rmSync(file, { force: true });
  app.child.kill('SIGUSR2');
  for (let waited = 0; !fs.existsSync(file); waited += 50) {
    if (waited > 10_000) throw new Error('the memory probe did not answer');
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 50)); // the probe writes the file in one call; let it finish
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { heapUsedMb: number; arrayBuffersMb: number; rssMb: number };
}

async function benchDatabase(kind: string, csv: string, mix: readonly MixQuery[], baselineRps: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nmec-bench-search-'));
  const probeFile = path.join(dataDir, 'memory.json');
  const pgdb = kind === 'pg' ? await freshPostgres('nmec_bench_search') : undefined;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    MEMORY_PROBE_FILE: probeFile,
    ...(pgdb ? { DATABASE_URL: pgdb.url } : {}),
  };
  const start = () =>
    startProcess('scripts/start.mjs', env, {
      readyPath: '/healthz',
      timeoutMs: 300_000,
      preload: ['./bench/search/memory-probe.ts'],
    });
  let app: (Started & { startMs: number }) | undefined;
  try {
    // The demo data first: on PGlite the first start seeds it, PostgreSQL gets it from `npm run seed:demo`.
    log(`${kind}: demo data`);
    const seedMs = pgdb ? (await runScript('src/server/seed/seed-cli.ts', [], env)).ms : undefined;
    app = await start();
    const firstStartMs = app.startMs;
    await app.stop();
    // Measured in a later start, as the million is: the first start's seeding leaves garbage of its own behind.
    app = await start();
    const demoStartMs = app.startMs;
    const demoMemory = await memoryOf(app, probeFile);
    await app.stop();

    log(`${kind}: npm run dict:import of ${N} work units`);
    const imported = await runScript(
      'src/server/modules/dictionaries/import-cli.ts',
      ['--kind', 'work-units', '--file', csv],
      env,
    );
    app = await start();
    const startWithMillionMs = app.startMs;
    const memory = await memoryOf(app, probeFile);

    log(`${kind}: sequential mix`);
    const seq = await sequential(app, mix);
    const requests: autocannon.Request[] = mix.map(({ q }) => ({ method: 'GET', path: searchUrl(q) }));
    log(`${kind}: autocannon 1 and ${CONNECTIONS} connections, ${SECONDS} s each`);
    const one = await load({ url: app.url, connections: 1, requests, duration: SECONDS });
    const many = await load({ url: app.url, connections: CONNECTIONS, requests, duration: SECONDS });
    const { serverMedians, ...sequentialReport } = seq;
    const perMillion = (a: number, b: number) => Math.round(((a - b) * 1_000_000) / N);
    return {
      database: kind,
      report: {
        database: kind,
        demoData: {
          ...(seedMs ? { seedCliMs: seedMs } : {}),
          firstStartMs,
          laterStartMs: demoStartMs,
          memory: demoMemory,
          targets: 'first start ≤ 20000 ms (PGlite, seeds the demo data), later ≤ 5000 ms',
        },
        import: { rows: N, seconds: round(imported.ms / 1000, 1), target: '≤ 180 s (PostgreSQL)' },
        startWithWorkUnitsMs: startWithMillionMs,
        sequential: sequentialReport,
        autocannonOneConnection: one,
        throughput: {
          connections: CONNECTIONS,
          ...many,
          ratioToBaseline: ratio(many.requestsPerSecond, baselineRps),
          target: '≥ 1500 searches/s',
        },
        memory: {
          withWorkUnits: memory,
          growthPerMillionMb: {
            rss: perMillion(memory.rssMb, demoMemory.rssMb),
            heapUsed: perMillion(memory.heapUsedMb, demoMemory.heapUsedMb),
            arrayBuffers: perMillion(memory.arrayBuffersMb, demoMemory.arrayBuffersMb),
          },
          tenMillionRssMbEstimate: demoMemory.rssMb + perMillion(memory.rssMb, demoMemory.rssMb) * 10,
          note: 'linear in entries: the demo-data process plus ten times the growth a million work units caused (on PGlite the RSS includes the embedded database)',
        },
      },
      serverMedians,
    };
  } finally {
    await app?.stop();
    await pgdb?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nmec-bench-search-csv-'));
try {
  const csv = path.join(work, 'work-units.csv');
  log(`npm run dict:generate -- --count ${N}`);
  const generated = await runScript('src/server/seed/generate-cli.ts', ['--count', String(N), '--file', csv], {});
  // The same seed as the CSV: the names the server holds, from which the mix is drawn.
  const names = Array.from(generateWorkUnits(N, 1), (u) => u.name);
  const mix = searchQueryMix(names.map((name) => ({ name })));

  const baselineServer = await startProcess('bench/baseline-server.ts', {});
  const baseline = await load({ url: baselineServer.url, connections: CONNECTIONS, duration: SECONDS });
  await baselineServer.stop();

  const runs = [];
  for (const kind of databases) runs.push(await benchDatabase(kind, csv, mix, baseline.requestsPerSecond));

  // (c) The same queries matched name by name at query time, as a library does: only the first few fit the budget.
  const libraries: Record<string, unknown> = {};
  for (const [library, matcher] of Object.entries(LIBRARIES)) {
    log(`${library}: per-query matching over ${N} names for up to ${LIBRARY_BUDGET_MS} ms`);
    const run = timeLibrary(
      names,
      mix.map((m) => m.q),
      matcher,
      LIBRARY_BUDGET_MS,
    );
    const theirsMs = mean(run.perQueryMs);
    libraries[library] = {
      queriesRun: run.queries.length,
      queries: run.queries,
      matches: run.matches,
      meanMsPerQuery: Math.round(theirsMs),
      ratioToServerTime: Object.fromEntries(
        runs.map((r) => [r.database, Math.round(theirsMs / mean(r.serverMedians.slice(0, run.queries.length)))]),
      ),
      target: '≥ 1000×',
    };
  }

  const inProcess = process.argv.includes('--in-process')
    ? JSON.parse((await runScript('bench/search/in-process.ts', [], {})).stdout)
    : undefined;

  console.log(
    JSON.stringify(
      {
        machine: { cpus: os.availableParallelism(), node: process.version, loadAverage: os.loadavg() },
        workUnits: N,
        mix: { queries: mix.length, limit: LIMIT, rounds: ROUNDS },
        generateCsvSeconds: round(generated.ms / 1000, 1),
        baseline: { nodeHttpHello: baseline },
        results: runs.map((r) => r.report),
        libraries,
        ...(inProcess ? { inProcess } : {}),
      },
      null,
      2,
    ),
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
