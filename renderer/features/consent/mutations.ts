import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ConsentEventValues,
  ConsentPerson,
  ConsentPersonValues,
  ConsentText,
  ConsentTextValues,
  Language,
  MethodInput,
} from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { consentKeys } from './queries';

/** The one refresh after any consent write: the records, the requests that show them, the history. */
export function useInvalidateConsent() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: consentKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['requests'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

function useConsentWrite<I, O>(
  write: (input: I) => Promise<O>,
  cache?: (saved: O) => readonly unknown[],
) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateConsent();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      if (cache) queryClient.setQueryData(cache(saved), saved);
      await invalidate();
    },
  });
}

const textKey = (t: ConsentText) => consentKeys.text(t.id);
const personKey = (p: ConsentPerson) => consentKeys.person(p.id);

export const useCreateText = (clientId: number, replacesId: number | null) =>
  useConsentWrite(
    (text: ConsentTextValues) => call('consent.createText', { clientId, text, replacesId }),
    textKey,
  );

export const useUpdateText = (id: number) =>
  useConsentWrite((text: ConsentTextValues) => call('consent.updateText', { id, text }), textKey);

export const useDeleteText = () =>
  useConsentWrite((id: number) => call('consent.deleteText', { id }));

export const useCreatePerson = (clientId: number) =>
  useConsentWrite(
    (person: ConsentPersonValues) => call('consent.createPerson', { clientId, person }),
    personKey,
  );

export const useUpdatePerson = (id: number) =>
  useConsentWrite(
    (person: ConsentPersonValues) => call('consent.updatePerson', { id, person }),
    personKey,
  );

export const useDeletePerson = () =>
  useConsentWrite((id: number) => call('consent.deletePerson', { id }));

export const useRecordEvent = (personId: number) =>
  useConsentWrite(
    (event: ConsentEventValues) => call('consent.recordEvent', { personId, event }),
    personKey,
  );

export const useImportFile = () =>
  useConsentWrite((input: MethodInput<'consent.importFile'>) => call('consent.importFile', input));

export const useRecordFromRequest = (requestId: number) =>
  useConsentWrite(
    () => call('consent.recordFromRequest', { id: requestId }),
    () => consentKeys.forRequest(requestId),
  );

/** Reads a file the user picked; nothing is written. */
export const usePreviewImport = () =>
  useMutation({
    mutationFn: (input: MethodInput<'consent.previewImport'>) =>
      call('consent.previewImport', input),
  });

/** The suppression list, to the save dialog (desktop) or as a download. */
export function useExportSuppression(clientId: number) {
  return useMutation({
    mutationFn: async (language: Language) => {
      const file = await call('consent.exportSuppression', { clientId, language });
      return { saved: await saveExportedFile(file), filename: file.filename };
    },
  });
}
