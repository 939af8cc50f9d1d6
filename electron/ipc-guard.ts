import type { HandlerContext } from './handlers/context';

// In the desktop app the page never names a file path: new, open and save-a-copy go through
// native dialogs in the main process (the File menu). The one exception is reopening a file
// from the recent list, which main itself recorded from those dialogs. Browser mode has no
// dialogs and keeps typed paths (checked by the handlers).

const pathMethods = new Set(['workspace.create', 'workspace.open', 'workspace.saveCopy']);

/** Why the page may not make this call over IPC, or null when it may. */
export function ipcRefusal(method: string, input: unknown, ctx: HandlerContext): string | null {
  if (!pathMethods.has(method)) return null;
  const file = (input as { path?: unknown } | null)?.path;
  if (
    method === 'workspace.open' &&
    typeof file === 'string' &&
    ctx.settings.recent.includes(file)
  ) {
    return null;
  }
  return 'path-from-page';
}
