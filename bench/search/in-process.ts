import { decodeKeys, encodeKeys, searchKeysOf } from '../../src/server/modules/dictionaries/search/keys';
import { SearchIndex } from '../../src/server/modules/dictionaries/search/search-index';
import { schoolRecords } from '../../src/server/seed/dictionaries';
import { generateWorkUnits } from '../../src/server/seed/work-units';
import { LIBRARIES, timeLibrary } from './library-baseline';
import { memoryAfterGc } from './memory';
import { searchQueryMix, type MixQuery } from './query-mix';
import { mean, percentile, round } from './stats';

/**
 * The in-process section of `npm run bench:search -- --in-process` (run in its own process, so its memory figures
 * are its own): a million generated work units plus the 2,820 schools: key computation, index build and
 * memory, then a fixed 200-query mix searched sequentially in-process, against the same queries matched name by
 * name with pinyin libraries (time-bounded: BENCH_SEARCH_LIBRARY_MS, default 60 s per library). Prints one JSON.
 * BENCH_SEARCH_N changes the number of work units.
 */
const N = Number(process.env.BENCH_SEARCH_N ?? 1_000_000);
const LIBRARY_BUDGET_MS = Number(process.env.BENCH_SEARCH_LIBRARY_MS ?? 60_000);
const ROUNDS = 5;
const LIMIT = 20;

interface Row {
  id: number;
  name: string;
  code: string | null;
  regionCode: string;
  initials: string;
  full: string;
}

function log(message: string): void {
  process.stderr.write(`[bench:search] ${message}\n`);
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** Computes and encodes the keys of every name, as an import writes them to the database. */
function withKeys(units: Iterable<{ name: string; regionCode: string; code?: string }>): Row[] {
  const rows: Row[] = [];
  for (const unit of units) {
    const keys = encodeKeys(searchKeysOf(unit.name));
    rows.push({ id: rows.length + 1, name: unit.name, code: unit.code ?? null, regionCode: unit.regionCode, ...keys });
  }
  return rows;
}

/** Loads rows as an app process does at start: decode the stored keys, upsert, then index. */
function load(rows: readonly Row[]) {
  const index = new SearchIndex();
  const upsert = timed(() => {
    for (const { initials, full, ...row } of rows)
      index.upsert({ ...row, keys: decodeKeys(initials, full), aliases: [] });
  });
  const flush = timed(() => index.flush());
  return { index, upsertMs: upsert.ms, flushMs: flush.ms };
}

/** Sequential latencies of the mix (after a warm-up round), over several rounds. */
function latencies(index: SearchIndex, mix: readonly MixQuery[], region?: (i: number) => string) {
  const options = (i: number) => ({ limit: LIMIT, ...(region ? { region: region(i) } : {}) });
  mix.forEach(({ q }, i) => index.search(q, options(i)));
  const perQuery = mix.map(() => [] as number[]);
  const hits = mix.map(({ q }, i) => index.search(q, options(i)).length);
  for (let r = 0; r < ROUNDS; r++) {
    mix.forEach(({ q }, i) => {
      const start = performance.now();
      index.search(q, options(i));
      perQuery[i]!.push(performance.now() - start);
    });
  }
  const all = perQuery.flat();
  const byKind = Object.fromEntries(
    (['initials', 'chinese', 'pinyin'] as const).map((kind) => {
      const times = perQuery.filter((_, i) => mix[i]!.kind === kind).flat();
      return [
        kind,
        { queries: times.length / ROUNDS, p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) },
      ];
    }),
  );
  const medians = perQuery.map((times) => percentile(times, 50));
  return {
    samples: all.length,
    p50Ms: round(percentile(all, 50)),
    p99Ms: round(percentile(all, 99)),
    maxMs: round(Math.max(...all)),
    meanMs: round(mean(all), 4),
    queriesWithoutHits: hits.filter((n) => n === 0).length,
    byKind,
    medians,
  };
}

