import { useQueryClient } from '@tanstack/react-query';

/** The first part of every query key: one collection per feature. */
export type Collection =
  | 'clients'
  | 'activities'
  | 'catalogues'
  | 'processors'
  | 'requests'
  | 'retention'
  | 'breaches'
  | 'dpia';

/**
 * What every write may change besides its own collection, refreshed after each one (as
 * Actual refreshes after a sync): what needs attention on the home screen, the nav badges and
 * client list counts, and the change history with its check.
 */
const touchedByEveryWrite: readonly Collection[] = ['clients'];
const alwaysStale = [['attention'], ['audit']] as const;

/**
 * The one after-write refresh of the renderer: a feature names the collections its write
 * changes, and the home, counts and history follow without each feature listing them.
 */
export function useAfterWrite() {
  const queryClient = useQueryClient();
  return (...collections: Collection[]) => {
    const keys = new Set<Collection>([...collections, ...touchedByEveryWrite]);
    return Promise.all([
      ...[...keys].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
      ...alwaysStale.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    ]).then(() => undefined);
  };
}
