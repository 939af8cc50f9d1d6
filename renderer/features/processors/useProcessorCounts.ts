import { useProcessorList } from './queries';

/** For the side nav badge: how many of the client's processors need attention. */
export function useProcessorCounts(orgId: number) {
  const list = useProcessorList(orgId);
  return list.data?.counts;
}
