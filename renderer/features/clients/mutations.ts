import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodOutput, Client, ClientSummary } from '../../../core/api';
import { call } from '../../api/client';
import { saveExportedFile } from '../../api/download';
import { useAfterWrite } from '../../app/after-write';
import { queryKeys } from '../../app/queries';
import { navigate } from '../../app/router';
import type { ClientValues } from './ClientForm';

/** A write that returns the client: it lands in the cache, then everything refreshes. */
function useClientWrite<I>(write: (input: I) => Promise<Client>, after: (saved: Client) => void) {
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.client(saved.id), saved);
      await afterWrite('clients');
      after(saved);
    },
  });
}

/** `after`: what the page does once it is saved (a toast, the client's pages). */
export const useCreateClient = (after: (created: Client) => void) =>
  useClientWrite((values: ClientValues) => call('clients.create', values), after);

export const useUpdateClient = (id: number, after: (saved: Client) => void) =>
  useClientWrite((values: ClientValues) => call('clients.update', { ...values, id }), after);

/** What deleting the client would remove, for its confirmation; nothing is written. */
export function useClientDeletionImpact(
  id: number,
  found: (impact: MethodOutput<'clients.deletionImpact'>) => void,
) {
  return useMutation({
    mutationFn: () => call('clients.deletionImpact', { id }),
    onSuccess: found,
  });
}

/**
 * Deletes the client with everything it holds. `gone` is called once the API has deleted it
 * (the dialog closes), `done` after the app has left its pages and the lists are refreshed.
 */
export function useDeleteClient(
  id: number,
  on: { gone(): void; done(deleted: MethodOutput<'clients.delete'>): void },
) {
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: () => call('clients.delete', { id }),
    onSuccess: async (deleted) => {
      on.gone();
      const list = queryClient.getQueryData<ClientSummary[]>(queryKeys.clients());
      const next = list?.find((o) => o.id !== id);
      // Drop the client from the cached list first: the start page redirects to the first
      // client in it, and must not land on the one just deleted.
      queryClient.setQueryData<ClientSummary[]>(queryKeys.clients(), (cached) =>
        cached?.filter((o) => o.id !== id),
      );
      // Leave the deleted client's pages first, so nothing refetches a record that is gone.
      navigate(next ? `/client/${next.id}` : '/', { replace: true });
      queryClient.removeQueries({ queryKey: queryKeys.client(id) });
      queryClient.removeQueries({ queryKey: ['activities', id] });
      queryClient.removeQueries({ queryKey: queryKeys.catalogues(id) });
      queryClient.removeQueries({ queryKey: queryKeys.attention(id) });
      queryClient.removeQueries({ queryKey: queryKeys.audit('client', id) });
      await afterWrite('clients');
      on.done(deleted);
    },
  });
}

/** The hand-over file of a client, saved where the user says (desktop) or downloaded. */
export const useExportHandover = (id: number, saved: () => void) =>
  useMutation({
    mutationFn: async (passphrase: string) =>
      saveExportedFile(await call('clients.exportFile', { id, passphrase })),
    onSuccess: (done) => {
      if (done) saved();
    },
  });

export interface HandoverChoice {
  base64: string;
  passphrase: string;
}

/** What a chosen hand-over file would add; nothing is written. */
export const usePreviewHandover = () =>
  useMutation({
    mutationFn: (file: HandoverChoice) => call('clients.previewImport', file),
  });

/** Imports the file as a new client, then opens the client's pages. */
export const useImportHandover = (after: (created: Client) => void) =>
  useClientWrite(
    (input: HandoverChoice & { name: string }) => call('clients.importFile', input),
    after,
  );

/** What merging the file into the client it came from would change; nothing is written. */
export const usePreviewMerge = () =>
  useMutation({
    mutationFn: (input: HandoverChoice & { clientId: number }) =>
      call('clients.previewMerge', input),
  });

/** Merges the file into its client with the choices made for the conflicts. */
export function useMergeHandover(after: (merged: MethodOutput<'clients.mergeFile'>) => void) {
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: (input: MethodInput<'clients.mergeFile'>) => call('clients.mergeFile', input),
    onSuccess: async (merged) => {
      queryClient.setQueryData(queryKeys.client(merged.client.id), merged.client);
      // Every kind of record may have changed: the client's pages read everything anew.
      await afterWrite(
        'clients',
        'activities',
        'catalogues',
        'processors',
        'requests',
        'retention',
        'breaches',
      );
      after(merged);
    },
  });
}
