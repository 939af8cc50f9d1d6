// Decisions behind `npm start` and `npm run dist`, kept free of side effects so unit tests can
// check them. better-sqlite3 is built twice: for Node in node_modules (tests, browser mode)
// and for Electron's ABI in .electron-native/ (the desktop main process, via nativeBinding).
import path from 'node:path';

export const missingElectronMessage =
  'Privacy Desk: Electron is not installed on this machine (its binary could not be downloaded); run `npm run web` to use the app in your browser.';

export const noInstallersMessage =
  'Privacy Desk: installers are built on a machine with internet (Electron could not be downloaded here); run `npm run build` to check the bundles.';

export const electronNativeDir = (root) => path.join(root, '.electron-native');

/** Must match electron/native-binding.ts, which main.ts passes to better-sqlite3. */
export const nativeBindingPath = (root) =>
  path.join(
    electronNativeDir(root),
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );

export const stampPath = (root) => path.join(electronNativeDir(root), 'build-stamp.json');

/**
 * The Electron executable, or null. `require('electron')` returns its path but throws when
 * path.txt is missing (the binary download was skipped or failed).
 */
export function electronExecutable(requireElectron, exists) {
  let executable;
  try {
    executable = requireElectron();
  } catch {
    return null;
  }
  return typeof executable === 'string' && exists(executable) ? executable : null;
}

/** What the Electron build of better-sqlite3 was made from; any change means rebuild. */
export const wantedStamp = ({ electronVersion, betterSqlite3Version, platform, arch }) => ({
  electronVersion,
  betterSqlite3Version,
  platform,
  arch,
});

/** Why a rebuild is needed, or null when the existing build fits. */
export function rebuildReason(stamp, wanted, bindingExists) {
  if (!bindingExists) return 'no Electron build of better-sqlite3 yet';
  if (!stamp || typeof stamp !== 'object') return 'no build stamp';
  for (const key of Object.keys(wanted)) {
    if (stamp[key] !== wanted[key]) return `${key} changed (${stamp[key]} -> ${wanted[key]})`;
  }
  return null;
}

/** Parses the stamp file's text; a broken file just means "rebuild". */
export function parseStamp(text) {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

/** The copy skips the Node build so a failed rebuild can never look like success. */
export const copyFilter = (source, moduleDir) => {
  const relative = path.relative(moduleDir, source);
  return relative !== 'build' && !relative.startsWith(`build${path.sep}`);
};

/**
 * Options for @electron/rebuild. projectRootPath stops its search for node_modules at the
 * .electron-native folder; without it the walk climbs into the project and rebuilds the
 * Node copy the tests use.
 */
export const rebuildOptions = (root, electronVersion) => ({
  buildPath: electronNativeDir(root),
  projectRootPath: electronNativeDir(root),
  electronVersion,
  onlyModules: ['better-sqlite3'],
  force: true,
});

/**
 * npm_config_nodedir (set in CI for Node builds) would make node-gyp compile against Node's
 * headers while labelling the result as Electron's: drop it for Electron builds.
 */
export function electronBuildEnv(env) {
  const next = { ...env };
  for (const key of Object.keys(next)) {
    if (key.toLowerCase() === 'npm_config_nodedir') delete next[key];
  }
  // Set by some shells and tools; it would make Electron behave as plain Node.
  delete next.ELECTRON_RUN_AS_NODE;
  return next;
}

/** electron-builder's flag for the OS we run on (installers are not cross-built). */
export function builderPlatformFlag(platform) {
  if (platform === 'win32') return '--win';
  if (platform === 'darwin') return '--mac';
  return '--linux';
}
