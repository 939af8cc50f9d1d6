import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../db/connection';
import { applyKey, newKey, rekey } from '../../db/encryption';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

// Encryption at rest: whatever the app leaves in the workspace's folder (the file, its WAL
// and shared memory, copies made before migrating) must not give away a single record.

const passphrase = 'Korrekt Pferd Batterie Heftklammer';
const secretName = 'Kanzlei Zaunkönig Geheimsache GmbH';
const attachmentText = 'Vertraulicher Anhang: Gehaltsliste Quartal III';
const fixture = path.resolve(
  import.meta.dirname,
  '../fixtures/workspaces/0013-activity-completeness.sql',
);

let app: TestApp;
afterEach(async () => {
  await app.close();
});

/** Every file in a folder and below, with its bytes. */
function filesIn(dir: string): [string, Buffer][] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = path.join(dir, name);
    return fs.statSync(file).isFile() ? [[file, fs.readFileSync(file)] as [string, Buffer]] : [];
  });
}

/** The names of the files in the folder that contain any of the texts (UTF-8 or UTF-16). */
function leaks(dir: string, texts: string[]): string[] {
  const needles = texts.flatMap((t) => [Buffer.from(t, 'utf8'), Buffer.from(t, 'utf16le')]);
  return filesIn(dir)
    .filter(([, bytes]) => needles.some((n) => bytes.includes(n)))
    .map(([file]) => path.basename(file));
}

const sqliteHeader = (file: string) =>
  fs.readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** An encrypted workspace in its own folder, with a client and an attachment in it. */
async function encryptedWorkspace() {
  app = await openTestApp();
  const dir = path.join(app.dir, 'tresor');
  fs.mkdirSync(dir);
  const file = path.join(dir, 'mandanten.sqlite');
  const created = await app.call('workspace.create', { path: file, passphrase });
  const client = await app.call('clients.create', { ...sampleClient, name: secretName });
  const processor = await app.call('processors.create', {
    clientId: client.id,
    processor: { name: 'Rechenzentrum Süd', activityIds: [] },
  });
  const attachment = await app.call('attachments.add', {
    ownerType: 'processor',
    ownerId: processor.id,
    role: 'signed_avv',
    name: 'gehaelter.txt',
    base64: Buffer.from(attachmentText).toString('base64'),
  });
  return { dir, file, created, attachmentId: attachment.id };
}

