import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, call } from '../../api/client';
import { navigate } from '../../app/router';

interface WorkspaceSwitch {
  path: string;
  create: boolean;
  /** Converts an SQLite file that is not a workspace yet (the user agreed). */
  convert?: boolean;
}

/**
 * Opens or creates another workspace file. Another file means other clients: every cached
 * answer is dropped and the app starts over at '/', so no after-write refresh is needed.
 */
export function useSwitchWorkspace(on: {
  opened(path: string): void;
  /** The file is SQLite but no workspace: the page asks whether to convert it. */
  notAWorkspace(path: string): void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, create, convert }: WorkspaceSwitch) =>
      create ? call('workspace.create', { path }) : call('workspace.open', { path, convert }),
    onSuccess: (opened) => {
      queryClient.clear();
      navigate('/');
      on.opened(opened.path);
    },
    onError: (error, { path }) => {
      if (error instanceof ApiError && error.code === 'NOT_A_WORKSPACE') on.notAWorkspace(path);
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
