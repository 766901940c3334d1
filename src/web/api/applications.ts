import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationAction } from '../../domain/application/actions';
import type { ApplicationFees, PublishedFees } from '../../domain/application/fees';
import type { Material } from '../../domain/application/materials';
import type { PaymentStatus } from '../../domain/application/payment';
import type { ApplicationStatus } from '../../domain/application/status';
import type { Step, StepChoices, StepPatch } from '../../domain/application/steps';
import type { ExamLevel, ExamType } from '../../domain/exam/exam';
import { api } from './client';
import { profileQuery } from './profile';

/** An exam card of `GET /api/exams` (R-EX-1), with whether its online registration is open now. */
export interface ExamView {
  id: string;
  /** Year + category code, e.g. 2026110. */
  code: string;
  name: string;
  type: ExamType;
  level: ExamLevel;
  category: string;
  categoryCode: string;
  /** YYYY-MM. */
  examMonth: string;
  phase: string;
  opensAt: string;
  closesAt: string;
  open: boolean;
}

/** An application as the API presents it (R-EX-2), with the actions the candidate may take now. */
export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  statusLabel: string;
  exam: ExamView;
  area: { code: string; name: string } | null;
  site: { id: string; code: string; name: string } | null;
  choices: StepChoices;
  completedSteps: Step[];
  nextStep: Step | null;
  registrationNumber: string | null;
  skillsExempt: boolean;
  /** R-EX-1: in fen, from the chosen area's published fees (null amounts: no area yet, or none published). */
  fees: ApplicationFees;
  /** R-SITE-4: null when nothing is owed (withdrawn or rejected, never paid). */
  paymentStatus: PaymentStatus | null;
  paymentStatusLabel: string;
  /** When and where to pay, or null. */
  paymentHint: string | null;
  /** 准考证号, null until issued. */
  admissionNumber: string | null;
  /** R-SITE-1: what to bring on site, once submitted. */
  materials: Material[] | null;
  createdAt: string;
  submittedAt: string | null;
  withdrawnAt: string | null;
  actions: ApplicationAction[];
}

/** `GET /api/exams/{id}/sites` (R-EX-8, R-EX-12): the areas, their sites and the seats left. */
export interface ExamSites {
  areas: {
    code: string;
    name: string;
    /** R-EX-1: in fen, as the area published them for the exam (null amounts: none published). */
    fees: PublishedFees;
    sites: { id: string; code: string; name: string; capacity: number; remaining: number }[];
  }[];
}

export interface ExamFilter {
  type?: ExamType;
  level?: ExamLevel;
  q?: string;
}

/** The printed forms (R-EX-10): 申请表 and 通知单. */
export const PRINTED_FORMS = [
  { file: 'form.pdf', label: '报名申请表' },
  { file: 'notice.pdf', label: '报名成功通知单' },
] as const;

export function printedFormUrl(applicationId: string, file: (typeof PRINTED_FORMS)[number]['file']): string {
  return `/api/applications/${applicationId}/${file}`;
}

export function examsQuery(filter: ExamFilter) {
  const params = new URLSearchParams(
    Object.entries(filter).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  return queryOptions({
    queryKey: ['exams', filter],
    queryFn: () => api<{ items: ExamView[] }>('GET', `/api/exams?${params.toString()}`),
  });
}

export const applicationsQuery = queryOptions({
  queryKey: ['applications'],
  queryFn: () => api<{ items: ApplicationView[] }>('GET', '/api/applications'),
});

export function applicationQuery(id: string) {
  return queryOptions({
    queryKey: ['applications', id],
    queryFn: () => api<ApplicationView>('GET', `/api/applications/${id}`),
  });
}

/** Seats change while the candidate looks: asked again each time step ⑥ opens and after a full site. */
export function examSitesQuery(examId: string) {
  return queryOptions({
    queryKey: ['exams', examId, 'sites'],
    queryFn: () => api<ExamSites>('GET', `/api/exams/${examId}/sites`),
    staleTime: 0,
  });
}

export function useApplications() {
  return useQuery(applicationsQuery);
}

export function useApplication(id: string) {
  return useQuery(applicationQuery(id));
}

/**
 * A change of one application: its answer is the application as the server now holds it, kept for its page; the
 * list and 个人信息 (whose entries a submit locks and a withdrawal unlocks, R-PI-4) are asked again. A failure asks
 * for the application again too, so the page never shows a step the server did not keep.
 */
function useApplicationMutation<TArgs>(call: (args: TArgs) => Promise<ApplicationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (application) => queryClient.setQueryData(applicationQuery(application.id).queryKey, application),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationsQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: profileQuery.queryKey }),
      ]);
    },
  });
}

/** ①选择报考: starts a draft for the exam (R-EX-3). */
export function useCreateApplication() {
  return useApplicationMutation((examId: string) => api<ApplicationView>('POST', '/api/applications', { examId }));
}

/** Saves one step of the wizard as the draft's (R-EX-4). */
export function useSaveStep(applicationId: string) {
  return useApplicationMutation((patch: StepPatch) =>
    api<ApplicationView>('PATCH', `/api/applications/${applicationId}`, patch),
  );
}

export function useSubmitApplication() {
  return useApplicationMutation((id: string) => api<ApplicationView>('POST', `/api/applications/${id}/submit`));
}

/** 放弃报考 (R-EX-9). */
export function useWithdrawApplication() {
  return useApplicationMutation((id: string) => api<ApplicationView>('POST', `/api/applications/${id}/withdraw`));
}
