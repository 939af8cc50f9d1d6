import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

// Under 'attention', so the refresh after every write (app/after-write.ts) reaches it too.
export const cockpitKey = ['attention', 'cockpit'] as const;

/** Every attention item of every client (home.cockpit). */
export function useCockpit() {
  return useQuery({ queryKey: cockpitKey, queryFn: () => call('home.cockpit', {}) });
}
