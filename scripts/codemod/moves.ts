import path from 'node:path';
import { renameFileName } from './words';

// Where every file goes: names follow the word map, handlers sit in a folder per feature
// like renderer/features/<feature>/, and core/ keeps only its named rooms.

/** Loose core files and the room they belong to. */
const coreRooms: Record<string, string> = {
  'core/templates.ts': 'core/catalogues/activity-templates.ts',
  'core/retention-catalogue.ts': 'core/catalogues/retention-catalogue.ts',
  'core/authorities.ts': 'core/catalogues/authorities.ts',
};

/** Handler files whose first word is not their feature's name. */
const handlerAliases: Record<string, string> = {
  activity: 'activities',
  exports: 'activities',
  attention: 'home',
  integrity: 'system',
  workspace: 'system',
  request: 'requests',
  processor: 'processors',
  breach: 'breaches',
  catalogue: 'catalogues',
  attachment: 'attachments',
};

/** Handler files that keep their own name inside the feature folder. */
const handlerNames: Record<string, string> = {
  'exports.ts': 'export-register.ts',
  'attention.ts': 'attention.ts',
  'integrity.ts': 'integrity.ts',
  'workspace-paths.ts': 'workspace-paths.ts',
};

/** Shared by every handler: they stay at electron/handlers/. */
const sharedHandlerFiles = new Set([
  'index.ts',
  'context.ts',
  'support.ts',
  'redaction.ts',
  'file-store.ts',
]);

function renamePath(file: string): string {
  const parts = file.split('/');
  // test/fixtures/workspaces hold released schemas under their migration names.
  if (file.startsWith('test/fixtures/workspaces/') || file.startsWith('db/migrations/'))
    return file;
  return parts.map(renameFileName).join('/');
}

function handlerTarget(file: string, features: Set<string>): string | undefined {
  const match = /^electron\/handlers\/([^/]+\.ts)$/.exec(file);
  if (!match?.[1] || sharedHandlerFiles.has(match[1])) return undefined;
  const base = match[1];
  const stem = base.replace(/\.ts$/, '');
  const first = stem.split('-')[0] ?? stem;
  const feature = handlerAliases[first] ?? first;
  if (!features.has(feature)) return undefined;
  const rest = stem.slice(first.length).replace(/^-/, '');
  const name = handlerNames[base] ?? (rest === '' ? 'index.ts' : `${rest}.ts`);
  return `electron/handlers/${feature}/${name}`;
}

export interface MovePlan {
  moves: Map<string, string>;
  /** Files under electron/handlers/ or core/ that no rule placed in a room. */
  unplaced: string[];
}

export function planMoves(files: string[]): MovePlan {
  const moves = new Map<string, string>();
  const renamed = files.map((f) => [f, coreRooms[f] ?? renamePath(f)] as const);
  const features = new Set(
    renamed
      .map(([, to]) => /^renderer\/features\/([^/]+)\//.exec(to)?.[1])
      .filter((f): f is string => f !== undefined),
  );
  features.add('system');
  features.add('attachments');
  for (const [from, to] of renamed) {
    const target = handlerTarget(to, features) ?? to;
    if (target !== from) moves.set(from, target);
  }
  const unplaced = files
    .map((f) => moves.get(f) ?? f)
    .filter(
      (f) =>
        /^core\/[^/]+\.ts$/.test(f) ||
        (/^electron\/handlers\/[^/]+\.ts$/.test(f) && !sharedHandlerFiles.has(path.basename(f))),
    );
  return { moves, unplaced };
}
