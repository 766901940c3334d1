import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contact } from '../../domain/contact/schema';
import type { Gender } from '../../domain/identity/gender';
import type { IdType } from '../../domain/identity/id-types';
import type { Certificate } from '../../domain/profile/certificate';
import type { Education } from '../../domain/profile/education';
import type {
  CertificateType,
  Degree,
  EducationCategory,
  EducationLevel,
  EducationOrigin,
  EmploymentStatus,
  MilitaryIdentity,
  StudyForm,
  Title,
  TrainingResult,
  TrainingType,
  UnitAffiliation,
} from '../../domain/profile/options';
import type { Training } from '../../domain/profile/training';
import type { Work } from '../../domain/profile/work';
import { api, apiUpload } from './client';

/** Marks every entry of 教育经历, 培训经历 and 证书情况 (R-PI-4). */
export interface EntryState {
  id: string;
  /** Used by an application: no edit, no delete until it is withdrawn. */
  locked: boolean;
  /** Verified by staff: trusted, not editable; a new entry can be added instead. */
  verified: boolean;
}

export interface ContactView {
  homePhone?: string | null;
  workPhone?: string | null;
  mobile: string;
  email: string;
  address: { regionCode: string; regionText: string; street: string };
  postalCode: string;
}

export interface WorkView {
  employmentStatus: EmploymentStatus;
  unitAffiliation: UnitAffiliation;
  workUnitId: string;
  workUnit: { id: string; name: string; regionCode: string; regionText: string } | null;
  title?: Title | null;
  titleObtainedOn?: string | null;
  position?: string | null;
  militaryIdentity?: MilitaryIdentity | null;
}

export interface EducationView extends EntryState {
  origin: EducationOrigin;
  category: EducationCategory;
  schoolId?: string | null;
  school: { id: string; name: string } | null;
  schoolName?: string | null;
  studyForm?: StudyForm | null;
  level: EducationLevel;
  degree: Degree;
  lengthYears?: number | null;
  majorId?: string | null;
  major: { id: string; name: string; code: string } | null;
  graduatedOn?: string | null;
  diplomaNumber?: string | null;
}

export interface TrainingView extends EntryState {
  type: TrainingType;
  startedOn: string;
  result: TrainingResult;
  unitName: string;
}

export interface CertificateView extends EntryState {
  type: CertificateType;
  issuedOn: string;
  certificateNumber: string;
  registeredOn: string;
  registrationNumber: string;
}

export interface PhotoView {
  /** With a version query, so a replaced photo is fetched again. */
  url: string;
  width: number;
  height: number;
  bytes: number;
  updatedAt: string;
}

/** GET /api/profile: the six groups of 个人信息 (R-PI-1) and the photo. */
export interface Profile {
  basic: {
    name: string;
    idType: IdType;
    idNumber: string;
    gender: Gender;
    birthDate: string;
    nationality: string;
    ethnicity: string;
    registeredAt: string;
  };
  /** Mainland or not (R-MOB-1, R-ZIP-1) follows the account's ID type. */
  mainland: boolean;
  contact: ContactView | null;
  work: WorkView | null;
  educations: EducationView[];
  trainings: TrainingView[];
  certificates: CertificateView[];
  photo: PhotoView | null;
  photoMaxBytes: number;
}

/** The three groups of many entries (R-PI-3), by their path segment. */
export type EntryGroup = 'educations' | 'trainings' | 'certificates';

/** What each group's form sends: the domain schema's parsed value. */
export interface EntryBodies {
  educations: Education;
  trainings: Training;
  certificates: Certificate;
}

export const profileQuery = queryOptions({
  queryKey: ['profile'],
  queryFn: () => api<Profile>('GET', '/api/profile'),
});

export function useProfile() {
  return useQuery(profileQuery);
}

/** A save of any group: the profile is asked again, so the page shows what the server kept. */
function useProfileMutation<TArgs, TResult>(call: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: profileQuery.queryKey }),
  });
}

export function useSaveContact() {
  return useProfileMutation((body: Contact) => api<ContactView>('PUT', '/api/profile/contact', body));
}

export function useSaveWork() {
  return useProfileMutation((body: Work) => api<WorkView>('PUT', '/api/profile/work', body));
}

export function useSaveEntry<G extends EntryGroup>(group: G) {
  return useProfileMutation(({ id, body }: { id?: string; body: EntryBodies[G] }) =>
    id === undefined
      ? api<{ id: string }>('POST', `/api/profile/${group}`, body)
      : api<{ id: string }>('PUT', `/api/profile/${group}/${id}`, body),
  );
}

export function useDeleteEntry(group: EntryGroup) {
  return useProfileMutation((id: string) => api<void>('DELETE', `/api/profile/${group}/${id}`));
}

export function useUploadPhoto() {
  return useProfileMutation((file: Blob) => apiUpload<PhotoView>('PUT', '/api/profile/photo', file, 'image/jpeg'));
}
