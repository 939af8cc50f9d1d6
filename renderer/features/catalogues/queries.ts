import { useQuery } from '@tanstack/react-query';
import type { CatalogueKind } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queries';

/** A client's catalogue, one kind or all (the activity editor's pickers suggest from it). */
export function useCatalogue(clientId: number, kind?: CatalogueKind) {
  return useQuery({
    queryKey: queryKeys.catalogues(clientId, kind),
    queryFn: () => call('catalogues.list', kind ? { clientId, kind } : { clientId }),
  });
}
