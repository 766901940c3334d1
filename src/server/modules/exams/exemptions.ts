import { parse, type InfoRecord } from 'csv-parse/sync';
import { AppError } from '../../../domain/errors';
import { checkIdNumber } from '../../../domain/identity/id-number';
import { ID_TYPE_LABELS, ID_TYPES, isIdType } from '../../../domain/identity/id-types';
import type { Executor } from '../../db/connect';
import type { IdCipher } from '../../security/id-cipher';
import { countExemptions, insertExemptions } from './repository';

/** One row of the centre's list: the ID type defaults to 居民身份证. */
export interface ExemptionRow {
  line: number;
  idType?: string;
  idNumber: string;
}

export interface ExemptionReport {
  read: number;
  imported: number;
  bad: { line: number; reason: string }[];
  /** Everyone on the exam's list after the import. */
  listed: number;
}

// The column names a list may carry: the API's own, and what an operator's spreadsheet calls them.
const ID_NUMBER_HEADERS = new Set(['idnumber', '证件号码', '证件号', '身份证号', '身份证号码', '公民身份号码']);
const ID_TYPE_HEADERS = new Set(['idtype', '证件类型']);
const ID_TYPE_BY_LABEL = new Map<string, string>(ID_TYPES.map((code) => [ID_TYPE_LABELS[code], code]));

/** UTF-8 (with or without its BOM), or else GB18030: what Excel saves a CSV as on a Chinese Windows. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * R-EX-11: the centre's list as a file: a CSV (or one ID number a line) with an optional header naming the ID number
 * column (idNumber, 证件号码, 身份证号…) and the ID type column (idType, 证件类型: a code or its Chinese name; none
 * means 居民身份证). Lines are numbered as the operator's editor shows them.
 */
export function readExemptionList(bytes: Buffer): ExemptionRow[] {
  let records: { record: string[]; info: InfoRecord }[];
  try {
    records = parse(decodeText(bytes), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // csv-parse's types do not follow `info: true`, which wraps each record with where it was read.
    }) as unknown as typeof records;
  } catch {
    throw new AppError('VALIDATION', { message: '名单文件无法按 CSV 读取（如引号不成对），请检查后重新导入。' });
  }
  const header = records[0]?.record.map((cell) => cell.replace(/\s/g, '').toLowerCase()) ?? [];
  const numberColumn = header.findIndex((cell) => ID_NUMBER_HEADERS.has(cell));
  const typeColumn = header.findIndex((cell) => ID_TYPE_HEADERS.has(cell));
  const headed = numberColumn >= 0;
  const rows = headed ? records.slice(1) : records;
  if (rows.length === 0) throw new AppError('VALIDATION', { message: '名单文件中没有证件号码。' });
  return rows.map(({ record, info }) => {
    // Without a header the second column counts only when it names an ID type (it may be a name, say).
    const typeCell = headed ? record[typeColumn] : record[1];
    const idType = typeCell ? (ID_TYPE_BY_LABEL.get(typeCell) ?? typeCell) : undefined;
    return {
      line: info.lines,
      idNumber: record[headed ? numberColumn : 0] ?? '',
      ...(idType && (headed || isIdType(idType)) ? { idType } : {}),
    };
  });
}

/**
 * R-EX-11: records who passed the skills exam at a national base last year for an exam, by the keyed hash the
 * accounts use (so a candidate is matched without the list ever being stored readable). Idempotent.
 */
export async function importExemptions(
  ex: Executor,
  idCipher: IdCipher,
  examId: string,
  rows: Iterable<ExemptionRow>,
): Promise<ExemptionReport> {
  const hashes: string[] = [];
  const bad: ExemptionReport['bad'] = [];
  let read = 0;
  for (const row of rows) {
    read++;
    const idType = row.idType?.trim() || 'RESIDENT_ID';
    const idNumber = row.idNumber.trim();
    if (!isIdType(idType)) {
      bad.push({ line: row.line, reason: `证件类型 ${idType} 无效。` });
      continue;
    }
    const problem = /^\d+(\.\d+)?e\+\d+$/i.test(idNumber)
      ? `证件号码 ${idNumber} 被表格软件改成了科学计数法：请把该列设为“文本”后重新导出。`
      : checkIdNumber(idType, idNumber);
    if (problem) {
      bad.push({ line: row.line, reason: problem });
      continue;
    }
    hashes.push(idCipher.hash(idType, idNumber));
  }
  const imported = await insertExemptions(ex, examId, hashes);
  return { read, imported, bad, listed: await countExemptions(ex, examId) };
}
