import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queries';

/**
 * A catalogue entry is shared by every activity naming it: renaming or re-marking it changes
 * those activities (their text, exports, even completeness when a recipient becomes a
 * third-country one), so their queries are refreshed too.
 */
function useInvalidateAfterCatalogueChange(orgId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.catalogues(orgId) }),
      queryClient.invalidateQueries({ queryKey: ['activities'] }),
      queryClient.invalidateQueries({ queryKey: queryKeys.organisations() }),
      queryClient.invalidateQueries({ queryKey: ['attention'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useUpdateCatalogueEntry(orgId: number) {
  const invalidate = useInvalidateAfterCatalogueChange(orgId);
  return useMutation({
    mutationFn: (input: MethodInput<'catalogues.update'>) => call('catalogues.update', input),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteCatalogueEntry(orgId: number) {
  const invalidate = useInvalidateAfterCatalogueChange(orgId);
  return useMutation({
    mutationFn: (id: number) => call('catalogues.delete', { id }),
    onSuccess: () => invalidate(),
  });
}
