import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodOutput, Organisation, OrganisationSummary } from '../../../core/api';
import { call } from '../../api/client';
import { useAfterWrite } from '../../app/after-write';
import { queryKeys } from '../../app/queries';
import { navigate } from '../../app/router';
import type { OrganisationValues } from './ClientForm';

/** A write that returns the client: it lands in the cache, then everything refreshes. */
function useClientWrite<I>(
  write: (input: I) => Promise<Organisation>,
  after: (saved: Organisation) => void,
) {
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.organisation(saved.id), saved);
      await afterWrite('organisations');
      after(saved);
    },
  });
}

/** `after`: what the page does once it is saved (a toast, the client's pages). */
export const useCreateClient = (after: (created: Organisation) => void) =>
  useClientWrite((values: OrganisationValues) => call('organisations.create', values), after);

export const useUpdateClient = (id: number, after: (saved: Organisation) => void) =>
  useClientWrite(
    (values: OrganisationValues) => call('organisations.update', { ...values, id }),
    after,
  );

/** What deleting the client would remove, for its confirmation; nothing is written. */
export function useClientDeletionImpact(
  id: number,
  found: (impact: MethodOutput<'organisations.deletionImpact'>) => void,
) {
  return useMutation({
    mutationFn: () => call('organisations.deletionImpact', { id }),
    onSuccess: found,
  });
}

/**
 * Deletes the client with everything it holds. `gone` is called once the API has deleted it
 * (the dialog closes), `done` after the app has left its pages and the lists are refreshed.
 */
export function useDeleteClient(
  id: number,
  on: { gone(): void; done(deleted: MethodOutput<'organisations.delete'>): void },
) {
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: () => call('organisations.delete', { id }),
    onSuccess: async (deleted) => {
      on.gone();
      const list = queryClient.getQueryData<OrganisationSummary[]>(queryKeys.organisations());
      const next = list?.find((o) => o.id !== id);
      // Drop the client from the cached list first: the start page redirects to the first
      // client in it, and must not land on the one just deleted.
      queryClient.setQueryData<OrganisationSummary[]>(queryKeys.organisations(), (cached) =>
        cached?.filter((o) => o.id !== id),
      );
      // Leave the deleted client's pages first, so nothing refetches a record that is gone.
      navigate(next ? `/org/${next.id}` : '/', { replace: true });
      queryClient.removeQueries({ queryKey: queryKeys.organisation(id) });
      queryClient.removeQueries({ queryKey: ['activities', id] });
      queryClient.removeQueries({ queryKey: queryKeys.catalogues(id) });
      queryClient.removeQueries({ queryKey: queryKeys.attention(id) });
      queryClient.removeQueries({ queryKey: queryKeys.audit('organisation', id) });
      await afterWrite('organisations');
      on.done(deleted);
    },
  });
}
