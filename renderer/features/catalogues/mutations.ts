import { useMutation } from '@tanstack/react-query';
import type { MethodInput } from '../../../core/api';
import { call } from '../../api/client';
import { useAfterWrite } from '../../app/after-write';

/**
 * A catalogue entry is shared by every activity naming it: renaming or re-marking it changes
 * those activities (their text, exports, even completeness when a recipient becomes a
 * third-country one), so their queries are refreshed too.
 */
function useInvalidateAfterCatalogueChange() {
  const afterWrite = useAfterWrite();
  return () => afterWrite('catalogues', 'activities');
}

export function useUpdateCatalogueEntry() {
  const invalidate = useInvalidateAfterCatalogueChange();
  return useMutation({
    mutationFn: (input: MethodInput<'catalogues.update'>) => call('catalogues.update', input),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteCatalogueEntry() {
  const invalidate = useInvalidateAfterCatalogueChange();
  return useMutation({
    mutationFn: (id: number) => call('catalogues.delete', { id }),
    onSuccess: () => invalidate(),
  });
}
