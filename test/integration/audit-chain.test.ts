import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { verifyAuditChain } from '../../db/repos/audit-verify.repo';
import { accessRequest, seedRegister } from '../fixtures/requests';
import { docxText } from '../helpers/docx';
import { openTestApp, sampleClient, tempDir, type TestApp } from '../helpers/app';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** Some history: a client, an activity changed twice, a request with a file. */
async function withHistory(): Promise<TestApp> {
  const opened = await openTestApp({ now: () => new Date('2025-02-10T10:00:00Z') });
  const clientId = (await opened.call('clients.create', sampleClient)).id;
  const activity = await opened.call('activities.create', {
    clientId,
    activity: { name: 'Lohnabrechnung' },
  });
  await opened.call('activities.update', {
    id: activity.id,
    activity: { name: 'Lohn- und Gehaltsabrechnung' },
  });
  await opened.call('activities.archive', { id: activity.id });
  const request = await opened.call('requests.create', { clientId, request: accessRequest() });
  await opened.call('attachments.add', {
    ownerType: 'request',
    ownerId: request.id,
    role: 'original',
    name: 'brief.pdf',
    base64: Buffer.from('%PDF-1.4').toString('base64'),
  });
  return opened;
}

/** Edits the file behind the app's back, as someone with the file and an SQLite tool would. */
function tamper(file: string, statement: string) {
  const other = new SQLite(file);
  other.exec(statement);
  other.close();
}

