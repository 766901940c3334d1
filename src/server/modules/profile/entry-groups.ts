import type { z } from 'zod';
import { certificateSchema } from '../../../domain/profile/certificate';
import { makeEducationSchema } from '../../../domain/profile/education';
import { trainingSchema } from '../../../domain/profile/training';

/** The three list groups of 个人信息 (R-PI-3), each a table with an entry's columns by their JSON names. */
export const ENTRY_GROUPS = {
  educations: {
    table: 'profile_educations',
    columns: {
      origin: 'origin',
      category: 'category',
      schoolId: 'school_id',
      schoolName: 'school_name',
      studyForm: 'study_form',
      level: 'level',
      degree: 'degree',
      lengthYears: 'length_years',
      majorId: 'major_id',
      graduatedOn: 'graduated_on',
      diplomaNumber: 'diploma_number',
    },
  },
  trainings: {
    table: 'profile_trainings',
    columns: { type: 'type', startedOn: 'started_on', result: 'result', unitName: 'unit_name' },
  },
  certificates: {
    table: 'profile_certificates',
    columns: {
      type: 'type',
      issuedOn: 'issued_on',
      certificateNumber: 'certificate_number',
      registeredOn: 'registered_on',
      registrationNumber: 'registration_number',
    },
  },
} as const;

export type EntryGroup = keyof typeof ENTRY_GROUPS;
export const ENTRY_GROUP_NAMES = Object.keys(ENTRY_GROUPS) as EntryGroup[];
export type EntryTable = (typeof ENTRY_GROUPS)[EntryGroup]['table'];

/** The schema an entry of `group` is checked with; education depends on the work group (R-DIP-1). */
export function entrySchema(
  group: EntryGroup,
  options: { currentGraduateStudent: boolean },
): z.ZodType<Record<string, unknown>> {
  switch (group) {
    case 'educations':
      return makeEducationSchema(options) as z.ZodType<Record<string, unknown>>;
    case 'trainings':
      return trainingSchema as z.ZodType<Record<string, unknown>>;
    case 'certificates':
      return certificateSchema as z.ZodType<Record<string, unknown>>;
  }
}

/** JSON fields → columns; a field the value lacks is written as null (a hidden field is cleared). */
export function toColumns(group: EntryGroup, value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(ENTRY_GROUPS[group].columns).map(([field, column]) => [column, value[field] ?? null]),
  );
}

/** Columns → JSON fields, leaving out empty ones (the API's optional fields are absent, not null). */
export function fromColumns(group: EntryGroup, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(ENTRY_GROUPS[group].columns)) {
    const v = row[column];
    if (v !== null && v !== undefined) out[field] = typeof v === 'bigint' ? String(v) : v;
  }
  return out;
}
