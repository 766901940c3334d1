import type { Material } from '../../../domain/application/materials';
import type { StepChoices } from '../../../domain/application/steps';
import { composeAddress } from '../../../domain/contact/address';
import type { Gender } from '../../../domain/identity/gender';
import type { IdType } from '../../../domain/identity/id-types';
import type {
  Degree,
  EducationCategory,
  EducationLevel,
  EducationOrigin,
  EmploymentStatus,
  MilitaryIdentity,
  StudyForm,
  StudyLength,
  Title,
  UnitAffiliation,
} from '../../../domain/profile/options';
import type { AppContext } from '../../context';
import { findAccountById, findIdNumberCipher } from '../accounts/repository';
import type {
  PrintableApplication,
  PrintableCertificate,
  PrintableEducation,
  PrintableTraining,
} from '../print/printable';
import { fromColumns, type EntryGroup } from '../profile/entry-groups';
import { entryNames, findContact, findPhoto, findWork, listEntries } from '../profile/repository';
import { regionText } from '../profile/service';
import { examOf, feesOf, listApplicationEntries, type ApplicationRow } from './repository';

/** The 申请表 carries the whole ID number (R-SITE-3); the 通知单 only the masked one, so it never decrypts it. */
export type IdNumberForm = 'whole' | 'masked';

/** The candidate's entries of `group` that the application uses, in the order of 个人信息, as JSON fields. */
async function usedEntries(ctx: AppContext, accountId: string, group: EntryGroup, used: ReadonlySet<string>) {
  const rows = (await listEntries(ctx.db, group, accountId)).filter((row) => used.has(String(row.id)));
  return rows.map((row) => fromColumns(group, row));
}

async function education(ctx: AppContext, accountId: string, used: ReadonlySet<string>): Promise<PrintableEducation> {
  const [e] = await usedEntries(ctx, accountId, 'educations', used);
  // R-EX-6: a submitted application uses exactly one education entry, locked since (R-PI-4).
  if (!e) throw new Error('a submitted application without its education entry');
  const ids = [e.schoolId, e.majorId].filter((id): id is string => typeof id === 'string');
  const names = await entryNames(ctx.db, ids);
  const nameOf = (id: unknown) => (typeof id === 'string' ? names.get(id)?.name : undefined);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    origin: e.origin as EducationOrigin,
    category: e.category as EducationCategory,
    // A mainland school is a dictionary entry; a school elsewhere is typed (R-EDU-1).
    schoolName: nameOf(e.schoolId) ?? text(e.schoolName),
    studyForm: text(e.studyForm) as StudyForm | null,
    level: e.level as EducationLevel,
    degree: e.degree as Degree,
    lengthYears: (e.lengthYears ?? null) as StudyLength | null,
    majorName: nameOf(e.majorId) ?? null,
    graduatedOn: text(e.graduatedOn),
    diplomaNumber: text(e.diplomaNumber),
  };
}

async function work(ctx: AppContext, accountId: string): Promise<PrintableApplication['work']> {
  const w = await findWork(ctx.db, accountId);
  // R-EX-4 ③: a submitted application was judged with the work group, which can be changed but never removed.
  if (!w) throw new Error('a submitted application without the work group of its candidate');
  return {
    employmentStatus: w.employment_status as EmploymentStatus,
    unitName: w.unit_name ?? '',
    unitRegion: regionText(ctx, w.unit_region_code) ?? '',
    unitAffiliation: w.unit_affiliation as UnitAffiliation,
    militaryIdentity: w.military_identity as MilitaryIdentity | null,
    title: w.title as Title | null,
    titleObtainedOn: w.title_obtained_on,
    position: w.position,
  };
}

async function contact(ctx: AppContext, accountId: string, email: string): Promise<PrintableApplication['contact']> {
  const c = await findContact(ctx.db, accountId);
  // 联系方式 is not a condition of applying: without it the form prints the account's e-mail and blank cells.
  if (!c) return { mobile: '', email, homePhone: null, workPhone: null, address: '', postalCode: '' };
  return {
    mobile: c.mobile,
    email: c.email,
    homePhone: c.home_phone,
    workPhone: c.work_phone,
    address: composeAddress({ regionText: c.region_text, street: c.street }),
    postalCode: c.postal_code,
  };
}

/**
 * R-EX-10, R-SITE-1: what the 申请表 and the 通知单 print for the submitted application `row` of the candidate
 * `accountId`: the application, the account, 个人信息 as it is now (the entries the application uses are locked
 * since its submission, R-PI-4), dictionary names for ids and the fees its area has published (R-EX-1).
 */
export async function loadPrintable(
  ctx: AppContext,
  row: ApplicationRow,
  accountId: string,
  idNumber: IdNumberForm,
): Promise<PrintableApplication> {
  if (!row.registration_number || !row.submitted_at || !row.area_code || !row.site_id) {
    throw new Error('only a submitted application is printable');
  }
  const [account, cipher, used, photo] = await Promise.all([
    findAccountById(ctx.db, accountId),
    idNumber === 'whole' ? findIdNumberCipher(ctx.db, accountId) : null,
    listApplicationEntries(ctx.db, row.id),
    findPhoto(ctx.db, accountId),
  ]);
  if (!account) throw new Error('the account of an application is gone');
  // The stored masked number is maskIdNumber's output, which renderSuccessNotice masks again to the same text.
  const number = idNumber === 'whole' ? cipher && ctx.idCipher.decrypt(cipher) : account.id_number_masked;
  const [printedWork, printedContact, printedEducation, trainings, certificates] = await Promise.all([
    work(ctx, accountId),
    contact(ctx, accountId, account.email),
    education(ctx, accountId, used.educations),
    usedEntries(ctx, accountId, 'trainings', used.trainings),
    usedEntries(ctx, accountId, 'certificates', used.certificates),
  ]);
  const exam = examOf(row);
  const choices = row.choices as StepChoices;
  return {
    registrationNumber: row.registration_number,
    // 序列号 is given at the on-site review (R-SITE-2), which has no module yet: a blank cell.
    serialNumber: null,
    exam: {
      code: exam.code,
      name: exam.name,
      level: exam.level,
      category: exam.category,
      categoryCode: exam.category_code,
    },
    area: { code: row.area_code, name: row.area_name ?? '' },
    site: { code: row.site_code ?? '', name: row.site_name ?? '' },
    candidate: {
      name: account.name,
      gender: account.gender as Gender,
      birthDate: account.birth_date ?? '',
      idType: account.id_type as IdType,
      idNumber: number ?? '',
      nationality: account.nationality ?? '',
      ethnicity: account.ethnicity ?? '',
      mainlandPermitNumber: choices.basic?.permit?.number ?? null,
    },
    contact: printedContact,
    work: printedWork,
    education: printedEducation,
    trainings: trainings as unknown as PrintableTraining[],
    certificates: certificates as unknown as PrintableCertificate[],
    attempts: choices.confirm?.attempts ?? 1,
    additionalSubject: choices.confirm?.additionalSubject ?? null,
    skillsExamExempt: row.skills_exempt,
    fees: feesOf(row),
    submittedAt: row.submitted_at,
    materials: ((row.materials ?? []) as Material[]).map((m) => m.text),
    photoJpeg: photo?.jpeg ?? null,
  };
}
