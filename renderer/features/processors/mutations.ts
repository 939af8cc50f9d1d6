import { useMutation } from '@tanstack/react-query';
import type { Agreement, AvvDraftOptions, ProcessorValues } from '../../../core/api';
import { call } from '../../api/client';
import { useAfterWrite } from '../../app/after-write';
import { fileToBase64 } from './format';

/**
 * Every change here can change warnings on the home screen and counts in the side nav, and
 * the activities' third-country transfers and completeness (and so the client list).
 */
export function useInvalidateProcessors() {
  const afterWrite = useAfterWrite();
  return () => afterWrite('processors', 'activities');
}

/** One API call that refreshes the feature's queries afterwards; the page adds its toast. */
function useProcessorWrite<I, O>(write: (input: I) => Promise<O>) {
  const invalidate = useInvalidateProcessors();
  return useMutation({ mutationFn: write, onSuccess: () => invalidate() });
}

export const useCreateProcessor = (clientId: number) =>
  useProcessorWrite((processor: ProcessorValues) =>
    call('processors.create', { clientId, processor }),
  );

export const useUpdateProcessor = (id: number) =>
  useProcessorWrite((processor: ProcessorValues) => call('processors.update', { id, processor }));

export const useDeleteProcessor = (id: number) =>
  useProcessorWrite(() => call('processors.delete', { id }));

export const useSetAgreement = (id: number) =>
  useProcessorWrite((agreement: Agreement) => call('processors.setAgreement', { id, agreement }));

/** The AVV draft (.docx), stored among the processor's files; the page hands it on. */
export const useGenerateDraft = (id: number) =>
  useProcessorWrite(({ options, markSent }: { options: AvvDraftOptions; markSent: boolean }) =>
    call('processors.draft', { id, options, markSent }),
  );

export const useSaveTrackerSettings = (clientId: number) =>
  useProcessorWrite((requestOverdueDays: number) =>
    call('processors.setSettings', { clientId, requestOverdueDays }),
  );

export const useLinkProcessor = (activityId: number) =>
  useProcessorWrite((processorId: number) =>
    call('processors.linkActivity', { processorId, activityId }),
  );

export const useUnlinkProcessor = (activityId: number) =>
  useProcessorWrite((processorId: number) =>
    call('processors.unlinkActivity', { processorId, activityId }),
  );

export type ProcessorFileRole = 'signed_avv' | 'toms' | 'other';

export const useAddProcessorFile = (processorId: number) =>
  useProcessorWrite(async ({ file, role }: { file: File; role: ProcessorFileRole }) =>
    call('attachments.add', {
      ownerType: 'processor',
      ownerId: processorId,
      role,
      name: file.name,
      mimeType: file.type || 'application/octet-stream',
      base64: await fileToBase64(file),
    }),
  );

export const useDeleteProcessorFile = () =>
  useProcessorWrite((id: number) => call('attachments.delete', { id }));

export const useAddTemplate = () =>
  useProcessorWrite(async ({ name, file }: { name: string; file: File }) =>
    call('avvTemplates.add', { name, filename: file.name, base64: await fileToBase64(file) }),
  );

export const useDeleteTemplate = () =>
  useProcessorWrite((id: number) => call('avvTemplates.delete', { id }));
