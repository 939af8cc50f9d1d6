import { useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../core/api';
import { call } from '../../api/client';

/** Keys of this feature; all start with 'processors' so one invalidation refreshes them. */
export const processorKeys = {
  all: ['processors'] as const,
  list: (clientId: number, filters?: object) =>
    ['processors', 'list', clientId, filters ?? {}] as const,
  detail: (id: number) => ['processors', 'detail', id] as const,
  forActivity: (activityId: number) => ['processors', 'activity', activityId] as const,
  settings: (clientId: number) => ['processors', 'settings', clientId] as const,
  templates: () => ['processors', 'templates'] as const,
  attachments: (id: number) => ['processors', 'attachments', id] as const,
};

export type ProcessorFilters = Omit<MethodInput<'processors.list'>, 'clientId'>;

export function useProcessorList(clientId: number, filters: ProcessorFilters = {}) {
  return useQuery({
    queryKey: processorKeys.list(clientId, filters),
    queryFn: () => call('processors.list', { clientId, ...filters }),
  });
}

export function useProcessor(id: number) {
  return useQuery({
    queryKey: processorKeys.detail(id),
    queryFn: () => call('processors.get', { id }),
  });
}

export function useActivityProcessors(activityId: number) {
  return useQuery({
    queryKey: processorKeys.forActivity(activityId),
    queryFn: () => call('processors.forActivity', { activityId }),
  });
}

export function useTemplates() {
  return useQuery({
    queryKey: processorKeys.templates(),
    queryFn: () => call('avvTemplates.list', {}),
  });
}

export function useProcessorAttachments(id: number) {
  return useQuery({
    queryKey: processorKeys.attachments(id),
    queryFn: () => call('attachments.list', { ownerType: 'processor', ownerId: id }),
  });
}
