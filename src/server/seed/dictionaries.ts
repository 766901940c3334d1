import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROVINCES } from '../../domain/identity/resident-id';
import type { Db } from '../db/connect';
import { importEntries, type ImportRecord } from '../modules/dictionaries/import';
import { projectPath } from '../paths';

const DATA = projectPath('data');

const readCsv = (file: string) =>
  parse(fs.readFileSync(path.join(DATA, file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];

const records = (rows: Record<string, string | undefined>[]): ImportRecord[] =>
  rows.map((fields, i) => ({ line: i + 2, fields }));

/** An entry to choose for a school outside the mainland, whose name the candidate then types. */
export const ABROAD_SCHOOL_CODE = 'ABROAD';

/** The 2,820 mainland institutions by province, with the former names of merged schools as aliases (R-DICT-4). */
export function schoolRecords(): ImportRecord[] {
  const byProvince = JSON.parse(
    fs.readFileSync(path.join(DATA, 'schools/china_mainland_universities.json'), 'utf8'),
  ) as Record<string, { all: string[] }>;
  const aliases = new Map<string, string[]>();
  for (const { former, current } of readCsv('schools/aliases.csv')) {
    aliases.set(current!, [...(aliases.get(current!) ?? []), former!]);
  }
  const rows: Record<string, string | undefined>[] = Object.entries(byProvince).flatMap(([province, { all }]) => {
    const regionCode = PROVINCES.find((p) => p.name.startsWith(province))?.code;
    return all.map((name) => ({ name, regionCode, category: '大陆', aliases: aliases.get(name)?.join('|') }));
  });
  rows.push({
    name: '境外（含港澳台）院校',
    code: ABROAD_SCHOOL_CODE,
    category: '境外',
    aliases: '国外院校|港澳台院校',
  });
  return records(rows);
}

export function majorRecords(): ImportRecord[] {
  return records(readCsv('majors/majors.csv'));
}

/** Seeds the school and major dictionaries, and the given work units. */
export async function seedDictionaries(db: Db, workUnits: Iterable<ImportRecord>): Promise<void> {
  await importEntries(db, 'schools', schoolRecords());
  await importEntries(db, 'majors', majorRecords());
  await importEntries(db, 'work-units', workUnits);
}
