import { z } from 'zod';
import { AppError } from '../../../domain/errors';
import { makeContactSchema } from '../../../domain/contact/schema';
import { regionTextOf } from '../../../domain/contact/address';
import { isMainlandIdType, type IdType } from '../../../domain/identity/id-types';
import { CURRENT_GRADUATE_STUDENT } from '../../../domain/profile/options';
import { workSchema } from '../../../domain/profile/work';
import { zodIssuesToFields } from '../../../domain/shared/validation';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/connect';
import { insertAuditEvent } from '../audit/repository';
import type { Actor } from '../sessions/session';
import { entrySchema, fromColumns, toColumns, type EntryGroup } from './entry-groups';
import { processPhoto } from './photo';
import {
  deleteEntry,
  entryNames,
  findContact,
  findEntry,
  findPhoto,
  findWork,
  insertEntry,
  isDictionaryEntry,
  listEntries,
  updateEntry,
  upsertContact,
  upsertPhoto,
  upsertWork,
  type ProfileRecord,
} from './repository';
import { changingProfile, changingProfileInOneStatement, readProfile } from './profile-cache';

/** Parses `body` with `schema`, or the 400 naming every wrong field; nothing is written before this passes. */
function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw new AppError('VALIDATION', { fields: zodIssuesToFields(result.error.issues) });
  return result.data;
}

const mainland = (actor: Actor) => isMainlandIdType((actor.account.idType ?? 'RESIDENT_ID') as IdType);

/** R-ADDR-1: the names of a region code as written (北京市东城区), or null without a code. */
export const regionText = (ctx: AppContext, code: string | null) =>
  code ? regionTextOf(ctx.regions.pathOf(code).map((r) => r.name)) : null;

async function requireDictionaryEntry(ex: Executor, kind: string, id: unknown, field: string, message: string) {
  if (typeof id === 'string' && !(await isDictionaryEntry(ex, kind, id))) {
    throw new AppError('VALIDATION', { fields: { [field]: message } });
  }
}

function presentPhoto(meta: { width: number; height: number; bytes: number; updated_at: Date }) {
  return {
    // The version in the URL changes with every upload, so a browser never shows a replaced photo from its cache.
    url: `/api/profile/photo?v=${meta.updated_at.getTime()}`,
    width: meta.width,
    height: meta.height,
    bytes: meta.bytes,
    updatedAt: meta.updated_at.toISOString(),
  };
}

type DictionaryNames = Awaited<ReturnType<typeof entryNames>>;

async function loadEntries(ex: Executor, group: EntryGroup, accountId: string) {
  const rows = await listEntries(ex, group, accountId);
  const ids = rows.flatMap((r) => [r.school_id, r.major_id]).filter((v): v is string => typeof v === 'string');
  return presentEntries(group, rows, await entryNames(ex, ids));
}

function presentEntries(group: EntryGroup, rows: Record<string, unknown>[], names: DictionaryNames) {
  return rows.map((row) => {
    const entry = {
      id: String(row.id),
      ...fromColumns(group, row),
      locked: Number(row.lock_count) > 0,
      verified: row.verified_at !== null,
    };
    if (group !== 'educations') return entry;
    const school = typeof row.school_id === 'string' ? names.get(row.school_id) : undefined;
    const major = typeof row.major_id === 'string' ? names.get(row.major_id) : undefined;
    return {
      ...entry,
      school: school ? { id: row.school_id, name: school.name } : null,
      major: major ? { id: row.major_id, name: major.name, code: major.code } : null,
    };
  });
}

function presentContact(row: NonNullable<Awaited<ReturnType<typeof findContact>>>) {
  return {
    ...(row.home_phone ? { homePhone: row.home_phone } : {}),
    ...(row.work_phone ? { workPhone: row.work_phone } : {}),
    mobile: row.mobile,
    email: row.email,
    address: { regionCode: row.region_code, regionText: row.region_text, street: row.street },
    postalCode: row.postal_code,
  };
}

function presentWork(ctx: AppContext, row: NonNullable<Awaited<ReturnType<typeof findWork>>>) {
  return {
    employmentStatus: row.employment_status,
    unitAffiliation: row.unit_affiliation,
    workUnitId: row.work_unit_id,
    workUnit: row.unit_name
      ? {
          id: row.work_unit_id,
          name: row.unit_name,
          regionCode: row.unit_region_code,
          regionText: regionText(ctx, row.unit_region_code),
        }
      : null,
    ...(row.title ? { title: row.title } : {}),
    ...(row.title_obtained_on ? { titleObtainedOn: row.title_obtained_on } : {}),
    ...(row.position ? { position: row.position } : {}),
    ...(row.military_identity ? { militaryIdentity: row.military_identity } : {}),
  };
}

