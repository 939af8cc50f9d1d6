// `npm start`: build better-sqlite3 for Electron (once per Electron version), build the app,
// run Electron. The Node build in node_modules is left alone so tests keep working.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  electronBuildEnv,
  electronExecutable,
  missingElectronMessage,
} from './electron-native.mjs';
import { electronVersionOf, ensureElectronNative } from './electron-native-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

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
  await ensureElectronNative(root, electronVersionOf(root));
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
