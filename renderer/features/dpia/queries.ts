import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../core/api';
import { call } from '../../api/client';

/** Query keys of the DPIA: all under 'dpia', so one write refreshes every part. */
export const dpiaKeys = {
  assessment: (activityId: number) => ['dpia', activityId] as const,
  files: (activityId: number) => ['dpia', activityId, 'files'] as const,
  dskList: (language: Language) => ['dpia', 'dskList', language] as const,
};

export function useDpia(activityId: number) {
  return useQuery({
    queryKey: dpiaKeys.assessment(activityId),
    queryFn: () => call('dpia.get', { activityId }),
  });
}

export function useDskList(language: Language) {
  return useQuery({
    queryKey: dpiaKeys.dskList(language),
    queryFn: () => call('dpia.dskList', { language }),
    staleTime: Infinity,
  });
}

export function useDpiaFiles(activityId: number, enabled: boolean) {
  return useQuery({
    queryKey: dpiaKeys.files(activityId),
    queryFn: () => call('attachments.list', { ownerType: 'dpia', ownerId: activityId }),
    enabled,
  });
}
