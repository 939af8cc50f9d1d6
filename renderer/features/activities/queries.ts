import { useQuery } from '@tanstack/react-query';
import type { Language, MethodInput } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queries';
import { useAfterWrite } from '../../app/after-write';

/** The list filters the user can change; clientId comes from the route. */
export type ActivityListFilters = Required<Omit<MethodInput<'activities.list'>, 'clientId'>>;

export function useActivityList(clientId: number, filters: ActivityListFilters) {
  return useQuery({
    queryKey: queryKeys.activities(clientId, filters),
    queryFn: () => call('activities.list', { clientId, ...filters }),
    // Keeps the table on screen while a new search runs instead of flashing "loading".
    placeholderData: (previous) => previous,
  });
}

/** Every activity of a client, archived included; the same key the home overview uses. */
export function useAllActivities(clientId: number) {
  const filters = { status: 'all' } as const;
  return useQuery({
    queryKey: queryKeys.activities(clientId, filters),
    queryFn: () => call('activities.list', { clientId, ...filters }),
  });
}

export function useActivity(id: number | null) {
  return useQuery({
    queryKey: queryKeys.activity(id ?? 0),
    queryFn: () => call('activities.get', { id: id! }),
    enabled: id !== null,
  });
}

export function useTemplates(language: Language, enabled = true) {
  return useQuery({
    queryKey: queryKeys.templates(language),
    queryFn: () => call('activityTemplates.list', { language }),
    staleTime: Infinity,
    enabled,
  });
}

/** A starter template's hints for the user, in the UI language; none without a template. */
export function useTemplateHints(key: string | null, language: Language) {
  return useQuery({
    queryKey: queryKeys.templateHints(key ?? '', language),
    queryFn: () => call('activityTemplates.hints', { key: key!, language }),
    staleTime: Infinity,
    enabled: key !== null,
  });
}

/**
 * After any activity write: lists, details, the client's counts (home screen and nav badge),
 * what needs attention, catalogue usage counts and the history all may have changed.
 */
export function useInvalidateAfterActivityChange() {
  const afterWrite = useAfterWrite();
  return (_clientId: number) => afterWrite('activities', 'catalogues');
}
