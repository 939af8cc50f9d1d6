// `npm run dist`: the installer for the OS we run on (NSIS on Windows, DMG on macOS,
// AppImage on Linux). electron-builder downloads Electron and rebuilds better-sqlite3 for it,
// so this needs a machine with internet.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  builderPlatformFlag,
  electronBuildEnv,
  electronExecutable,
  noInstallersMessage,
} from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

// A missing Electron binary means its download failed: electron-builder's would fail too.
if (!electronExecutable(() => require('electron'), fs.existsSync)) {
  console.error(noInstallersMessage);
  process.exit(1);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npm', ['run', '-s', 'build']);
run(
  'npx',
  [
    'electron-builder',
    builderPlatformFlag(process.platform),
    '--publish',
    'never',
    ...process.argv.slice(2),
  ],
  electronBuildEnv(process.env),
);
