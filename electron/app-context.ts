import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../core/api';
import { openWorkspace as openFile, WorkspaceFileError, type Workspace } from '../db/connection';
import { checkUncheckedActivities } from './handlers/activities/completeness-facts';
import type { DesktopPlatform, HandlerContext } from './handlers/context';
import { defaultWorkspacePath } from './paths';
import { SettingsStore } from './settings-store';
import packageJson from '../package.json' with { type: 'json' };

export interface AppContextOptions {
  mode: 'desktop' | 'browser';
  /** Where settings.json and the default workspace live (Electron's userData folder). */
  dataDir: string;
  /** A workspace file to open instead of the default one. */
  workspacePath?: string;
  platform?: DesktopPlatform | null;
  /** better_sqlite3.node built for Electron's ABI (desktop main process, unpackaged). */
  nativeBinding?: string;
  now?: () => Date;
  /** The operating-system account; tests and browser mode may name one (default: the real one). */
  account?: () => string;
}

/** The account the process runs under (the login name), or '' if the system does not say. */
export function operatingSystemAccount(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

/** Opens and migrates a workspace, then fills the facts a migration could not compute. */
async function openWorkspace(file: string, options: Parameters<typeof openFile>[1]) {
  const workspace = await openFile(file, options);
  try {
    await checkUncheckedActivities(workspace.db);
  } catch (error) {
    await workspace.close();
    throw error;
  }
  return workspace;
}

/** A missing or wrong passphrase, said next to the passphrase field. */
function passphraseProblem(problem: WorkspaceFileError['problem'], target: string): void {
  if (problem === 'passphraseRequired') {
    throw new AppError('PASSPHRASE_REQUIRED', { path: target }, [
      { path: 'passphrase', key: 'passphraseRequired', message: '' },
    ]);
  }
  if (problem === 'wrongPassphrase') {
    throw new AppError('WRONG_PASSPHRASE', { path: target }, [
      { path: 'passphrase', key: 'wrongPassphrase', message: '' },
    ]);
  }
}

export interface AppContext extends HandlerContext {
  close(): Promise<void>;
}

/** Builds the state both transports share: the open workspace, settings, the clock. */
export async function createAppContext(options: AppContextOptions): Promise<AppContext> {
  const settings = new SettingsStore(options.dataDir);
  const open = (
    file: string,
    how: { mustExist: boolean; convert?: boolean; passphrase?: string },
  ) => openWorkspace(file, { nativeBinding: options.nativeBinding, ...how });
  const initial = path.resolve(options.workspacePath ?? defaultWorkspacePath(options.dataDir));
  // The default workspace lives in the app's own folder, which may not exist yet.
  let current: Workspace = await openWorkspace(initial, {
    nativeBinding: options.nativeBinding,
    createFolder: options.workspacePath === undefined,
  });
  settings.addRecent(current.path);

  return {
    mode: options.mode,
    version: packageJson.version,
    settings,
    platform: options.platform ?? null,
    startupPath: initial,
    workspace: () => current,
    async switchWorkspace(file, { create, convert = false, passphrase }) {
      const target = path.resolve(file);
      // A new workspace never replaces a file, even if a save dialog asked "overwrite?".
      if (create && fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
      let next: Workspace;
      try {
        next = await open(target, { mustExist: !create, convert, passphrase });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (error instanceof WorkspaceFileError) passphraseProblem(error.problem, target);
        if (error instanceof WorkspaceFileError && error.problem !== 'missing') {
          const code = error.problem === 'newerVersion' ? 'WORKSPACE_TOO_NEW' : 'NOT_A_WORKSPACE';
          throw new AppError(code, { path: target });
        }
        throw new AppError('WORKSPACE_ERROR', { path: target });
      }
      const previous = current;
      current = next;
      settings.addRecent(next.path);
      await previous.close();
      return next;
    },
    now: options.now ?? (() => new Date()),
    actor: () => settings.preferences.userName,
    account: options.account ?? operatingSystemAccount,
    language: () => settings.preferences.language,
    close: () => current.close(),
  };
}
