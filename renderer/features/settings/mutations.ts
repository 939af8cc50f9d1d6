import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PassphraseResult, SetPassphraseInput } from '../../../core/api';
import { ApiError, call } from '../../api/client';
import { navigate } from '../../app/router';

interface WorkspaceSwitch {
  path: string;
  create: boolean;
  /** Converts an SQLite file that is not a workspace yet (the user agreed). */
  convert?: boolean;
  /** Encrypts a new file; opens an encrypted one. */
  passphrase?: string;
}

/**
 * Opens or creates another workspace file. Another file means other clients: every cached
 * answer is dropped and the app starts over at '/', so no after-write refresh is needed.
 */
export function useSwitchWorkspace(on: {
  /** `recoveryKey`: a new encrypted workspace's, to be shown once. */
  opened(path: string, recoveryKey: string | null): void;
  /** The file is SQLite but no workspace: the page asks whether to convert it. */
  notAWorkspace(path: string): void;
  /** The file is encrypted: the page asks for its passphrase. */
  passphraseRequired(path: string): void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ path, create, convert, passphrase }: WorkspaceSwitch) =>
      create
        ? call('workspace.create', { path, passphrase })
        : { ...(await call('workspace.open', { path, convert, passphrase })), recoveryKey: null },
    onSuccess: (opened) => {
      queryClient.clear();
      // A new recovery key is shown on this page once, so the page stays.
      if (!opened.recoveryKey) navigate('/');
      on.opened(opened.path, opened.recoveryKey);
    },
    onError: (error, { path }) => {
      if (error instanceof ApiError && error.code === 'NOT_A_WORKSPACE') on.notAWorkspace(path);
      if (error instanceof ApiError && error.code === 'PASSPHRASE_REQUIRED') {
        on.passphraseRequired(path);
      }
    },
  });
}

/** Sets, changes or removes the open workspace's passphrase; the same file stays open. */
export function useSetPassphrase(done: (result: PassphraseResult) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetPassphraseInput) => call('workspace.setPassphrase', input),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['workspace'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      done(result);
    },
  });
}

/** A copy of the open workspace at another path; the open file stays as it is. */
export function useSaveWorkspaceCopy(saved: (path: string) => void) {
  return useMutation({
    mutationFn: (path: string) => call('workspace.saveCopy', { path }),
    onSuccess: (result) => saved(result.path),
  });
}

/** Shows the workspace file in the system's file manager (desktop); nothing is written. */
export function useShowInFolder() {
  return useMutation({ mutationFn: () => call('workspace.showInFolder', {}) });
}
