import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ActivityValues,
  ExportFormat,
  Language,
  MethodInput,
  TemplateField,
} from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { queryKeys } from '../../app/queries';
import { useInvalidateAfterActivityChange } from './queries';

export function useCreateActivity(orgId: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: (activity: ActivityValues) => call('activities.create', { orgId, activity }),
    onSuccess: async (created) => {
      queryClient.setQueryData(queryKeys.activity(created.id), created);
      await invalidate(orgId);
    },
  });
}

export function useUpdateActivity(orgId: number, id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: (activity: ActivityValues) => call('activities.update', { id, activity }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.activity(saved.id), saved);
      await invalidate(orgId);
    },
  });
}

/** duplicate, archive and delete share their shape: one id in, the list refreshed after. */
export function useActivityAction<A extends 'duplicate' | 'archive' | 'delete'>(
  orgId: number,
  action: A,
) {
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    // All three take { id }; TypeScript cannot see that through the generic method name.
    mutationFn: (id: number) =>
      call(`activities.${action}` as `activities.${A}`, { id } as MethodInput<`activities.${A}`>),
    onSuccess: () => invalidate(orgId),
  });
}

export function useFromTemplate(orgId: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: ({ key, language }: { key: string; language: Language }) =>
      call('activities.fromTemplate', { orgId, key, language }),
    onSuccess: async (created) => {
      queryClient.setQueryData(queryKeys.activity(created.id), created);
      await invalidate(orgId);
    },
  });
}

/** Confirms template content as true for the client (the list, home and badges follow). */
export function useConfirmTemplate(orgId: number, id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: (fields: TemplateField[]) => call('activities.confirmTemplate', { id, fields }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.activity(saved.id), saved);
      await invalidate(orgId);
    },
  });
}

/** Builds the register document and hands it to the save dialog (desktop) or a download. */
export function useExportRegister(orgId: number) {
  return useMutation({
    mutationFn: async ({ format, language }: { format: ExportFormat; language: Language }) => {
      const file = await call('exports.register', { orgId, format, language });
      const saved = await saveExportedFile(file);
      return { saved, filename: file.filename };
    },
  });
}
