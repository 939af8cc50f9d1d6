import path from 'node:path';

// Must match scripts/electron-native.mjs (a unit test compares them): `npm start` builds
// better-sqlite3 for Electron's ABI there, next to the Node build the tests keep using.
export const electronNativeBinding = (root: string) =>
  path.join(
    root,
    '.electron-native',
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
