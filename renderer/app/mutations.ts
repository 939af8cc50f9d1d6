import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Preferences } from '../../core/api';
import { call } from '../api/client';
import { applyLanguage } from '../i18n';
import { queryKeys } from './queries';

/**
 * Saves the user's name, role and UI language. They live in the app's settings, not in the
 * workspace, so no collection is refreshed: the saved values land in the cache and the
 * language applies at once. `after`: what the caller does once saved (a toast).
 */
export function useSavePreferences(after?: (saved: Preferences) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: Preferences) => call('preferences.set', preferences),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.preferences(), saved);
      applyLanguage(saved.language);
      after?.(saved);
    },
  });
}
