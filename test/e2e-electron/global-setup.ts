import fs from 'node:fs';
import path from 'node:path';
import { ensureElectronNative } from '../../scripts/electron-native-build.mjs';

// Runs once before the desktop suite: the app must be built (npm test and
// `npm run test:electron` build it first), and the main process needs better-sqlite3 built
// for Electron's ABI, made here as `npm start` makes it (once per version).
const root = path.resolve(import.meta.dirname, '../..');
const built = ['out/main/main.cjs', 'out/main/preload.cjs', 'dist/renderer/index.html'];

export default async function setup(): Promise<void> {
  const missing = built.filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length) {
    throw new Error(
      `the desktop suite needs the built app (${missing.join(', ')} missing): run \`npm run build\` first, or \`npm run test:electron\`, which does`,
    );
  }
  await ensureElectronNative(root);
}
