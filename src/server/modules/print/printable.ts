import type { ApplicationFees } from '../../../domain/application/fees';
import type { Gender } from '../../../domain/identity/gender';
import type { IdType } from '../../../domain/identity/id-types';
import type {
  CertificateType,
  Degree,
  EducationCategory,
  EducationLevel,
  EducationOrigin,
  EmploymentStatus,
  MilitaryIdentity,
  StudyForm,
  StudyLength,
  Title,
  TrainingResult,
  TrainingType,
  UnitAffiliation,
} from '../../../domain/profile/options';

/** A coded place of the exam: 考区 (a province, GB/T 2260) or 考点. */
export interface CodedPlace {
  code: string;
  name: string;
}

/** R-PI-9: the education entry ticked for this application, with dictionary ids already resolved to names. */
export interface PrintableEducation {
  origin: EducationOrigin;
  category: EducationCategory;
  /** The dictionary name for a mainland school, the typed name otherwise; null for 师承 and 无学历 (R-EDU-1). */
  schoolName: string | null;
  studyForm: StudyForm | null;
  level: EducationLevel;
  degree: Degree;
  lengthYears: StudyLength | null;
  majorName: string | null;
  graduatedOn: string | null;
  /** Empty for current graduate students, 师承 and 无学历 (R-DIP-1). */
  diplomaNumber: string | null;
}

/** R-PI-10: a ticked training entry (only 住院医师规范化培训 is ticked, R-EX-6). */
export interface PrintableTraining {
  type: TrainingType;
  startedOn: string;
  result: TrainingResult;
  unitName: string;
}

/** R-PI-11: a ticked certificate entry (R-EX-7). */
export interface PrintableCertificate {
  type: CertificateType;
  issuedOn: string;
  certificateNumber: string;
  registeredOn: string;
  registrationNumber: string;
}

/**
 * R-EX-10, R-SITE-1: everything the 申请表 and the 通知单 print, as plain values. The applications module builds it
 * from its rows; printing does no I/O, so it can be tested and measured without a database.
 */
export interface PrintableApplication {
  /** 报名编号: printed as text, Code 128 and QR, so it must be printable ASCII (Code 128's alphabet). */
  registrationNumber: string;
  /** 序列号: given at the on-site review; null (a blank cell) before that. */
  serialNumber: string | null;
  exam: {
    code: string;
    name: string;
    level: string;
    category: string;
    /** The category part of the exam code (R-EX-1: 2026110 → 110), the form's 类别 cell. */
    categoryCode: string;
  };
  area: CodedPlace;
  site: CodedPlace;
  candidate: {
    name: string;
    gender: Gender;
    /** 'YYYY-MM-DD'. */
    birthDate: string;
    idType: IdType;
    /** The full number: the 申请表 prints it whole, the 通知单 masked (see renderSuccessNotice). */
    idNumber: string;
    /** ISO 3166-1 alpha-2. */
    nationality: string;
    /** GB/T 3304 two-digit code. */
    ethnicity: string;
    /** R-EX-5: 往来大陆通行证 number of Taiwan, Hong Kong and Macau candidates; null for everyone else. */
    mainlandPermitNumber: string | null;
  };
  contact: {
    mobile: string;
    email: string;
    homePhone: string | null;
    workPhone: string | null;
    /** The whole address: region names and the street part. */
    address: string;
    postalCode: string;
  };
  work: {
    employmentStatus: EmploymentStatus;
    unitName: string;
    /** 工作单位所在行政区: the unit's province, city and district names. */
    unitRegion: string;
    unitAffiliation: UnitAffiliation;
    militaryIdentity: MilitaryIdentity | null;
    title: Title | null;
    titleObtainedOn: string | null;
    position: string | null;
  };
  education: PrintableEducation;
  trainings: readonly PrintableTraining[];
  certificates: readonly PrintableCertificate[];
  /** 累计报考次数 (R-EX-8; 1 for a first attempt). */
  attempts: number;
  /** 加试科目 (R-EX-8): 军事医学, 院前急救 or 儿科; null when none. */
  additionalSubject: string | null;
  /** R-EX-11: passed the skills exam at a national base last year, so the skills exam is skipped. */
  skillsExamExempt: boolean;
  /**
   * R-EX-1: the fees of the application in fen, from its area's published fees; where the area has published none,
   * the amounts are null and the forms say the area's published fees apply (无 would read as free).
   */
  fees: ApplicationFees;
  submittedAt: Date;
  /** R-SITE-1: the materials this candidate brings to the on-site review, in the guide's order. */
  materials: readonly string[];
  /** The profile photo (R-PI-6, a JPEG under 40 KB); null prints an empty box to paste a photo into. */
  photoJpeg: Buffer | null;
}
