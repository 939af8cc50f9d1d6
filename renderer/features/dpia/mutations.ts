import { useMutation } from '@tanstack/react-query';
import type { MethodInput } from '../../../core/api';
import { call } from '../../api/client';
import { fileToBase64 } from '../../api/download';
import { useAfterWrite } from '../../app/after-write';

/**
 * Every DPIA write refreshes the DPIA, the activity (its DPIA field follows the screening),
 * the attention items, the counts and the history.
 */
function useDpiaWrite<I, O>(write: (input: I) => Promise<O>) {
  const afterWrite = useAfterWrite();
  return useMutation({ mutationFn: write, onSuccess: () => afterWrite('dpia', 'activities') });
}

export const useScreen = () =>
  useDpiaWrite((input: MethodInput<'dpia.screen'>) => call('dpia.screen', input));

export const useRecordDpia = () =>
  useDpiaWrite((input: MethodInput<'dpia.record'>) => call('dpia.record', input));

export const useAddDpiaFile = (activityId: number) =>
  useDpiaWrite(async (file: File) =>
    call('attachments.add', {
      ownerType: 'dpia',
      ownerId: activityId,
      role: 'dpia_report',
      name: file.name,
      mimeType: file.type || 'application/octet-stream',
      base64: await fileToBase64(file),
    }),
  );

export const useDeleteDpiaFile = () =>
  useDpiaWrite((id: number) => call('attachments.delete', { id }));
