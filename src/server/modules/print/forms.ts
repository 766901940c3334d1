import { FEES_NOT_PUBLISHED, feeLines, type ApplicationFees } from '../../../domain/application/fees';
import { CONTACT_FIELD_LABELS } from '../../../domain/contact/labels';
import { ethnicityName } from '../../../domain/identity/ethnicity';
import { GENDER_LABELS } from '../../../domain/identity/gender';
import { maskIdNumber } from '../../../domain/identity/id-number';
import { ID_TYPE_LABELS } from '../../../domain/identity/id-types';
import { nationalityName } from '../../../domain/identity/nationality';
import { CERTIFICATE_FIELD_LABELS } from '../../../domain/profile/certificate';
import { EDUCATION_FIELD_LABELS } from '../../../domain/profile/education';
import { STUDY_LENGTHS } from '../../../domain/profile/options';
import { TRAINING_FIELD_LABELS } from '../../../domain/profile/training';
import { WORK_FIELD_LABELS } from '../../../domain/profile/work';
import type { FormSpec, Row, Section } from './layout';
import type { PrintableApplication } from './printable';

export const APPLICATION_FORM_TITLE = '医师资格考试报名暨授予医师资格申请表';
export const SUCCESS_NOTICE_TITLE = '医师资格考试网上报名成功通知单';

/**
 * The layout (pdfkit, bwip-js, the fonts) loads on the first print, not with the server: about half a second of a
 * start-up (main.ts warms printing up in the background once the server listens).
 */
async function renderForm(spec: FormSpec): Promise<Buffer> {
  return (await import('./layout')).renderForm(spec);
}

const CONTACT = CONTACT_FIELD_LABELS;
const WORK = WORK_FIELD_LABELS;
const EDU = EDUCATION_FIELD_LABELS;
const TRAINING = TRAINING_FIELD_LABELS;
const CERT = CERTIFICATE_FIELD_LABELS;

