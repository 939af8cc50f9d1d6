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

export function useCreateActivity(clientId: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: (activity: ActivityValues) => call('activities.create', { clientId, activity }),
    onSuccess: async (created) => {
      queryClient.setQueryData(queryKeys.activity(created.id), created);
      await invalidate(clientId);
    },
  });
}

export function useUpdateActivity(clientId: number, id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: (activity: ActivityValues) => call('activities.update', { id, activity }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.activity(saved.id), saved);
      await invalidate(clientId);
    },
  });
}

/** duplicate, archive and delete share their shape: one id in, the list refreshed after. */
export function useActivityAction<A extends 'duplicate' | 'archive' | 'delete'>(
  clientId: number,
  action: A,
) {
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    // All three take { id }; TypeScript cannot see that through the generic method name.
    mutationFn: (id: number) =>
      call(`activities.${action}` as `activities.${A}`, { id } as MethodInput<`activities.${A}`>),
    onSuccess: () => invalidate(clientId),
  });
}

export function useFromTemplate(clientId: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: ({ key, language }: { key: string; language: Language }) =>
      call('activities.fromTemplate', { clientId, key, language }),
    onSuccess: async (created) => {
      queryClient.setQueryData(queryKeys.activity(created.id), created);
      await invalidate(clientId);
    },
  });
}

/** Confirms template content as true for the client (the list, home and badges follow). */
export function useConfirmTemplate(clientId: number, id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: (fields: TemplateField[]) => call('activities.confirmTemplate', { id, fields }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.activity(saved.id), saved);
      await invalidate(clientId);
    },
  });
}

/** Builds the register document and hands it to the save dialog (desktop) or a download. */
export function useExportRegister(clientId: number) {
  return useMutation({
    mutationFn: async ({ format, language }: { format: ExportFormat; language: Language }) => {
      const file = await call('activities.exportRegister', { clientId, format, language });
      const saved = await saveExportedFile(file);
      return { saved, filename: file.filename };
    },
  });
}

/** Reads an existing register for the preview; writes nothing, so nothing is invalidated. */
export const usePreviewRegisterImport = () =>
  useMutation({
    mutationFn: (input: MethodInput<'activities.previewImport'>) =>
      call('activities.previewImport', input),
  });

export function useImportRegister(clientId: number) {
  const invalidate = useInvalidateAfterActivityChange();
  return useMutation({
    mutationFn: (input: MethodInput<'activities.importRegister'>) =>
      call('activities.importRegister', input),
    onSuccess: () => invalidate(clientId),
  });
}

export const useSaveImportMapping = () =>
  useMutation({
    mutationFn: (input: MethodInput<'activities.saveImportMapping'>) =>
      call('activities.saveImportMapping', input),
  });
