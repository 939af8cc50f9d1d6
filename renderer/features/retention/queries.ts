import { useQuery } from '@tanstack/react-query';
import type { Language, MethodInput } from '../../../core/api';
import { call } from '../../api/client';

/** Keys of this feature; all start with 'retention' so one invalidation refreshes them. */
export const retentionKeys = {
  all: ['retention'] as const,
  rules: (orgId: number) => ['retention', 'rules', orgId] as const,
  rule: (id: number) => ['retention', 'rule', id] as const,
  catalogue: (language: Language) => ['retention', 'catalogue', language] as const,
  runs: (orgId: number) => ['retention', 'runs', orgId] as const,
  plan: (input: MethodInput<'retention.plan'>) => ['retention', 'plan', input] as const,
  classes: (orgId: number) => ['retention', 'classes', orgId] as const,
  forActivity: (activityId: number) => ['retention', 'activity', activityId] as const,
};

export function useRules(orgId: number) {
  return useQuery({
    queryKey: retentionKeys.rules(orgId),
    queryFn: () => call('retention.list', { orgId }),
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

export function useRuns(orgId: number) {
  return useQuery({
    queryKey: retentionKeys.runs(orgId),
    queryFn: () => call('retention.runs', { orgId }),
  });
}

export function usePlan(input: MethodInput<'retention.plan'>) {
  return useQuery({
    queryKey: retentionKeys.plan(input),
    queryFn: () => call('retention.plan', input),
    placeholderData: (previous) => previous,
  });
}

export function useClasses(orgId: number) {
  return useQuery({
    queryKey: retentionKeys.classes(orgId),
    queryFn: () => call('retention.classes', { orgId }),
  });
}

export function useActivityRules(activityId: number) {
  return useQuery({
    queryKey: retentionKeys.forActivity(activityId),
    queryFn: () => call('retention.forActivity', { activityId }),
  });
}

/** For the side nav badge: how many of the client's rules have an overdue run. */
export function useOverdueRuleCount(orgId: number): number {
  return useRules(orgId).data?.filter((r) => r.overdue).length ?? 0;
}
