import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/connect';
import { migrate } from '../../db/migrate';
import { createIdCipher } from '../../security/id-cipher';
import { loadKeys } from '../../security/keys';
import { AppError } from '../../../domain/errors';
import { importExemptions, readExemptionList, type ExemptionRow } from './exemptions';
import { findExamByCode } from './repository';

// npm run exemptions:import -- --exam 2026110 --file exempt.csv   (R-EX-11; the file as the web page takes it)
const { values } = parseArgs({ options: { exam: { type: 'string' }, file: { type: 'string' } } });
if (!values.exam || !values.file || !fs.existsSync(values.file)) {
  console.error(
    '用法：npm run exemptions:import -- --exam 考试编码 --file 名单.csv（表头 证件号码[,证件类型]，或每行一个证件号码）',
  );
  process.exit(2);
}
let rows: ExemptionRow[];
try {
  rows = readExemptionList(fs.readFileSync(values.file));
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
const handle = await openDatabase(config);
await migrate(handle.db);
const exam = await findExamByCode(handle.db, values.exam);
if (!exam) {
  console.error(`找不到考试编码为 ${values.exam} 的考试。`);
  await handle.close();
  process.exit(2);
}
const report = await importExemptions(handle.db, createIdCipher(loadKeys(config)), exam.id, rows);
await handle.close();
for (const row of report.bad) console.error(`第 ${row.line} 行：${row.reason}`);
console.log(
  `${exam.code} ${exam.name}：读取 ${report.read} 行，新增免考 ${report.imported} 人，错误 ${report.bad.length} 行；名单共 ${report.listed} 人。`,
);
process.exit(report.bad.length > 0 ? 1 : 0);
