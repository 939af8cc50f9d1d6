import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace, datedCopyName } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { openTestApp, sampleOrganisation, tempDir } from '../helpers/app';

describe('workspace file', () => {
  it('is a WAL database with foreign keys on, at the latest migration', async () => {
    const app = await openTestApp();
    const sqlite = app.ctx.workspace().sqlite;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect((await app.call('workspace.info', {})).schemaVersion).toBe(
      Object.keys(migrations).sort().at(-1),
    );
    await app.close();
  });

  it('copies an existing file beside it before migrating, and only then', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'alt.sqlite');
    // A file from before the first migration: it has data but no migration table.
    const old = new SQLite(file);
    old.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('alt')");
    old.close();
    const at = new Date('2026-11-23T08:15:00Z');
    const ws = await openWorkspace(file, { now: () => at });
    expect(ws.preMigrationCopy).toBe(datedCopyName(file, at));
    expect(path.basename(ws.preMigrationCopy!)).toBe(
      'alt.before-migration-2026-11-23T08-15-00.sqlite',
    );
    const copy = new SQLite(ws.preMigrationCopy!, { readonly: true });
    expect(copy.prepare('SELECT text FROM notes').get()).toEqual({ text: 'alt' });
    copy.close();
    await ws.close();
    const again = await openWorkspace(file);
    expect(again.preMigrationCopy).toBeNull();
    await again.close();
    expect(
      fs.readdirSync(dir).filter((f) => f.includes('before-migration') && f.endsWith('.sqlite')),
    ).toHaveLength(1);
  });

  it('saves a consistent copy, creates and opens workspaces, and remembers recent files', async () => {
    const app = await openTestApp();
    await app.call('organisations.create', sampleOrganisation);
    const copyPath = path.join(app.dir, 'kopie', 'sicherung.sqlite');
    await app.call('workspace.saveCopy', { path: copyPath });
    const copy = new SQLite(copyPath, { readonly: true });
    expect(copy.prepare('SELECT name FROM organisations').all()).toEqual([
      { name: sampleOrganisation.name },
    ]);
    copy.close();

    const fresh = path.join(app.dir, 'neu.sqlite');
    const created = await app.call('workspace.create', { path: fresh });
    expect(created.path).toBe(fresh);
    expect(await app.call('organisations.list', {})).toEqual([]);
    const conflict = await app.raw('workspace.create', { path: copyPath });
    expect(conflict.ok || conflict.error.code).toBe('FILE_EXISTS');
    expect(conflict.ok || conflict.error.message).toContain('nicht überschrieben');

    const opened = await app.call('workspace.open', { path: copyPath });
    expect(opened.recent.slice(0, 3)).toEqual([copyPath, fresh, app.file]);
    expect((await app.call('organisations.list', {}))[0]!.name).toBe(sampleOrganisation.name);
    await app.close();
  });

  it('refuses to open a missing file or one that is not a workspace, keeping the current one', async () => {
    const app = await openTestApp();
    await app.call('organisations.create', sampleOrganisation);
    const missing = await app.raw('workspace.open', { path: path.join(app.dir, 'fehlt.sqlite') });
    expect(missing.ok || missing.error.code).toBe('WORKSPACE_ERROR');
    const junk = path.join(app.dir, 'text.sqlite');
    fs.writeFileSync(junk, 'this is not a database, just text '.repeat(100));
    const notDb = await app.raw('workspace.open', { path: junk });
    expect(notDb.ok || notDb.error.code).toBe('WORKSPACE_ERROR');
    expect((await app.call('workspace.info', {})).path).toBe(app.file);
    expect(await app.call('organisations.list', {})).toHaveLength(1);
    await app.close();
  });

  it('keeps the save dialog and show-in-folder to the desktop app', async () => {
    const app = await openTestApp();
    const result = await app.raw('desktop.saveFile', { filename: 'a.txt', base64: '' });
    expect(result.ok || result.error.code).toBe('NOT_SUPPORTED');
    await app.close();
  });
});
