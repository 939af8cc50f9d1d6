// `npm start`: build better-sqlite3 for Electron (once per Electron version), build the app,
// run Electron. The Node build in node_modules is left alone so tests keep working.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  copyFilter,
  electronBuildEnv,
  electronExecutable,
  electronNativeDir,
  missingElectronMessage,
  nativeBindingPath,
  parseStamp,
  rebuildOptions,
  rebuildReason,
  stampPath,
  wantedStamp,
} from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

async function ensureElectronNative(electronVersion) {
  const moduleDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const wanted = wantedStamp({
    electronVersion,
    betterSqlite3Version: readJson(path.join(moduleDir, 'package.json')).version,
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
        dependencies: { 'better-sqlite3': wanted.betterSqlite3Version },
      },
      null,
      2,
    ),
  );
  // @electron/rebuild hands process.env to node-gyp, so the cleanup has to happen in place.
  const env = electronBuildEnv(process.env);
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  const { rebuild } = await import('@electron/rebuild');
  await rebuild(rebuildOptions(root, electronVersion));
  if (!fs.existsSync(nativeBindingPath(root))) {
    throw new Error(`the rebuild did not produce ${nativeBindingPath(root)}`);
  }
  fs.writeFileSync(stampPath(root), JSON.stringify(wanted, null, 2));
}

function run(command, args, env = process.env) {
  // npm is a .cmd on Windows, which only runs through a shell.
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const executable = electronExecutable(() => require('electron'), fs.existsSync);
  if (!executable) {
    console.error(missingElectronMessage);
    process.exit(1);
  }
  const electronVersion = readJson(require.resolve('electron/package.json')).version;
  await ensureElectronNative(electronVersion);
  run('npm', ['run', '-s', 'build']);

  const child = spawn(executable, [root, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: electronBuildEnv(process.env),
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

main().catch((error) => {
  console.error('Privacy Desk: could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
