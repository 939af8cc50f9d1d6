import { useQuery } from '@tanstack/react-query';
import type { AuditEntity } from '../../core/api';
import { call } from '../api/client';

/**
 * Query keys for every feature. Keys start with the collection name so one
 * invalidateQueries({ queryKey: ['activities'] }) refreshes every list and detail of it.
 * After activity changes also invalidate ['organisations'] and ['attention'] (counts change).
 */
export const queryKeys = {
  organisations: () => ['organisations'] as const,
  organisation: (id: number) => ['organisations', id] as const,
  deletionImpact: (id: number) => ['organisations', id, 'deletionImpact'] as const,
  activities: (orgId: number, filters?: object) =>
    (filters ? ['activities', orgId, filters] : ['activities', orgId]) as readonly unknown[],
  activity: (id: number) => ['activities', 'detail', id] as const,
  templates: (language: string) => ['templates', language] as const,
  templateHints: (key: string, language: string) => ['templates', language, 'hints', key] as const,
  catalogues: (orgId: number, kind?: string) =>
    (kind ? ['catalogues', orgId, kind] : ['catalogues', orgId]) as readonly unknown[],
  audit: (entity: AuditEntity, id: number) => ['audit', entity, id] as const,
  attention: (orgId: number) => ['attention', orgId] as const,
  preferences: () => ['preferences'] as const,
  workspace: () => ['workspace'] as const,
};

export function useOrganisations() {
  return useQuery({
    queryKey: queryKeys.organisations(),
    queryFn: () => call('organisations.list', {}),
  });
}

export function useOrganisation(id: number | null) {
  return useQuery({
    queryKey: queryKeys.organisation(id ?? 0),
    queryFn: () => call('organisations.get', { id: id! }),
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
