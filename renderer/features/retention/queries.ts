import { useQuery } from '@tanstack/react-query';
import type { Language, MethodInput } from '../../../core/api';
import { call } from '../../api/client';

/** Keys of this feature; all start with 'retention' so one invalidation refreshes them. */
export const retentionKeys = {
  all: ['retention'] as const,
  rules: (clientId: number) => ['retention', 'rules', clientId] as const,
  rule: (id: number) => ['retention', 'rule', id] as const,
  catalogue: (language: Language) => ['retention', 'catalogue', language] as const,
  runs: (clientId: number) => ['retention', 'runs', clientId] as const,
  plan: (input: MethodInput<'retention.plan'>) => ['retention', 'plan', input] as const,
  classes: (clientId: number) => ['retention', 'classes', clientId] as const,
  forActivity: (activityId: number) => ['retention', 'activity', activityId] as const,
};

export function useRules(clientId: number) {
  return useQuery({
    queryKey: retentionKeys.rules(clientId),
    queryFn: () => call('retention.list', { clientId }),
  });
}

/** One rule; nothing is asked for a new rule (id null). */
export function useRule(id: number | null) {
  return useQuery({
    queryKey: retentionKeys.rule(id ?? 0),
    queryFn: () => call('retention.get', { id: id! }),
    enabled: id !== null,
  });
}

export function useRetentionCatalogue(language: Language) {
  return useQuery({
    queryKey: retentionKeys.catalogue(language),
    queryFn: () => call('retention.catalogue', { language }),
    staleTime: Infinity,
  });
}

export function useRuns(clientId: number) {
  return useQuery({
    queryKey: retentionKeys.runs(clientId),
    queryFn: () => call('retention.runs', { clientId }),
  });
}

export function usePlan(input: MethodInput<'retention.plan'>) {
  return useQuery({
    queryKey: retentionKeys.plan(input),
    queryFn: () => call('retention.plan', input),
    placeholderData: (previous) => previous,
  });
}

export function useClasses(clientId: number) {
  return useQuery({
    queryKey: retentionKeys.classes(clientId),
    queryFn: () => call('retention.classes', { clientId }),
  });
}

export function useActivityRules(activityId: number) {
  return useQuery({
    queryKey: retentionKeys.forActivity(activityId),
    queryFn: () => call('retention.forActivity', { activityId }),
  });
}

/** For the side nav badge: how many of the client's rules have an overdue run. */
export function useOverdueRuleCount(clientId: number): number {
  return useRules(clientId).data?.filter((r) => r.overdue).length ?? 0;
}
