import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { openWorkspace, datedCopyName } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { openTestApp, sampleClient, tempDir } from '../helpers/app';

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
    const ws = await openWorkspace(file, { now: () => at, convert: true });
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
    await app.call('clients.create', sampleClient);
    const copyPath = path.join(app.dir, 'kopie', 'sicherung.sqlite');
    fs.mkdirSync(path.dirname(copyPath)); // the folder must exist: none is created silently
    await app.call('workspace.saveCopy', { path: copyPath });
    const copy = new SQLite(copyPath, { readonly: true });
    expect(copy.prepare('SELECT name FROM clients').all()).toEqual([{ name: sampleClient.name }]);
    copy.close();

    const fresh = path.join(app.dir, 'neu.sqlite');
    const created = await app.call('workspace.create', { path: fresh });
    expect(created.path).toBe(fresh);
    expect(await app.call('clients.list', {})).toEqual([]);
    const conflict = await app.raw('workspace.create', { path: copyPath });
    expect(conflict.ok || conflict.error.code).toBe('FILE_EXISTS');
    expect(conflict.ok || conflict.error.message).toContain('nicht überschrieben');

    const opened = await app.call('workspace.open', { path: copyPath });
    expect(opened.recent.slice(0, 3)).toEqual([copyPath, fresh, app.file]);
    expect((await app.call('clients.list', {}))[0]!.name).toBe(sampleClient.name);
    await app.close();
  });

  it('refuses to open a missing file or one that is not a workspace, keeping the current one', async () => {
    const app = await openTestApp();
    await app.call('clients.create', sampleClient);
    const missing = await app.raw('workspace.open', { path: path.join(app.dir, 'fehlt.sqlite') });
    expect(missing.ok || missing.error.code).toBe('WORKSPACE_ERROR');
    const junk = path.join(app.dir, 'text.sqlite');
    fs.writeFileSync(junk, 'this is not a database, just text '.repeat(100));
    const notDb = await app.raw('workspace.open', { path: junk });
    expect(notDb.ok || notDb.error.code).toBe('WORKSPACE_ERROR');
    expect((await app.call('workspace.info', {})).path).toBe(app.file);
    expect(await app.call('clients.list', {})).toHaveLength(1);
    await app.close();
  });

  it('keeps the save dialog and show-in-folder to the desktop app', async () => {
    const app = await openTestApp();
    const result = await app.raw('desktop.saveFile', { filename: 'a.txt', base64: '' });
    expect(result.ok || result.error.code).toBe('NOT_SUPPORTED');
    await app.close();
  });
});

const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('workspace files from outside', () => {
  it('refuses a copy over an existing file, onto the open file, relative or into a missing folder', async () => {
    const app = await openTestApp();
    const existing = path.join(app.dir, 'vorhanden.sqlite');
    fs.writeFileSync(existing, 'wichtig');
    const refused = async (target: string) => {
      const envelope = await app.raw('workspace.saveCopy', { path: target });
      if (envelope.ok) throw new Error(`copied to ${target}`);
      return [envelope.error.code, envelope.error.issues?.[0]?.key ?? ''];
    };
    expect(await refused(existing)).toEqual(['FILE_EXISTS', 'fileExists']);
    expect(fs.readFileSync(existing, 'utf8')).toBe('wichtig');
    expect(await refused(app.file)).toEqual(['VALIDATION_FAILED', 'pathIsWorkspace']);
    expect(await refused(`${app.file}-wal`)).toEqual(['VALIDATION_FAILED', 'pathIsWorkspace']);
    expect(await refused('kopie.sqlite')).toEqual(['VALIDATION_FAILED', 'pathNotAbsolute']);
    const missing = path.join(app.dir, 'gibt-es-nicht', 'kopie.sqlite');
    expect(await refused(missing)).toEqual(['VALIDATION_FAILED', 'folderMissing']);
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
    expect(await refused(app.dir)).toEqual(['VALIDATION_FAILED', 'pathIsFolder']);
    const message = await app.raw('workspace.saveCopy', { path: 'kopie.sqlite' });
    expect(message.ok || message.error.issues?.[0]?.message).toContain('vollständigen Pfad');
    // Only the copy that was asked for, no leftovers of the partial file.
    const fine = path.join(app.dir, 'kopie.sqlite');
    expect(await app.call('workspace.saveCopy', { path: fine })).toEqual({ path: fine });
    expect(fs.readdirSync(app.dir).filter((f) => f.includes('partial'))).toEqual([]);
    await app.close();
  });

  it('creates a workspace only in an existing folder, from an absolute path', async () => {
    const app = await openTestApp();
    const nested = await app.raw('workspace.create', {
      path: path.join(app.dir, 'neu', 'ordner', 'a.sqlite'),
    });
    expect(nested.ok || nested.error.issues?.[0]?.key).toBe('folderMissing');
    expect(fs.existsSync(path.join(app.dir, 'neu'))).toBe(false);
    const relative = await app.raw('workspace.create', { path: 'a.sqlite' });
    expect(relative.ok || relative.error.issues?.[0]?.key).toBe('pathNotAbsolute');
    expect((await app.call('workspace.info', {})).path).toBe(app.file);
    await app.close();
  });

  it('asks before converting an SQLite file that is not a workspace, changing nothing until then', async () => {
    const app = await openTestApp();
    const foreign = path.join(app.dir, 'fremd.db');
    const other = new SQLite(foreign);
    other.exec("CREATE TABLE kunden (name TEXT); INSERT INTO kunden VALUES ('Meier')");
    other.close();
    const before = digest(foreign);
    const refused = await app.raw('workspace.open', { path: foreign });
    expect(refused.ok || refused.error.code).toBe('NOT_A_WORKSPACE');
    expect(refused.ok || refused.error.message).toContain('Umwandlung zustimmen');
    expect(digest(foreign)).toBe(before);
    expect(fs.readdirSync(app.dir).filter((f) => f.startsWith('fremd'))).toEqual(['fremd.db']);
    expect((await app.call('workspace.info', {})).path).toBe(app.file);

    const converted = await app.call('workspace.open', { path: foreign, convert: true });
    expect(converted.path).toBe(foreign);
    expect(fs.readdirSync(app.dir).some((f) => f.startsWith('fremd.before-migration'))).toBe(true);
    await app.close();
  });

  it('says in plain words that a file of a newer version cannot be opened, and leaves it alone', async () => {
    const app = await openTestApp();
    const newer = path.join(app.dir, 'neuer.sqlite');
    const ws = await openWorkspace(newer);
    ws.sqlite
      .prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)')
      .run('0999-future', new Date().toISOString());
    await ws.close();
    const before = [digest(newer), fs.statSync(newer).mtimeMs];
    const envelope = await app.raw('workspace.open', { path: newer });
    expect(envelope.ok || envelope.error.code).toBe('WORKSPACE_TOO_NEW');
    expect(envelope.ok || envelope.error.message).toBe(
      'Diese Datei wurde mit einer neueren Version von Privacy Desk gespeichert und kann mit dieser Version nicht geöffnet werden. Bitte Privacy Desk aktualisieren. Die Datei wurde nicht verändert.',
    );
    expect([digest(newer), fs.statSync(newer).mtimeMs]).toEqual(before);
    expect(fs.readdirSync(app.dir).some((f) => f.includes('neuer.before-migration'))).toBe(false);
    await app.close();
  });
});
