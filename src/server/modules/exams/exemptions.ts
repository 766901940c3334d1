import { checkIdNumber } from '../../../domain/identity/id-number';
import { isIdType } from '../../../domain/identity/id-types';
import type { Executor } from '../../db/connect';
import type { IdCipher } from '../../security/id-cipher';
import { insertExemptions } from './repository';

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
    const problem = checkIdNumber(idType, idNumber);
    if (problem) {
      bad.push({ line: row.line, reason: problem });
      continue;
    }
    hashes.push(idCipher.hash(idType, idNumber));
  }
  return { read, imported: await insertExemptions(ex, examId, hashes), bad };
}