const report: Record<string, unknown> = { workUnits: N, limit: LIMIT, node: process.version };

log(`generating ${N} work units`);
const generated = timed(() => [...generateWorkUnits(N, 1)]);
log(`computing keys (${Math.round(generated.ms)} ms to generate)`);
const keyed = timed(() => withKeys(generated.value));
generated.value.length = 0;
report.keys = {
  ms: Math.round(keyed.ms),
  perSecond: Math.round((N / keyed.ms) * 1000),
  encodedBytesPerEntry: round(keyed.value.reduce((s, r) => s + r.initials.length + r.full.length, 0) / N, 1),
};

const before = memoryAfterGc();
log('building the index');
const built = load(keyed.value);
const workUnits = built.index;
const stats = workUnits.stats();
const mix = searchQueryMix(keyed.value);
const names = keyed.value.map((r) => r.name);
keyed.value.length = 0; // an app process keeps the index, not the rows it read
const after = memoryAfterGc();
report.build = {
  upsertMs: Math.round(built.upsertMs),
  flushMs: Math.round(built.flushMs),
  totalMs: Math.round(built.upsertMs + built.flushMs),
  ...stats,
  indexBytesPerEntry: Math.round(stats.bytes / stats.entries),
};
report.memory = { beforeBuild: before, afterBuildWithoutRows: after };

log('searching');
const sequential = latencies(workUnits, mix);
const provinces = mix.map((_, i) => ['11', '4401', '330106', '51'][i % 4]!);
const regional = latencies(workUnits, mix, (i) => provinces[i]!);
const { medians, ...sequentialReport } = sequential;
report.search = { mix: mix.length, sequential: sequentialReport, withRegion: { ...regional, medians: undefined } };

log('schools');
const schoolRows = withKeys(
  schoolRecords().map(({ fields }) => ({ name: fields.name!, regionCode: fields.regionCode ?? '' })),
);
const schools = load(schoolRows);
const schoolLatency = latencies(schools.index, searchQueryMix(schoolRows, 200, 7));
report.schools = {
  entries: schools.index.size,
  buildMs: Math.round(schools.upsertMs + schools.flushMs),
  p50Ms: schoolLatency.p50Ms,
  p99Ms: schoolLatency.p99Ms,
};

const libraries: Record<string, unknown> = {};
for (const [library, matcher] of Object.entries(LIBRARIES)) {
  log(`${library}: per-query matching over ${N} names for up to ${LIBRARY_BUDGET_MS} ms`);
  const run = timeLibrary(
    names,
    mix.map((m) => m.q),
    matcher,
    LIBRARY_BUDGET_MS,
  );
  const oursMs = mean(medians.slice(0, run.perQueryMs.length));
  const theirsMs = mean(run.perQueryMs);
  libraries[library] = {
    queriesRun: run.queries.length,
    queries: run.queries,
    matches: run.matches,
    meanMsPerQuery: Math.round(theirsMs),
    oursMeanMsOnTheSameQueries: round(oursMs, 4),
    ratio: Math.round(theirsMs / oursMs),
    note: `only the first ${run.queries.length} of ${mix.length} queries fit in the time budget; the ratio compares the same queries`,
  };
}
report.libraries = libraries;

const bytesPerEntry = stats.bytes / stats.entries;
const processPerEntry =
  ((after.heapUsedMb + after.arrayBuffersMb - before.heapUsedMb - before.arrayBuffersMb) * 1048576) / N;
report.tenMillion = {
  indexMb: Math.round((bytesPerEntry * 10_000_000) / 1048576),
  processGrowthMbEstimate: Math.round((processPerEntry * 10_000_000) / 1048576),
  buildSecondsEstimate: Math.round(((built.upsertMs + built.flushMs) * 10) / 1000),
  keysMinutesEstimate: round((keyed.ms * 10) / 60000, 1),
  note: 'linear in entries (the build sorts by counting); measured at 1/10 of the size',
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
