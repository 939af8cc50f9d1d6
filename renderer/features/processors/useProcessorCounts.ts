import { useProcessorList } from './queries';

/** For the side nav badge: how many of the client's processors need attention. */
export function useProcessorCounts(clientId: number) {
  const list = useProcessorList(clientId);
  return list.data?.counts;
}
