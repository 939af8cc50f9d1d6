// Builds better-sqlite3 for Electron's ABI into .electron-native/ (once per Electron and
// better-sqlite3 version), for `npm start` and the desktop end-to-end suite. The Node build
// in node_modules is left alone so the other tests keep working.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  copyFilter,
  electronBuildEnv,
  electronNativeDir,
  nativeBindingPath,
  parseStamp,
  rebuildOptions,
  rebuildReason,
  stampPath,
  wantedStamp,
} from './electron-native.mjs';

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The installed Electron's version, read from its package.json. */
export function electronVersionOf(root) {
  const require = createRequire(path.join(root, 'package.json'));
  return readJson(require.resolve('electron/package.json')).version;
}

export async function ensureElectronNative(root, electronVersion = electronVersionOf(root)) {
  const require = createRequire(path.join(root, 'package.json'));
  const moduleDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const installed = readJson(path.join(moduleDir, 'package.json'));
  const wanted = wantedStamp({
    electronVersion,
    // With the name: better-sqlite3 is an alias of the SQLCipher build of the same version,
    // and an older plain build must not be taken for it.
    betterSqlite3Version: `${installed.name}@${installed.version}`,
    platform: process.platform,
    arch: process.arch,
  });
  const stampFile = stampPath(root);
  const stamp = fs.existsSync(stampFile) ? parseStamp(fs.readFileSync(stampFile, 'utf8')) : null;
  const reason = rebuildReason(stamp, wanted, fs.existsSync(nativeBindingPath(root)));
  if (!reason) return;

  console.log(`Privacy Desk: building better-sqlite3 for Electron ${electronVersion} (${reason})…`);
  const dir = electronNativeDir(root);
  const target = path.join(dir, 'node_modules', 'better-sqlite3');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(moduleDir, target, {
    recursive: true,
    filter: (source) => copyFilter(source, moduleDir),
  });
  // @electron/rebuild walks the dependencies of the package.json in buildPath.
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'privacy-desk-electron-native',
        private: true,
        dependencies: { 'better-sqlite3': `npm:${wanted.betterSqlite3Version}` },
      },
      null,
      2,
    ),
  );
  // @electron/rebuild hands process.env to node-gyp, so the cleanup has to happen in place;
  // the caller's environment comes back afterwards.
  const saved = { ...process.env };
  const env = electronBuildEnv(process.env);
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  try {
    const { rebuild } = await import('@electron/rebuild');
    await rebuild(rebuildOptions(root, electronVersion));
  } finally {
    Object.assign(process.env, saved);
  }
  if (!fs.existsSync(nativeBindingPath(root))) {
    throw new Error(`the rebuild did not produce ${nativeBindingPath(root)}`);
  }
  fs.writeFileSync(stampPath(root), JSON.stringify(wanted, null, 2));
}