describe('an encrypted workspace', () => {
  it('leaves no readable byte of its records in its folder, during and after a session', async () => {
    const { dir, file, created } = await encryptedWorkspace();
    expect(created.encrypted).toBe(true);
    expect(created.recoveryKey).toMatch(/^([0-9A-F]{4}-){15}[0-9A-F]{4}$/);
    // While open: the WAL holds the latest writes, encrypted as well.
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(leaks(dir, [secretName, attachmentText, passphrase])).toEqual([]);
    await app.call('workspace.saveCopy', { path: path.join(dir, 'sicherung.sqlite') });
    await app.call('workspace.open', { path: app.file });
    expect(sqliteHeader(file)).toBe(false);
    expect(sqliteHeader(path.join(dir, 'sicherung.sqlite'))).toBe(false);
    expect(leaks(dir, [secretName, attachmentText, passphrase])).toEqual([]);
    // The recent-files list and the settings name the file, never the passphrase.
    expect(leaks(app.dir, [passphrase])).toEqual([]);
  });

  it('opens only with its passphrase or its recovery key; a refusal changes nothing', async () => {
    const { file, created } = await encryptedWorkspace();
    await app.call('workspace.open', { path: app.file });
    const hash = sha256(file);
    const without = await app.raw('workspace.open', { path: file });
    expect(without.ok || without.error.code).toBe('PASSPHRASE_REQUIRED');
    const wrong = await app.raw('workspace.open', { path: file, passphrase: 'falsch falsch' });
    expect(wrong.ok || wrong.error).toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringContaining('Passphrase ist falsch'),
      issues: [{ path: 'passphrase', key: 'wrongPassphrase' }],
    });
    expect(sha256(file)).toBe(hash);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect((await app.call('workspace.info', {})).path).toBe(app.file);

    const opened = await app.call('workspace.open', { path: file, passphrase });
    expect(opened.encrypted).toBe(true);
    expect((await app.call('clients.list', {})).map((c) => c.name)).toEqual([secretName]);
    await app.call('workspace.open', { path: app.file });
    await app.call('workspace.open', {
      path: file,
      passphrase: created.recoveryKey!.toLowerCase(),
    });
    expect((await app.call('clients.list', {})).map((c) => c.name)).toEqual([secretName]);
  });

  it('changes its passphrase (the old one and the old recovery key are refused) and removes it', async () => {
    const { file, created, attachmentId } = await encryptedWorkspace();
    const newPassphrase = 'Ein ganz anderer Satz 2026';
    const refused = await app.raw('workspace.setPassphrase', {
      current: 'nicht die richtige',
      passphrase: newPassphrase,
    });
    expect(refused.ok || refused.error.code).toBe('WRONG_PASSPHRASE');
    const changed = await app.call('workspace.setPassphrase', {
      current: passphrase,
      passphrase: newPassphrase,
    });
    expect(changed.recoveryKey).not.toBe(created.recoveryKey);
    await app.call('workspace.open', { path: app.file });
    for (const old of [passphrase, created.recoveryKey!]) {
      const envelope = await app.raw('workspace.open', { path: file, passphrase: old });
      expect(envelope.ok || envelope.error.code).toBe('WRONG_PASSPHRASE');
    }
    await app.call('workspace.open', { path: file, passphrase: changed.recoveryKey! });

    const removed = await app.call('workspace.setPassphrase', {
      current: newPassphrase,
      passphrase: null,
    });
    expect(removed).toEqual({ encrypted: false, recoveryKey: null });
    await app.call('workspace.open', { path: app.file });
    expect(sqliteHeader(file)).toBe(true);
    await app.call('workspace.open', { path: file });
    expect((await app.call('clients.list', {})).map((c) => c.name)).toEqual([secretName]);
    const content = await app.call('attachments.get', { id: attachmentId });
    expect(Buffer.from(content.base64, 'base64').toString()).toBe(attachmentText);
    const history = await app.call('audit.list', { entity: 'workspace', limit: 10 });
    expect(history.map((e) => e.changes.passphrase)).toEqual([
      ['set', 'none'],
      ['set', 'changed'],
    ]);
    expect(JSON.stringify(history)).not.toContain(newPassphrase);
  });

  it('encrypts a plain workspace in place; the plain copy made first is gone afterwards', async () => {
    app = await openTestApp();
    // The file opened at start stays plain: the start asks for no passphrase.
    const startup = await app.raw('workspace.setPassphrase', { passphrase });
    expect(startup.ok || startup.error.issues).toEqual([
      { path: 'passphrase', key: 'startupWorkspace', message: expect.any(String) },
    ]);
    expect((await app.call('workspace.info', {})).opensAtStart).toBe(true);
    const file = path.join(app.dir, 'klartext.sqlite');
    await app.call('workspace.create', { path: file });
    await app.call('clients.create', { ...sampleClient, name: secretName });
    const result = await app.call('workspace.setPassphrase', { passphrase });
    expect(result.encrypted).toBe(true);
    expect((await app.call('workspace.info', {})).encrypted).toBe(true);
    expect(sqliteHeader(file)).toBe(false);
    expect(fs.readdirSync(app.dir).filter((f) => f.includes('before-encryption'))).toEqual([]);
    expect(leaks(app.dir, [secretName])).toEqual([]);
    const history = await app.call('audit.list', { entity: 'workspace', limit: 10 });
    expect(history.map((e) => e.changes.passphrase)).toEqual([['none', 'set']]);
    // Changing it now needs the passphrase it has.
    const missing = await app.raw('workspace.setPassphrase', { passphrase: 'noch eine neue' });
    expect(missing.ok || missing.error.code).toBe('PASSPHRASE_REQUIRED');
  });

  it('copies an encrypted file before migrating it, keyed like the file', async () => {
    app = await openTestApp();
    const dir = path.join(app.dir, 'alt');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'workspace.sqlite');
    const seed = new SQLite(file);
    seed.exec(fs.readFileSync(fixture, 'utf8'));
    rekey(seed, newKey(passphrase));
    seed.close();
    // The old workspace's client is the one every fixture has.
    const known = 'Bäckerei Müller & Söhne GmbH';
    expect(leaks(dir, [known])).toEqual([]);

    const workspace = await openWorkspace(file, { passphrase });
    const copy = workspace.preMigrationCopy;
    expect(copy).not.toBeNull();
    await workspace.close();
    expect(sqliteHeader(copy!)).toBe(false);
    expect(leaks(dir, [known])).toEqual([]);
    const reopened = new SQLite(copy!, { readonly: true });
    applyKey(reopened, workspace.key);
    expect(reopened.prepare('SELECT name FROM organisations').pluck().get()).toBe(known);
    reopened.close();
  });
});
