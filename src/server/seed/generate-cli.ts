import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateWorkUnits } from './work-units';

// npm run dict:generate -- --count 1000000 --file units.csv [--seed 1]: the deterministic work units as a CSV that
// `npm run dict:import -- --kind work-units` reads, for benchmarks and load tests.
const { values } = parseArgs({
  options: { count: { type: 'string' }, file: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !values.file) {
  console.error('用法：npm run dict:generate -- --count 条数 --file 文件.csv [--seed 种子]');
  process.exit(2);
}

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const out = fs.createWriteStream(values.file);
out.write('name,regionCode,code\n');
const started = Date.now();
for (const unit of generateWorkUnits(count, seed)) {
  // Respect back-pressure: a million lines would otherwise sit in memory at once.
  if (!out.write(`${cell(unit.name)},${unit.regionCode},${unit.code}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
console.log(`已生成 ${count} 个工作单位：${values.file}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
