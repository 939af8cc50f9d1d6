import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AttachmentMeta,
  Breach,
  BreachDocument,
  BreachValues,
  Language,
  MethodInput,
} from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { breachKeys } from './queries';
import { useAfterWrite } from '../../app/after-write';

/** The one refresh after any write to a breach: the log, the home and the history. */
export function useInvalidateBreaches() {
  const afterWrite = useAfterWrite();
  return () => afterWrite('breaches');
}

/** A write that returns the breach: it lands in the cache, then everything refreshes. */
function useBreachWrite<I>(write: (input: I) => Promise<Breach>, after?: (saved: Breach) => void) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateBreaches();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      queryClient.setQueryData(breachKeys.detail(saved.id), saved);
      await invalidate();
      after?.(saved);
    },
  });
}

/** `after`: what the page does once it is saved (a toast, the next screen). */
export const useCreateBreach = (clientId: number, after?: (saved: Breach) => void) =>
  useBreachWrite((breach: BreachValues) => call('breaches.create', { clientId, breach }), after);

export const useUpdateBreach = (id: number, after?: (saved: Breach) => void) =>
  useBreachWrite((breach: BreachValues) => call('breaches.update', { id, breach }), after);

export const useAssessBreach = (id: number) =>
  useBreachWrite((assessment: MethodInput<'breaches.assess'>['assessment']) =>
    call('breaches.assess', { id, assessment }),
  );

export const useNotifyAuthority = (id: number) =>
  useBreachWrite((notice: MethodInput<'breaches.notify'>['notice']) =>
    call('breaches.notify', { id, notice }),
  );

export const useInformSubjects = (id: number) =>
  useBreachWrite((inform: MethodInput<'breaches.informSubjects'>['inform']) =>
    call('breaches.informSubjects', { id, inform }),
  );

export const useCloseBreach = (id: number) =>
  useBreachWrite((note: string) => call('breaches.close', { id, note }));

export const useReopenBreach = (id: number) =>
  useBreachWrite(() => call('breaches.reopen', { id }));

/** Files of a breach go through the attachments room; the breach's views refresh after. */
export function useBreachFileWrite<I>(write: (input: I) => Promise<AttachmentMeta | { ok: true }>) {
  const invalidate = useInvalidateBreaches();
  return useMutation({ mutationFn: write, onSuccess: () => invalidate() });
}

/** Builds a document and hands it to the save dialog (desktop) or a download. */
export function useBreachDocument(id: number) {
  return useMutation({
    mutationFn: async ({
      document,
      language,
    }: {
      document: BreachDocument;
      language: Language;
    }) => {
      const file = await call('breaches.document', { id, document, language });
      return { saved: await saveExportedFile(file), filename: file.filename };
    },
  });
}

export function useExportBreachRegister(clientId?: number) {
  return useMutation({
    mutationFn: async (language: Language) => {
      const file = await call(
        'breaches.exportRegister',
        clientId === undefined ? { language } : { clientId, language },
      );
      return { saved: await saveExportedFile(file), filename: file.filename };
    },
  });
}
