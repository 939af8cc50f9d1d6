import { useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../core/api';
import { call } from '../../api/client';

/** Keys of this feature; every key starts with 'requests' so one invalidation refreshes all. */
export const dsarKeys = {
  all: ['requests'] as const,
  list: (filters: object) => ['requests', 'list', filters] as const,
  counts: (orgId?: number) => ['requests', 'counts', orgId ?? 'all'] as const,
  detail: (id: number) => ['requests', 'detail', id] as const,
  proposal: (id: number) => ['requests', 'proposal', id] as const,
  files: (id: number) => ['requests', 'files', id] as const,
  forActivity: (activityId: number) => ['requests', 'forActivity', activityId] as const,
};

export type ListFilters = MethodInput<'dsar.list'>;

export function useRequestList(filters: ListFilters) {
  return useQuery({
    queryKey: dsarKeys.list(filters),
    queryFn: () => call('dsar.list', filters),
  });
}

/** Open, overdue and due-soon counts: the navigation badge and the home section. */
export function useRequestCounts(orgId?: number) {
  return useQuery({
    queryKey: dsarKeys.counts(orgId),
    queryFn: () => call('dsar.counts', orgId === undefined ? {} : { orgId }),
  });
}

export function useRequest(id: number) {
  return useQuery({ queryKey: dsarKeys.detail(id), queryFn: () => call('dsar.get', { id }) });
}

export function useProposal(id: number) {
  return useQuery({
    queryKey: dsarKeys.proposal(id),
    queryFn: () => call('dsar.proposal', { id }),
  });
}

export function useRequestFiles(id: number) {
  return useQuery({
    queryKey: dsarKeys.files(id),
    queryFn: () => call('attachments.list', { ownerType: 'request', ownerId: id }),
  });
}
