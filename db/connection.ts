import fs from 'node:fs';
import { FOLD_CASE_SQL, foldCaseSql } from './fold-case';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import {
  applyKey,
  candidateKeys,
  copyDatabase,
  fileIsEncrypted,
  keyFits,
  newKey,
  type WorkspaceKey,
} from './encryption';
import { migrations } from './migrations';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';

export interface Workspace {
  readonly path: string;
  readonly db: Kysely<Database>;
  readonly sqlite: SQLite.Database;
  /** The backup copy made before migrating, if one was needed (keyed like the file). */
  readonly preMigrationCopy: string | null;
  /** The derived key of an encrypted file (main-process memory only), or null. */
  key: WorkspaceKey | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for Electron's ABI (desktop main process only). */
  nativeBinding?: string;
  /** Refuse to create a new file (File > Open must not invent one). */
  mustExist?: boolean;
  /** An SQLite file that is not a workspace may be converted (the user agreed). */
  convert?: boolean;
  /** Create missing folders (only for the app's own default location). */
  createFolder?: boolean;
  /** Encrypts a new file with it; opens an encrypted one (or its recovery key does). */
  passphrase?: string;
  now?: () => Date;
}

/** Why a file was not opened, before anything in it was changed. */
export class WorkspaceFileError extends Error {
  constructor(
    readonly problem:
      'missing' | 'notAWorkspace' | 'newerVersion' | 'passphraseRequired' | 'wrongPassphrase',
  ) {
    super(problem);
    this.name = 'WorkspaceFileError';
  }
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

type FileKind = 'new' | 'workspace' | 'foreign' | 'newer';

/**
 * Looks at an existing file read-only: is it one of ours, another SQLite database, or a
 * workspace written by a newer version (migrations this version does not know)? Opening
 * read-write would already change a foreign file (WAL mode), so this comes first.
 */
function inspectFile(file: string, key: WorkspaceKey | null, nativeBinding?: string): FileKind {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 'new';
  const probe = new SQLite(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    applyKey(probe, key);
    const tables = probe
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    if (!tables.includes('kysely_migration')) return 'foreign';
    const names = probe.prepare('SELECT name FROM kysely_migration').pluck().all() as string[];
    if (!names.includes('0001-initial')) return 'foreign';
    return names.some((name) => !Object.hasOwn(migrations, name)) ? 'newer' : 'workspace';
  } finally {
    probe.close();
  }
}

/** The key that opens an encrypted file, tried read-only before anything is changed. */
function findKey(file: string, passphrase: string | undefined, nativeBinding?: string) {
  if (passphrase === undefined) throw new WorkspaceFileError('passphraseRequired');
  for (const key of candidateKeys(file, passphrase)) {
    const probe = new SQLite(file, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      applyKey(probe, key);
      if (keyFits(probe)) return key;
    } finally {
      probe.close();
    }
  }
  throw new WorkspaceFileError('wrongPassphrase');
}

/** The key of the file: found for an encrypted one, made for a new one with a passphrase. */
function keyFor(file: string, options: OpenOptions): WorkspaceKey | null {
  if (fileIsEncrypted(file)) return findKey(file, options.passphrase, options.nativeBinding);
  const isNew = !fs.existsSync(file) || fs.statSync(file).size === 0;
  return isNew && options.passphrase !== undefined ? newKey(options.passphrase) : null;
}

/** Opens (or creates) a workspace file: key, WAL, foreign keys, busy timeout, then migrates. */
export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<Workspace> {
  const key = keyFor(file, options);
  const kind = inspectFile(file, key, options.nativeBinding);
  const existed = kind !== 'new';
  if (options.mustExist && !existed) throw new WorkspaceFileError('missing');
  if (kind === 'newer') throw new WorkspaceFileError('newerVersion');
  if (kind === 'foreign' && !options.convert) throw new WorkspaceFileError('notAWorkspace');
  if (options.createFolder) fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file, { nativeBinding: options.nativeBinding });
  try {
    applyKey(sqlite, key);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // NORMAL is durable in WAL mode for application crashes (only power loss may drop the
    // last commits); FULL makes every acknowledged write survive power loss too.
    sqlite.pragma('synchronous = FULL');
    // Deleted rows are overwritten with zeros instead of lingering in free pages.
    sqlite.pragma('secure_delete = ON');
    sqlite.function(FOLD_CASE_SQL, { deterministic: true }, foldCaseSql);
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    const migrator = new Migrator({ db, provider });
    const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt);
    let preMigrationCopy: string | null = null;
    if (existed && pending.length > 0) {
      preMigrationCopy = datedCopyName(file, (options.now ?? (() => new Date()))());
      if (key) copyDatabase(sqlite, preMigrationCopy);
      else await sqlite.backup(preMigrationCopy);
    }
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
    return {
      path: file,
      db,
      sqlite,
      preMigrationCopy,
      key,
      close: async () => {
        await db.destroy();
      },
    };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }
}

/** `clients.sqlite` -> `clients.before-migration-2026-11-23T19-40-05.sqlite` */
export function datedCopyName(file: string, at: Date): string {
  const ext = path.extname(file);
  const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-');
  return path.join(
    path.dirname(file),
    `${path.basename(file, ext)}.before-migration-${stamp}${ext || '.sqlite'}`,
  );
}

/**
 * Moves everything from the WAL into the file and empties the WAL, so the page images of
 * deleted rows do not outlive them there (the file itself is zeroed by secure_delete).
 */
export function checkpointWal(workspace: Workspace): void {
  workspace.sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * A consistent copy of a live workspace (SQLite online backup API), written beside the
 * destination first and then copied into place exclusively: an existing file is never
 * overwritten, even one that appeared meanwhile (EEXIST).
 */
export async function backupWorkspace(workspace: Workspace, destination: string): Promise<void> {
  const partial = path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${process.pid}-${Date.now()}.partial`,
  );
  try {
    // The online backup would write an encrypted workspace's copy in plain text.
    if (workspace.key) copyDatabase(workspace.sqlite, partial);
    else await workspace.sqlite.backup(partial);
    fs.copyFileSync(partial, destination, fs.constants.COPYFILE_EXCL);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

export async function schemaVersion(workspace: Workspace): Promise<string> {
  const names = Object.keys(migrations).sort();
  const executed = await new Migrator({ db: workspace.db, provider }).getMigrations();
  return executed.filter((m) => m.executedAt).at(-1)?.name ?? names[0] ?? '';
}
