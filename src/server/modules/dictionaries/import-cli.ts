import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import cliProgress from 'cli-progress';
import { DICTIONARY_KINDS, type DictionaryKind } from '../../../domain/dictionary/kinds';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/connect';
import { migrate } from '../../db/migrate';
import { importEntries, type BadRow, type ImportRecord } from './import';

// npm run dict:import -- --kind work-units --file units.csv   (UTF-8 CSV, header name,regionCode,code[,category,note,aliases])
const { values } = parseArgs({ options: { kind: { type: 'string' }, file: { type: 'string' } } });
const kind = values.kind as DictionaryKind;
if (!DICTIONARY_KINDS.includes(kind) || !values.file) {
  console.error(`用法：npm run dict:import -- --kind ${DICTIONARY_KINDS.join('|')} --file 文件.csv`);
  process.exit(2);
}
const file = values.file;
if (!fs.existsSync(file)) {
  console.error(`找不到文件：${file}`);
  process.exit(2);
}

const total = fs.statSync(file).size;
const stream = fs.createReadStream(file);
const bar = new cliProgress.SingleBar(
  {
    stream: process.stderr,
    // Redirected to a log (a server job, CI), the bar is still printed, as one line every few seconds.
    noTTYOutput: true,
    notTTYSchedule: 5000,
    format: '导入 {bar} {percentage}% | {read} 行 | 写入 {written} | 错误 {bad} | {eta_formatted}',
  },
  cliProgress.Presets.shades_classic,
);
bar.start(total, 0, { read: 0, written: 0, bad: 0 });

const broken: BadRow[] = [];
const parser = stream.pipe(
  parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, skip_records_with_error: true, info: true }),
);
// A row the CSV parser cannot read (an unclosed quote, a wrong number of fields) is skipped and reported, in the
// operator's language where the parser's error is a known one.
const CSV_ERRORS: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: '列数与表头不一致',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: '列数与表头不一致',
  CSV_QUOTE_NOT_CLOSED: '引号未闭合（其后的内容都被当作这一格）',
  CSV_INVALID_CLOSING_QUOTE: '引号位置不正确',
  INVALID_OPENING_QUOTE: '引号位置不正确（含引号的格应整格用引号括起，内部引号写两次）',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '引号后有多余字符',
};
parser.on('skip', (err: Error & { code?: string; lines?: number }) =>
  broken.push({ line: err.lines ?? 0, reason: CSV_ERRORS[err.code ?? ''] ?? err.message }),
);

async function* records(): AsyncIterable<ImportRecord> {
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    yield { line: info.lines, fields: record };
  }
}

const started = Date.now();
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
const handle = await openDatabase(config);
await migrate(handle.db);
const report = await importEntries(handle.db, kind, records(), (r) =>
  bar.update(stream.bytesRead, { read: r.read, written: r.written, bad: r.bad.length + broken.length }),
);
bar.update(total, { read: report.read, written: report.written, bad: report.bad.length + broken.length });
bar.stop();
await handle.close();

const bad = [...broken, ...report.bad].sort((a, b) => a.line - b.line);
for (const row of bad.slice(0, 100)) console.error(`第 ${row.line} 行：${row.reason}`);
if (bad.length > 100) console.error(`……另有 ${bad.length - 100} 行错误未列出`);
console.log(
  `${kind}：读取 ${report.read + broken.length} 行，写入（新增或变更）${report.written} 行，跳过错误行 ${bad.length} 行，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`,
);
process.exit(bad.length > 0 ? 1 : 0);
