import { useQuery } from '@tanstack/react-query';
import type { AuditEntity } from '../../core/api';
import { call } from '../api/client';

/**
 * Query keys for every feature. Keys start with the collection name so one
 * invalidateQueries({ queryKey: ['activities'] }) refreshes every list and detail of it.
 * After activity changes also invalidate ['clients'] and ['attention'] (counts change).
 */
export const queryKeys = {
  clients: () => ['clients'] as const,
  client: (id: number) => ['clients', id] as const,
  deletionImpact: (id: number) => ['clients', id, 'deletionImpact'] as const,
  activities: (clientId: number, filters?: object) =>
    (filters ? ['activities', clientId, filters] : ['activities', clientId]) as readonly unknown[],
  activity: (id: number) => ['activities', 'detail', id] as const,
  templates: (language: string) => ['templates', language] as const,
  templateHints: (key: string, language: string) => ['templates', language, 'hints', key] as const,
  catalogues: (clientId: number, kind?: string) =>
    (kind ? ['catalogues', clientId, kind] : ['catalogues', clientId]) as readonly unknown[],
  audit: (entity: AuditEntity, id: number) => ['audit', entity, id] as const,
  attention: (clientId: number) => ['attention', clientId] as const,
  preferences: () => ['preferences'] as const,
  workspace: () => ['workspace'] as const,
};

export function useClients() {
  return useQuery({
    queryKey: queryKeys.clients(),
    queryFn: () => call('clients.list', {}),
  });
}

export function useClient(id: number | null) {
  return useQuery({
    queryKey: queryKeys.client(id ?? 0),
    queryFn: () => call('clients.get', { id: id! }),
    enabled: id !== null,
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: queryKeys.preferences(),
    queryFn: () => call('preferences.get', {}),
    staleTime: Infinity,
  });
}

export function useWorkspace() {
  return useQuery({
    queryKey: queryKeys.workspace(),
    queryFn: () => call('workspace.info', {}),
  });
}