// Built once: constructing a DateTimeFormat is costly. 'en-CA' with formatToParts, as src/domain/shared/dates.ts does.
const CHINA_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The submission time in China, whatever the server's zone: 2026-02-26 09:15:02. */
function chinaTime(at: Date): string {
  const parts = CHINA_TIME.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

const orBlank = (value: string | null): string => value ?? '';
const place = (p: { code: string; name: string }): string => `${p.name}（${p.code}）`;

/** R-EX-1: the fees as the 考试报名 card shows them, a cell each; where the area has published none, the sentence. */
function feeRow(fees: ApplicationFees): Row {
  return (
    feeLines(fees)?.map((l) => ({ label: l.label, value: l.text })) ?? [{ label: '费用', value: FEES_NOT_PUBLISHED }]
  );
}

function examRows(a: PrintableApplication): Row[] {
  return [
    [
      { label: '考区', value: place(a.area) },
      { label: '考点', value: place(a.site) },
    ],
    [
      { label: '级别', value: a.exam.level },
      { label: '类别', value: `${a.exam.categoryCode} ${a.exam.category}` },
    ],
  ];
}

function identityRows(a: PrintableApplication, idNumber: string): Row[] {
  const c = a.candidate;
  return [
    [
      { label: '姓名', value: c.name },
      { label: '性别', value: GENDER_LABELS[c.gender] },
    ],
    [
      { label: '证件类型', value: ID_TYPE_LABELS[c.idType] },
      { label: '证件编号', value: idNumber },
    ],
    [
      { label: '出生日期', value: c.birthDate },
      { label: '民族', value: ethnicityName(c.ethnicity) ?? c.ethnicity },
    ],
  ];
}

/** One section per kind of ticked entry; a kind with none says 无, so staff see it was not lost in printing. */
function entrySection<T>(title: string, entries: readonly T[], rows: (entry: T) => Row[]): Section {
  return { title, rows: entries.length > 0 ? entries.flatMap(rows) : [[{ label: title, value: '无' }]] };
}

function applicationFormSpec(a: PrintableApplication) {
  const c = a.candidate;
  const w = a.work;
  const e = a.education;
  const besidePhoto: Section[] = [
    {
      title: '报考信息',
      rows: [
        [
          { label: '报名编号', value: a.registrationNumber },
          { label: '序列号', value: orBlank(a.serialNumber) },
        ],
        ...examRows(a),
        [
          { label: '累计报考次数', value: String(a.attempts) },
          { label: '加试科目', value: a.additionalSubject ?? '无' },
        ],
        [
          { label: '实践技能考试', value: a.skillsExamExempt ? '免试（国家实践技能考试基地合格）' : '参加' },
          { label: '报名时间', value: chinaTime(a.submittedAt) },
        ],
        feeRow(a.fees),
      ],
    },
    {
      title: '基本情况',
      rows: [
        // R-SITE-3: the signed form is the record of the person, so it carries the whole number, checked against
        // the original document at the site.
        ...identityRows(a, c.idNumber),
        [
          { label: '国籍', value: nationalityName(c.nationality) ?? c.nationality },
          { label: '往来大陆通行证', value: orBlank(c.mainlandPermitNumber) },
        ],
      ],
    },
  ];
  const sections: Section[] = [
    {
      title: '联系方式',
      rows: [
        [
          { label: CONTACT.mobile, value: a.contact.mobile },
          { label: CONTACT.email, value: a.contact.email },
          { label: CONTACT.postalCode, value: a.contact.postalCode },
        ],
        [
          { label: CONTACT.homePhone, value: orBlank(a.contact.homePhone) },
          { label: CONTACT.workPhone, value: orBlank(a.contact.workPhone) },
        ],
        [{ label: CONTACT.address, value: a.contact.address }],
      ],
    },
    {
      title: '工作情况',
      rows: [
        [
          { label: WORK.employmentStatus, value: w.employmentStatus },
          { label: WORK.unitAffiliation, value: w.unitAffiliation },
          { label: WORK.militaryIdentity, value: orBlank(w.militaryIdentity) },
        ],
        [
          { label: WORK.workUnitId, value: w.unitName, span: 2 },
          { label: '单位所在行政区', value: w.unitRegion },
        ],
        [
          { label: WORK.title, value: orBlank(w.title) },
          { label: WORK.titleObtainedOn, value: orBlank(w.titleObtainedOn) },
          { label: WORK.position, value: orBlank(w.position) },
        ],
      ],
    },
    {
      title: '报考学历',
      rows: [
        [
          { label: '报考学历', value: e.level },
          { label: EDU.lengthYears, value: STUDY_LENGTHS.find((s) => s.years === e.lengthYears)?.label ?? '' },
          { label: EDU.studyForm, value: orBlank(e.studyForm) },
        ],
        [
          { label: EDU.schoolId, value: orBlank(e.schoolName), span: 2 },
          { label: EDU.origin, value: e.origin },
        ],
        [
          { label: EDU.majorId, value: orBlank(e.majorName), span: 2 },
          { label: EDU.degree, value: e.degree },
        ],
        [
          { label: EDU.category, value: e.category },
          { label: EDU.graduatedOn, value: orBlank(e.graduatedOn) },
          { label: EDU.diplomaNumber, value: orBlank(e.diplomaNumber) },
        ],
      ],
    },
    entrySection('培训经历', a.trainings, (t) => [
      [
        { label: TRAINING.type, value: t.type },
        { label: TRAINING.startedOn, value: t.startedOn },
        { label: TRAINING.result, value: t.result },
      ],
      [{ label: TRAINING.unitName, value: t.unitName }],
    ]),
    entrySection('证书情况', a.certificates, (cert) => [
      [
        { label: CERT.type, value: cert.type },
        { label: CERT.issuedOn, value: cert.issuedOn },
        { label: CERT.registeredOn, value: cert.registeredOn },
      ],
      [
        { label: CERT.certificateNumber, value: cert.certificateNumber },
        { label: CERT.registrationNumber, value: cert.registrationNumber },
      ],
    ]),
    {
      // R-SITE-3: signed at the site after the review; from then on nothing can change.
      title: '确认',
      rows: [
        [
          {
            label: '考生确认',
            value:
              '本人已仔细核对以上报名信息，确认真实、准确；签字确认后的报名信息一律不得更改。\n\n考生签字：                              日期：        年      月      日',
          },
        ],
        [
          {
            label: '考点审核意见',
            value: '\n\n审核人签字：                            日期：        年      月      日',
          },
        ],
      ],
    },
  ];
  return { besidePhoto, sections };
}

/** R-EX-10, R-SITE-3: 《医师资格考试报名暨授予医师资格申请表》, printed at the site for the candidate to sign. */
export function renderApplicationForm(a: PrintableApplication): Promise<Buffer> {
  return renderForm({
    title: APPLICATION_FORM_TITLE,
    subtitle: `${a.exam.code} ${a.exam.name}`,
    registrationNumber: a.registrationNumber,
    photoJpeg: a.photoJpeg,
    ...applicationFormSpec(a),
    notes: ['累计报考次数为相同级别、相同类别的报考次数累计。'],
  });
}

/**
 * R-EX-10, R-SITE-1: 《医师资格考试网上报名成功通知单》, printed by the candidate and brought to the site. The ID number
 * is masked: staff find the application by its 报名编号 (the codes) and compare the number on their screen with the
 * original document, so the whole number on a sheet that is copied and carried around adds risk and no check.
 */
export function renderSuccessNotice(a: PrintableApplication): Promise<Buffer> {
  const besidePhoto: Section[] = [
    {
      title: '报名信息',
      rows: [
        [{ label: '报名编号', value: a.registrationNumber }],
        [{ label: '考试', value: `${a.exam.code} ${a.exam.name}` }],
        ...examRows(a),
        [
          { label: '报名时间', value: chinaTime(a.submittedAt) },
          { label: '实践技能考试', value: a.skillsExamExempt ? '免试' : '参加' },
        ],
        feeRow(a.fees),
      ],
    },
    { title: '考生信息', rows: identityRows(a, maskIdNumber(a.candidate.idNumber)) },
  ];
  const materials: Section = {
    title: '现场资格审核须携带的材料',
    labelWidth: 24,
    rows: a.materials.map((m, i) => [{ label: String(i + 1), value: m }]),
  };
  return renderForm({
    title: SUCCESS_NOTICE_TITLE,
    subtitle: `${a.exam.code} ${a.exam.name}`,
    registrationNumber: a.registrationNumber,
    photoJpeg: a.photoJpeg,
    besidePhoto,
    // R-EX-11: a candidate exempt from the skills exam has no on-site review, so nothing to bring to one.
    sections: a.skillsExamExempt ? [] : [materials],
    notes: a.skillsExamExempt
      ? [
          '网上报名已完成。您在国家实践技能考试基地考核合格，本年度免考实践技能，无需参加现场资格审核。',
          '请按考区规定的时间缴纳笔试费（考区开通网上缴费的，可在规定的缴费时间段内网上缴费），并按时参加医学综合考试。',
        ]
      : [
          '网上报名已完成。请持本通知单及上列书面材料，按所在考点的具体要求参加现场资格审核。',
          '重要提示：请在审核现场仔细核对、确认报名信息，在考点打印的《医师资格考试报名暨授予医师资格申请表》上签字确认后，报名信息一律不得更改。签字确认后办理交费手续（考区开通网上缴费的，可在规定的缴费时间段内网上缴费）。',
        ],
  });
}
