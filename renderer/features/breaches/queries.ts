import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../core/api';
import { call } from '../../api/client';

/** Keys of this feature; every key starts with 'breaches' so one invalidation refreshes all. */
export const breachKeys = {
  all: ['breaches'] as const,
  list: (filters: { clientId?: number; state?: string }) => ['breaches', 'list', filters] as const,
  counts: (clientId?: number) => ['breaches', 'counts', clientId ?? 'all'] as const,
  detail: (id: number) => ['breaches', 'detail', id] as const,
  files: (id: number) => ['breaches', 'files', id] as const,
  starters: (language: Language) => ['breaches', 'starters', language] as const,
};

export function useBreachList(filters: { clientId?: number; state?: 'open' | 'closed' | 'all' }) {
  return useQuery({
    queryKey: breachKeys.list(filters),
    queryFn: () => call('breaches.list', filters),
  });
}

/** Breaches whose clock runs, of a client or of every client: the nav badge, the home. */
export function useBreachCounts(clientId?: number) {
  return useQuery({
    queryKey: breachKeys.counts(clientId),
    queryFn: () => call('breaches.counts', clientId === undefined ? {} : { clientId }),
    // The hours left change with time, not only with writes.
    refetchInterval: 60_000,
  });
}

export function useBreach(id: number) {
  return useQuery({
    queryKey: breachKeys.detail(id),
    queryFn: () => call('breaches.get', { id }),
    refetchInterval: 60_000,
  });
}

export function useBreachFiles(id: number) {
  return useQuery({
    queryKey: breachKeys.files(id),
    queryFn: () => call('attachments.list', { ownerType: 'breach', ownerId: id }),
  });
}

export function useStarters(language: Language) {
  return useQuery({
    queryKey: breachKeys.starters(language),
    queryFn: () => call('breaches.starters', { language }),
    staleTime: Infinity,
  });
}
