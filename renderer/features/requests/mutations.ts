import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  DataRequest,
  MethodInput,
  MethodName,
  MethodOutput,
  RequestValues,
} from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { useAfterWrite } from '../../app/after-write';
import { fileToBase64 } from './files';
import { requestKeys } from './queries';

/**
 * Refreshes every request view, the home attention and the history after a change, and the
 * deletion concept (a closed request falls under its client's rule for closed requests).
 */
export function useInvalidateRequests() {
  const afterWrite = useAfterWrite();
  return () => afterWrite('requests', 'retention');
}

/** A write that returns the request: it lands in the cache, then everything refreshes. */
function useRequestWrite<I>(
  write: (input: I) => Promise<DataRequest>,
  after?: (saved: DataRequest) => void,
) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateRequests();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      queryClient.setQueryData(requestKeys.detail(saved.id), saved);
      await invalidate();
      after?.(saved);
    },
  });
}

type StepMethod = Extract<MethodName, `requests.${string}`> &
  {
    [M in MethodName]: MethodOutput<M> extends DataRequest ? M : never;
  }[MethodName];

/** A workflow step on one request, named by its method (requests.transition, requests.review …). */
export const useRequestStep = <M extends StepMethod>(method: M) =>
  useRequestWrite((input: MethodInput<M>) => call(method, input) as Promise<DataRequest>);

/** `after`: what the page does once it is saved (a toast, the next screen). */
export const useUpdateRequest = (id: number, after?: (saved: DataRequest) => void) =>
  useRequestWrite((request: RequestValues) => call('requests.update', { id, request }), after);

export function useCreateRequest(clientId: number, after: (created: DataRequest) => void) {
  const invalidate = useInvalidateRequests();
  return useMutation({
    mutationFn: (request: RequestValues) => call('requests.create', { clientId, request }),
    onSuccess: async (created) => {
      await invalidate();
      after(created);
    },
  });
}

/** Reads an e-mail (.eml) dropped or picked into a new request of the client. */
export function useImportEml(after: (created: DataRequest, clientId: number) => void) {
  const invalidate = useInvalidateRequests();
  return useMutation({
    mutationFn: async ({ clientId, file }: { clientId: number; file: File }) =>
      call('requests.importEml', { clientId, name: file.name, base64: await fileToBase64(file) }),
    onSuccess: async (created, { clientId }) => {
      await invalidate();
      after(created, clientId);
    },
  });
}

export function useDeleteRequest(id: number, after: () => void) {
  const invalidate = useInvalidateRequests();
  return useMutation({
    mutationFn: () => call('requests.delete', { id }),
    onSuccess: async () => {
      await invalidate();
      after();
    },
  });
}

export type RequestFileRole = 'original' | 'copy_of_data' | 'sent_letter';

export function useAddRequestFile(requestId: number, after: () => void) {
  const invalidate = useInvalidateRequests();
  return useMutation({
    mutationFn: async ({ file, role }: { file: File; role: RequestFileRole }) =>
      call('attachments.add', {
        ownerType: 'request',
        ownerId: requestId,
        role,
        name: file.name,
        mimeType: file.type || 'application/octet-stream',
        base64: await fileToBase64(file),
      }),
    onSuccess: async () => {
      await invalidate();
      after();
    },
  });
}

/** Hands a stored file to the save dialog (desktop) or a download; nothing is written. */
export function useOpenRequestFile() {
  return useMutation({
    mutationFn: async (id: number) => {
      const f = await call('attachments.get', { id });
      return saveExportedFile({
        filename: f.name,
        mimeType: f.mimeType,
        base64: f.base64,
        createdAt: f.createdAt,
      });
    },
  });
}

type LetterInput = Omit<MethodInput<'requests.letter'>, 'id'>;

/**
 * Builds a letter as a Word document and hands it to the save dialog (desktop) or a
 * download; `after` learns whether it was saved (the dialog may be cancelled).
 */
export function useGenerateLetter(id: number, after?: (saved: boolean) => void) {
  return useMutation({
    mutationFn: async (letter: LetterInput) =>
      saveExportedFile(await call('requests.letter', { id, ...letter })),
    onSuccess: (saved) => after?.(saved),
  });
}