describe('the audit log as a hash chain', () => {
  it('links every entry to the one before and verifies intact', async () => {
    app = await withHistory();
    const rows = app.ctx
      .workspace()
      .sqlite.prepare('SELECT id, prev_hash, hash FROM audit_log ORDER BY id')
      .all() as { id: number; prev_hash: string; hash: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(await app.call('audit.verify', {})).toEqual({
      intact: true,
      entries: rows.length,
      firstBroken: null,
    });
  });

  it('names the entry edited directly in the file', async () => {
    app = await withHistory();
    tamper(app.file, "UPDATE audit_log SET label = 'jemand anderes' WHERE id = 3");
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: false, firstBroken: 3 });
  });

  it('finds a changed time, a removed entry and a recomputed content hash', async () => {
    app = await withHistory();
    const count = (await app.call('audit.verify', {})).entries;
    tamper(app.file, "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2");
    expect(await app.call('audit.verify', {})).toMatchObject({ firstBroken: 2 });
    await app.close();

    app = await withHistory();
    tamper(app.file, 'DELETE FROM audit_log WHERE id = 4');
    expect(await app.call('audit.verify', {})).toEqual({
      intact: false,
      entries: count - 1,
      firstBroken: 5,
    });
    await app.close();

    // Replacing the content and its hash still breaks the entry's own chain hash.
    app = await withHistory();
    const row = app.ctx
      .workspace()
      .sqlite.prepare("SELECT id FROM audit_log WHERE entity = 'request'")
      .get() as { id: number };
    tamper(
      app.file,
      `UPDATE audit_log SET changes = '{}', content_hash = '${'a'.repeat(64)}' WHERE id = ${row.id}`,
    );
    expect(await app.call('audit.verify', {})).toMatchObject({ firstBroken: row.id });
  });

  it('chains the history of a workspace written before the chain existed', async () => {
    const file = path.join(tempDir(), 'alt.sqlite');
    const sqlite = new SQLite(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0006'));
    const migrator = new Migrator({ db, provider: { getMigrations: async () => before } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const insert = sqlite.prepare(
      `INSERT INTO audit_log (at, actor, org_id, entity, entity_id, action, changes, label)
       VALUES (?, 'Alte Nutzerin', 1, 'activity', ?, ?, ?, ?)`,
    );
    insert.run('2024-01-01T08:00:00.000Z', 1, 'create', '{"name":[null,"A"]}', 'A');
    insert.run('2024-01-02T08:00:00.000Z', 1, 'update', '{"name":["A","B"]}', 'B');
    insert.run('2024-01-03T08:00:00.000Z', 2, 'delete', '{"name":["C",null]}', 'C');
    await db.destroy();

    const ws = await openWorkspace(file);
    expect(await verifyAuditChain(ws.db)).toEqual({ intact: true, entries: 3, firstBroken: null });
    expect(ws.sqlite.prepare('SELECT label, actor FROM audit_log ORDER BY id').all()).toEqual([
      { label: 'A', actor: 'Alte Nutzerin' },
      { label: 'B', actor: 'Alte Nutzerin' },
      { label: 'C', actor: 'Alte Nutzerin' },
    ]);
    await ws.close();
    expect(fs.readdirSync(path.dirname(file)).some((f) => f.includes('before-migration'))).toBe(
      true,
    );
  });

  it('makes the register export and the Art. 15 reply say that the history was altered', async () => {
    app = await openTestApp({ now: () => new Date('2025-02-10T10:00:00Z') });
    const clientId = (await app.call('clients.create', sampleClient)).id;
    const { subjectId, activityIds } = await seedRegister(app, clientId);
    const r = await app.call('requests.create', {
      clientId,
      request: accessRequest([subjectId('Kunden')]),
    });
    await app.call('requests.saveReply', { id: r.id, activityIds: [activityIds[0]!] });
    await app.call('requests.transition', { id: r.id, to: 'in_progress' });
    const documents = async () => {
      const register = await app!.call('activities.exportRegister', {
        clientId,
        format: 'docx',
        language: 'de',
      });
      const json = await app!.call('activities.exportRegister', {
        clientId,
        format: 'json',
        language: 'en',
      });
      const reply = await app!.call('requests.letter', {
        id: r.id,
        letter: 'art15',
        language: 'de',
      });
      const ack = await app!.call('requests.letter', {
        id: r.id,
        letter: 'acknowledgement',
        language: 'de',
      });
      const text = (f: { base64: string }) => docxText(Buffer.from(f.base64, 'base64'));
      return {
        register: text(register),
        json: Buffer.from(json.base64, 'base64').toString('utf8'),
        reply: text(reply),
        ack: text(ack),
      };
    };
    const intact = await documents();
    expect(intact.register).not.toContain('Nachvollziehbarkeit');
    expect(intact.reply).not.toContain('Änderungsprotokoll');

    tamper(app.file, "UPDATE audit_log SET actor = 'Niemand' WHERE id = 2");
    const broken = await documents();
    expect(broken.register).toContain(
      'Hinweis zur Nachvollziehbarkeit: Bei der Erstellung dieses Dokuments am 10.02.2025 hat Privacy Desk festgestellt, dass das Änderungsprotokoll des Arbeitsbereichs ab Eintrag Nr. 2 außerhalb der Anwendung verändert wurde.',
    );
    expect(JSON.parse(broken.json).integrityNote).toContain('from entry no. 2 on');
    expect(broken.reply).toContain(
      'Hinweis: Bei der Erstellung dieses Schreibens am 10.02.2025 hat unsere Software festgestellt, dass ihr elektronisches Änderungsprotokoll nicht unversehrt ist.',
    );
    // Only the reply that carries information from the register says so.
    expect(broken.ack).not.toContain('Änderungsprotokoll');
  });
});

describe('the check behind the documents', () => {
  it('walks only new entries after its own writes, and the whole chain after an outside edit', async () => {
    app = await withHistory();
    const clientId = (await app.call('clients.list', {}))[0]!.id;
    const note = async () => {
      const json = await app!.call('activities.exportRegister', {
        clientId,
        format: 'json',
        language: 'en',
      });
      return JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')).integrityNote as
        string | undefined;
    };
    expect(await note()).toBeUndefined();
    // The app's own writes extend the chain; a request deleted redacts earlier entries.
    await app.call('activities.create', { clientId, activity: { name: 'Kundenservice' } });
    const request = await app.call('requests.create', { clientId, request: accessRequest() });
    await app.call('requests.delete', { id: request.id });
    expect(await note()).toBeUndefined();
    // The newest entry, edited by another process after the last check, is found.
    const newest = (
      app.ctx.workspace().sqlite.prepare('SELECT max(id) AS id FROM audit_log').get() as {
        id: number;
      }
    ).id;
    tamper(app.file, `UPDATE audit_log SET actor = 'Niemand' WHERE id = ${newest}`);
    expect(await note()).toContain(`from entry no. ${newest} on`);
    // And an old one, behind the entries already checked.
    tamper(app.file, `UPDATE audit_log SET actor = 'Sonst wer' WHERE id = 1`);
    expect(await note()).toContain('from entry no. 1 on');
  });
});
