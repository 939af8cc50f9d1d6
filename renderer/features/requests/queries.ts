import { useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../core/api';
import { call } from '../../api/client';

/** Keys of this feature; every key starts with 'requests' so one invalidation refreshes all. */
export const requestKeys = {
  all: ['requests'] as const,
  list: (filters: object) => ['requests', 'list', filters] as const,
  counts: (clientId?: number) => ['requests', 'counts', clientId ?? 'all'] as const,
  detail: (id: number) => ['requests', 'detail', id] as const,
  proposal: (id: number) => ['requests', 'proposal', id] as const,
  files: (id: number) => ['requests', 'files', id] as const,
  forActivity: (activityId: number) => ['requests', 'forActivity', activityId] as const,
};

export type ListFilters = MethodInput<'requests.list'>;

export function useRequestList(filters: ListFilters) {
  return useQuery({
    queryKey: requestKeys.list(filters),
    queryFn: () => call('requests.list', filters),
  });
}

/** Open, overdue and due-soon counts: the navigation badge and the home section. */
export function useRequestCounts(clientId?: number) {
  return useQuery({
    queryKey: requestKeys.counts(clientId),
    queryFn: () => call('requests.counts', clientId === undefined ? {} : { clientId }),
  });
}

export function useRequest(id: number) {
  return useQuery({
    queryKey: requestKeys.detail(id),
    queryFn: () => call('requests.get', { id }),
  });
}

export function useProposal(id: number) {
  return useQuery({
    queryKey: requestKeys.proposal(id),
    queryFn: () => call('requests.proposal', { id }),
  });
}

export function useRequestFiles(id: number) {
  return useQuery({
    queryKey: requestKeys.files(id),
    queryFn: () => call('attachments.list', { ownerType: 'request', ownerId: id }),
  });
}