/**
 * The stored groups as JSON, worked out once for each read of the profile cache: a candidate's page reloads them far
 * more often than they change, and a new read (after a change) is a new record.
 */
const groupsJson = new WeakMap<ProfileRecord, string>();

function presentGroups(ctx: AppContext, record: ProfileRecord): string {
  const known = groupsJson.get(record);
  if (known !== undefined) return known;
  const { contact, work, educations, trainings, certificates, photo, names } = record;
  const json = JSON.stringify({
    contact: contact ? presentContact(contact) : null,
    work: work ? presentWork(ctx, work) : null,
    educations: presentEntries('educations', educations, names),
    trainings: presentEntries('trainings', trainings, names),
    certificates: presentEntries('certificates', certificates, names),
    photo: photo ? presentPhoto(photo) : null,
    photoMaxBytes: ctx.config.photoMaxBytes,
  });
  groupsJson.set(record, json);
  return json;
}

/** R-PI-1: the six groups as the answer's JSON text; 基本信息 comes from the account, the rest from the profile. */
export async function getProfileJson(ctx: AppContext, actor: Actor): Promise<string> {
  const groups = presentGroups(ctx, await readProfile(ctx, actor.accountId));
  const a = actor.account;
  const account = JSON.stringify({
    basic: {
      name: actor.name,
      idType: a.idType ?? '',
      idNumber: a.idNumberMasked ?? '',
      gender: a.gender ?? '',
      birthDate: a.birthDate ?? '',
      nationality: a.nationality ?? '',
      ethnicity: a.ethnicity ?? '',
      registeredAt: a.registeredAt.toISOString(),
    },
    mainland: mainland(actor),
  });
  // Two JSON objects made one: `{…account}` and `{…groups}` give `{…account,…groups}`.
  return `${account.slice(0, -1)},${groups.slice(1)}`;
}

async function audit(ex: Executor, actor: Actor, ip: string, details: Record<string, string>) {
  await insertAuditEvent(ex, { type: 'PROFILE_CHANGED', actorId: actor.accountId, ip, details });
}

/** R-TEL-1, R-MOB-1, R-MAIL-1, R-ADDR-1, R-ZIP-1: mainland or not follows the account's ID type. */
export async function saveContact(ctx: AppContext, actor: Actor, body: unknown, ip: string) {
  // The region's names come from its code, never from the client.
  const address = (body as { address?: { regionCode?: unknown } } | null)?.address;
  const code =
    typeof address?.regionCode === 'string' && /^\d{6}$/.test(address.regionCode) ? address.regionCode : null;
  const text = regionText(ctx, code);
  const withRegion =
    body && typeof body === 'object' && address && typeof address === 'object'
      ? { ...body, address: { ...address, regionText: text ?? '' } }
      : body;
  const contact = parse(makeContactSchema(mainland(actor)), withRegion);
  if (!text) throw new AppError('VALIDATION', { fields: { address: '请选择联系地址所在的省、市、区县。' } });
  await changingProfile(ctx, actor.accountId, async (trx) => {
    await upsertContact(trx, {
      account_id: actor.accountId,
      home_phone: contact.homePhone ?? null,
      work_phone: contact.workPhone ?? null,
      mobile: contact.mobile,
      email: contact.email,
      region_code: contact.address.regionCode,
      region_text: contact.address.regionText,
      street: contact.address.street,
      postal_code: contact.postalCode,
    });
    await audit(trx, actor, ip, { group: 'contact' });
  });
  return presentContact((await findContact(ctx.db, actor.accountId))!);
}

/** R-PI-7, R-PI-8: the work group, its unit from the work-unit dictionary. */
export async function saveWork(ctx: AppContext, actor: Actor, body: unknown, ip: string) {
  const work = parse(workSchema, body);
  await requireDictionaryEntry(ctx.db, 'work-units', work.workUnitId, 'workUnitId', '请从列表中选择工作单位。');
  await changingProfile(ctx, actor.accountId, async (trx) => {
    await upsertWork(trx, {
      account_id: actor.accountId,
      employment_status: work.employmentStatus,
      unit_affiliation: work.unitAffiliation,
      work_unit_id: work.workUnitId,
      title: work.title ?? null,
      title_obtained_on: work.titleObtainedOn ?? null,
      position: work.position ?? null,
      military_identity: work.militaryIdentity ?? null,
    });
    await audit(trx, actor, ip, { group: 'work' });
  });
  return presentWork(ctx, (await findWork(ctx.db, actor.accountId))!);
}

