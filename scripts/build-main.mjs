// Bundles the Electron main process and the preload into out/main/*.cjs. Only electron and
// better-sqlite3 (native, loaded at run time) stay outside; the preload must end up
// requiring nothing but 'electron' because it runs in a sandboxed renderer.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {import('esbuild').BuildOptions} */
export const buildOptions = (projectRoot = root) => ({
  absWorkingDir: projectRoot,
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  outdir: 'out/main',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  legalComments: 'none',
  logLevel: 'warning',
});

export async function buildMain(projectRoot = root) {
  return esbuild.build(buildOptions(projectRoot));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildMain().catch(() => {
    // esbuild has already printed the errors.
    process.exit(1);
  });
}
