import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload } from './client';

/** What an import of the centre's list did (R-EX-11): lines read, people added, bad lines, everyone now listed. */
export interface ExemptionReport {
  read: number;
  imported: number;
  bad: { line: number; reason: string }[];
  listed: number;
}

export function exemptionCountQuery(examId: string) {
  return queryOptions({
    queryKey: ['exams', examId, 'skills-exemptions'],
    queryFn: () => api<{ listed: number }>('GET', `/api/exams/${examId}/skills-exemptions`),
  });
}

export function useImportExemptions(examId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) =>
      apiUpload<ExemptionReport>('POST', `/api/exams/${examId}/skills-exemptions/file`, file, 'text/csv'),
    onSuccess: (report) => queryClient.setQueryData(exemptionCountQuery(examId).queryKey, { listed: report.listed }),
  });
}