/** Checks an entry: its schema (education by the work group, R-DIP-1) and that its dictionary ids are real. */
async function parseEntry(ctx: AppContext, actor: Actor, group: EntryGroup, body: unknown) {
  const work = group === 'educations' ? await findWork(ctx.db, actor.accountId) : undefined;
  const value = parse(
    entrySchema(group, { currentGraduateStudent: work?.employment_status === CURRENT_GRADUATE_STUDENT }),
    body,
  );
  if (group === 'educations') {
    await requireDictionaryEntry(ctx.db, 'schools', value.schoolId, 'schoolId', '请从列表中选择毕业学校。');
    await requireDictionaryEntry(ctx.db, 'majors', value.majorId, 'majorId', '请从列表中选择毕业专业。');
  }
  return toColumns(group, value);
}

/** R-PI-3: adds an education, training or certificate entry. */
export async function addEntry(ctx: AppContext, actor: Actor, group: EntryGroup, body: unknown, ip: string) {
  const columns = await parseEntry(ctx, actor, group, body);
  return changingProfile(ctx, actor.accountId, async (trx) => {
    const id = await insertEntry(trx, group, actor.accountId, columns);
    await audit(trx, actor, ip, { group, entryId: id, change: 'added' });
    return { id };
  });
}

/** An entry of this candidate, or 404 (another candidate's entry is not said to exist); 409 when locked. */
async function loadChangeable(ctx: AppContext, actor: Actor, group: EntryGroup, id: string, change: 'edit' | 'delete') {
  const entry = await findEntry(ctx.db, group, actor.accountId, id);
  if (!entry) throw new AppError('NOT_FOUND');
  if (entry.lock_count > 0) throw new AppError('ENTRY_LOCKED');
  if (change === 'edit' && entry.verified_at) throw new AppError('ENTRY_VERIFIED');
}

/** R-PI-3, R-PI-4: changes an entry that is neither locked nor verified. */
export async function changeEntry(
  ctx: AppContext,
  actor: Actor,
  group: EntryGroup,
  id: string,
  body: unknown,
  ip: string,
) {
  await loadChangeable(ctx, actor, group, id, 'edit');
  const columns = await parseEntry(ctx, actor, group, body);
  await changingProfile(ctx, actor.accountId, async (trx) => {
    if (!(await updateEntry(trx, group, actor.accountId, id, columns))) {
      await loadChangeable(ctx, actor, group, id, 'edit');
      throw new AppError('ENTRY_LOCKED');
    }
    await audit(trx, actor, ip, { group, entryId: id, change: 'changed' });
  });
  return (await loadEntries(ctx.db, group, actor.accountId)).find((e) => e.id === id)!;
}

/** R-PI-3, R-PI-4: deletes an entry that no application uses. */
export async function removeEntry(ctx: AppContext, actor: Actor, group: EntryGroup, id: string, ip: string) {
  await loadChangeable(ctx, actor, group, id, 'delete');
  await changingProfile(ctx, actor.accountId, async (trx) => {
    if (!(await deleteEntry(trx, group, actor.accountId, id))) throw new AppError('ENTRY_LOCKED');
    await audit(trx, actor, ip, { group, entryId: id, change: 'deleted' });
  });
}

/** R-PI-6: checks, cleans and keeps the candidate's photo. */
export async function savePhoto(ctx: AppContext, actor: Actor, body: Buffer, ip: string) {
  const photo = await processPhoto(body, ctx.config.photoMaxBytes);
  const kept = await changingProfileInOneStatement(ctx, actor.accountId, (ex) =>
    upsertPhoto(ex, { account_id: actor.accountId, ...photo }, ip),
  );
  return presentPhoto(kept);
}

/** The candidate's own photo, or 404. */
export async function loadPhoto(ctx: AppContext, actor: Actor) {
  const photo = await findPhoto(ctx.db, actor.accountId);
  if (!photo) throw new AppError('NOT_FOUND', { message: '尚未上传照片。' });
  return photo;
}
