import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronExecutable } from '../../scripts/electron-native.mjs';

// Whether the desktop suite can run on this machine: it needs Electron's own binary, which
// npm downloads at install time (it cannot be downloaded everywhere). Pure and cheap, because
// vitest.config.ts and the summary reporter ask it on every run.

export const electronProjectName = 'e2e-electron';

export const electronSkipLine =
  "!!! DESKTOP E2E SUITE SKIPPED (test/e2e-electron): Electron's binary is not installed on this machine (node_modules/electron has no path.txt: its download failed or was skipped). Where it installs (Windows, macOS, Linux with internet) `npm test` runs the suite; alone: `npm run test:electron` (Linux without a display: `xvfb-run npm run test:electron`).";

export type ElectronSuitePlan = { run: true; executable: string } | { run: false; line: string };

const root = path.resolve(import.meta.dirname, '../..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

export function electronSuitePlan(
  requireElectron: () => unknown = () => requireFromRoot('electron'),
  exists: (file: string) => boolean = fs.existsSync,
): ElectronSuitePlan {
  const executable = electronExecutable(requireElectron, exists);
  return executable ? { run: true, executable } : { run: false, line: electronSkipLine };
}

/** vitest options whose value is the next argument (so it is not taken for a file filter). */
const optionsWithValue = new Set([
  '--project',
  '-t',
  '--testNamePattern',
  '--reporter',
  '-c',
  '--config',
  '-r',
  '--root',
  '--dir',
  '--shard',
  '--pool',
  '--environment',
  '--outputFile',
]);

/** A vitest command line's project filters and file filters (argv without node and vitest). */
function filtersOf(args: readonly string[]) {
  const projects: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    else if (optionsWithValue.has(arg)) {
      if (arg === '--project' && args[i + 1]) projects.push(args[i + 1]!);
      i++;
    } else if (!arg.startsWith('-') && !['run', 'watch', 'related'].includes(arg)) files.push(arg);
  }
  return { projects, files };
}

/** vitest's project filters accept `*` wildcards, e.g. `--project 'e2e*'`. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matches = (filter: string, name: string) =>
  new RegExp(`^${filter.split('*').map(escape).join('.*')}$`).test(name);

/** Whether this run (process.argv) would include the desktop suite were Electron installed. */
export function runWantsElectronSuite(argv: readonly string[]): boolean {
  const { projects, files } = filtersOf(argv.slice(2));
  const project = projects.length === 0 || projects.some((f) => matches(f, electronProjectName));
  // A file filter keeps the files whose path contains it.
  const file =
    files.length === 0 ||
    files.some((f) => f.includes('e2e-electron') || 'test/e2e-electron/'.includes(f));
  return project && file;
}

/** The line to print at the end of a run that would have run the suite but cannot. */
export function electronSkipNotice(
  argv: readonly string[],
  plan: ElectronSuitePlan = electronSuitePlan(),
): string | null {
  return !plan.run && runWantsElectronSuite(argv) ? plan.line : null;
}
