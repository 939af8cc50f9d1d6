import os from 'node:os';
import path from 'node:path';

export const appName = 'Privacy Desk';

/**
 * The folder where Electron keeps this app's data (app.getPath('userData')), computed without
 * Electron so browser mode finds the very same default workspace. PRIVACY_DESK_HOME overrides
 * it (tests, portable use).
 */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.PRIVACY_DESK_HOME) return env.PRIVACY_DESK_HOME;
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appName);
}

export const defaultWorkspacePath = (dataDir: string) => path.join(dataDir, 'workspace.sqlite');
