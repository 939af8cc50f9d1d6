import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { migrations } from './migrations';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';

export interface Workspace {
  readonly path: string;
  readonly db: Kysely<Database>;
  readonly sqlite: SQLite.Database;
  /** The backup copy made before migrating, if one was needed. */
  readonly preMigrationCopy: string | null;
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
  now?: () => Date;
}

/** Why a file was not opened, before anything in it was changed. */
export class WorkspaceFileError extends Error {
  constructor(readonly problem: 'missing' | 'notAWorkspace' | 'newerVersion') {
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
function inspectFile(file: string, nativeBinding?: string): FileKind {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 'new';
  const probe = new SQLite(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
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

/** Opens (or creates) a workspace file: WAL, foreign keys, busy timeout, then migrates. */
export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<Workspace> {
  const kind = inspectFile(file, options.nativeBinding);
  const existed = kind !== 'new';
  if (options.mustExist && !existed) throw new WorkspaceFileError('missing');
  if (kind === 'newer') throw new WorkspaceFileError('newerVersion');
  if (kind === 'foreign' && !options.convert) throw new WorkspaceFileError('notAWorkspace');
  if (options.createFolder) fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // NORMAL is durable in WAL mode for application crashes (only power loss may drop the
    // last commits); FULL makes every acknowledged write survive power loss too.
    sqlite.pragma('synchronous = FULL');
    // Deleted rows are overwritten with zeros instead of lingering in free pages.
    sqlite.pragma('secure_delete = ON');
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    const migrator = new Migrator({ db, provider });
    const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt);
    let preMigrationCopy: string | null = null;
    if (existed && pending.length > 0) {
      preMigrationCopy = datedCopyName(file, (options.now ?? (() => new Date()))());
      await sqlite.backup(preMigrationCopy);
    }
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
    return {
      path: file,
      db,
      sqlite,
      preMigrationCopy,
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
    await workspace.sqlite.backup(partial);
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
