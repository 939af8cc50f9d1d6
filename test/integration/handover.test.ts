import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../core/api';
import { handoverTables } from '../../db/repos/handover-tables';
import { openTestApp, type TestApp } from '../helpers/app';
import { goodTemplateLines, templateDocx } from '../fixtures/avv';
import { misdirectedEmail, seedBreachClient } from '../fixtures/breaches';
import { accessRequest } from '../fixtures/requests';

// The hand-over file of one client through the real handlers on real workspace files: a
// client exported from one workspace arrives in another with the same records, files and
// documents; a file that was altered, cut short, made by a newer version or is not one at
// all is refused in plain words with nothing written.

let source: TestApp;
let target: TestApp;
const now = new Date('2026-11-20T10:00:00Z');
const contract = Buffer.from('%PDF-1.7 Auskunft an Jürgen Größmann – Anlage', 'utf8');

beforeEach(async () => {
  source = await openTestApp({ now: () => now });
  target = await openTestApp({ now: () => now });
});
afterEach(async () => {
  await source.close();
  await target.close();
});

async function seedClient() {
  const client = await seedBreachClient(source);
  await source.call('breaches.create', {
    clientId: client.clientId,
    breach: misdirectedEmail(client),
  });
  const request = await source.call('requests.create', {
    clientId: client.clientId,
    request: accessRequest([client.entry('Kunden')]),
  });
  const file = await source.call('attachments.add', {
    ownerType: 'request',
    ownerId: request.id,
    role: '',
    name: 'Anlage.pdf',
    mimeType: 'application/pdf',
    base64: contract.toString('base64'),
  });
  return { clientId: client.clientId, requestId: request.id, file };
}

const rows = (app: TestApp, table: string) =>
  app.ctx.workspace().sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const everyCount = (app: TestApp) =>
  ['clients', 'activities', 'requests', 'attachments', 'audit_log'].map((t) => rows(app, t));

/** The register as CSV: what the client's records look like in a generated document. */
async function registerCsv(app: TestApp, clientId: number) {
  const file = await app.call('activities.exportRegister', {
    clientId,
    format: 'csv',
    language: 'de',
  });
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

/** Imports that must be refused with `key` on the file; nothing may be written. */
async function refused(base64: string, key: string, passphrase = '') {
  const before = everyCount(target);
  for (const method of ['clients.previewImport', 'clients.importFile']) {
    const envelope = await target.raw(method, { base64, passphrase });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) continue;
    expect(envelope.error.code).toBe('VALIDATION_FAILED');
    const issues = (envelope.error.issues ?? []).map((i: FieldIssue) => `${i.path} ${i.key}`);
    expect(issues).toEqual([`file ${key}`]);
    expect(envelope.error.issues?.[0]?.message).not.toBe('');
  }
  expect(everyCount(target)).toEqual(before);
}

/** The zip's entries, changed by `edit`, packed again (a file made by someone else). */
function repacked(base64: string, edit: (entries: Record<string, Uint8Array>) => void) {
  const entries = unzipSync(Buffer.from(base64, 'base64'));
  edit(entries);
  return Buffer.from(zipSync(entries)).toString('base64');
}

describe('the hand-over file of a client', () => {
  it('carries every record, file and history entry into another workspace as a new client', async () => {
    const { clientId, requestId, file } = await seedClient();
    const base64 = Buffer.from(await templateDocx(goodTemplateLines)).toString('base64');
    const template = await source.call('avvTemplates.add', {
      name: 'Kanzlei',
      filename: 'avv.docx',
      base64,
    });
    const {
      items: [sourceProcessor],
    } = await source.call('processors.list', { clientId });
    const draft = await source.call('processors.draft', {
      id: sourceProcessor?.id ?? 0,
      options: {
        language: 'de',
        jurisdiction: 'München',
        place: 'München',
        templateId: template.id,
      },
    });
    const exported = await source.call('clients.exportFile', { id: clientId });
    expect(exported.filename).toBe('Bäckerei Müller & Söhne GmbH.pdclient');

    const preview = await target.call('clients.previewImport', { base64: exported.base64 });
    expect(preview).toMatchObject({
      clientName: 'Bäckerei Müller & Söhne GmbH',
      nameTaken: false,
      encrypted: false,
      historyVerified: true,
      counts: { activities: 2, processors: 1, requests: 1, breaches: 1, attachments: 2 },
    });
    expect(everyCount(target)).toEqual([0, 0, 0, 0, 0]);

    const imported = await target.call('clients.importFile', { base64: exported.base64 });
    const { id: _a, createdAt: _b, updatedAt: _c, ...details } = imported;
    const {
      id: _d,
      createdAt: _e,
      updatedAt: _f,
      ...original
    } = await source.call('clients.get', { id: clientId });
    expect(details).toEqual(original);
    expect(await registerCsv(target, imported.id)).toBe(await registerCsv(source, clientId));

    const [request] = await target.call('requests.list', { clientId: imported.id });
    expect(request?.requesterName).toBe('Jürgen Größmann');
    const files = await target.call('attachments.list', {
      ownerType: 'request',
      ownerId: request?.id ?? 0,
    });
    expect(files.map((f) => [f.name, f.sha256])).toEqual([[file.name, file.sha256]]);
    const bytes = await target.call('attachments.get', { id: files[0]?.id ?? 0 });
    expect(Buffer.from(bytes.base64, 'base64').equals(contract)).toBe(true);
    const breaches = await target.call('breaches.list', { clientId: imported.id });
    expect(breaches.map((b) => b.title)).toEqual(['Rechnung an falschen Kunden gemailt']);
    expect(requestId).toBeGreaterThan(0);

    // The AVV draft made from a workspace template arrives as the same file; the template
    // itself stays behind, so the processor's next draft falls back to the built-in one.
    const {
      items: [processor],
    } = await target.call('processors.list', { clientId: imported.id });
    const drafts = await target.call('attachments.list', {
      ownerType: 'processor',
      ownerId: processor?.id ?? 0,
    });
    expect(drafts.map((d) => d.sha256)).toEqual([draft.attachment.sha256]);
    const after = await target.call('processors.get', { id: processor?.id ?? 0 });
    expect(after.draftOptions.templateId).toBeNull();

    // One entry for the import, naming the file's hash, with the history it brought along.
    const history = await target.call('audit.list', { entity: 'client', entityId: imported.id });
    expect(history).toHaveLength(1);
    const changes = JSON.stringify(history[0]);
    expect(changes).toContain(preview.sha256);
    expect(changes).toContain('Rechnung an falschen Kunden gemailt');
    expect(await target.call('audit.verify', {})).toMatchObject({ intact: true });
  });

  it('lists every table that holds a client id', () => {
    const sqlite = source.ctx.workspace().sqlite;
    const tables = sqlite
      .prepare(
        `SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
         WHERE m.type = 'table' AND c.name = 'client_id' ORDER BY m.name`,
      )
      .pluck()
      .all() as string[];
    const listed = new Set<string>(handoverTables.map((spec) => spec.table));
    // The audit log travels as the client's history (history.json), not as rows; the bases
    // of a merge travel as bases.json.
    expect(tables.filter((t) => !listed.has(t))).toEqual(['audit_log', 'handover_bases']);
  });

  it('encrypts with a passphrase and refuses a missing or wrong one and a changed byte', async () => {
    const { clientId } = await seedClient();
    const passphrase = 'Übergabe an Kanzlei Weber 2026';
    const exported = await source.call('clients.exportFile', { id: clientId, passphrase });
    const bytes = Buffer.from(exported.base64, 'base64');
    expect(bytes.includes(Buffer.from('Größmann'))).toBe(false);

    await refused(exported.base64, 'handoverPassphraseNeeded');
    await refused(exported.base64, 'handoverPassphraseWrong', 'eine andere Passphrase');
    const changed = Buffer.from(bytes);
    const at = Math.floor(changed.length / 2);
    changed[at] = (changed[at] ?? 0) ^ 1;
    await refused(changed.toString('base64'), 'handoverPassphraseWrong', passphrase);

    const short = await source.raw('clients.exportFile', { id: clientId, passphrase: 'kurz' });
    expect(short.ok).toBe(false);

    const preview = await target.call('clients.previewImport', {
      base64: exported.base64,
      passphrase,
    });
    expect(preview.encrypted).toBe(true);
    await target.call('clients.importFile', { base64: exported.base64, passphrase });
    expect(rows(target, 'attachments')).toBe(1);
  });

  it('refuses an altered, truncated, foreign or newer file and writes nothing', async () => {
    const { clientId } = await seedClient();
    const { base64 } = await source.call('clients.exportFile', { id: clientId });
    await target.call('clients.create', { name: 'Schon da GmbH', land: 'BE' });

    const altered = repacked(base64, (entries) => {
      const data = strFromU8(entries['data.json'] ?? new Uint8Array(0));
      entries['data.json'] = strToU8(data.replace('Kundenverwaltung', 'Kundenverwaltunk'));
    });
    await refused(altered, 'handoverDamaged');
    const bytes = Buffer.from(base64, 'base64');
    await refused(
      bytes.subarray(0, Math.floor(bytes.length * 0.6)).toString('base64'),
      'handoverDamaged',
    );

    await refused(Buffer.from('Kein Zip, nur Text.').toString('base64'), 'handoverForeign');
    const randomZip = zipSync({ 'notes.txt': strToU8('Einkaufsliste') });
    await refused(Buffer.from(randomZip).toString('base64'), 'handoverForeign');

    const withManifest = (change: Record<string, unknown>) =>
      repacked(base64, (entries) => {
        const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array(0)));
        entries['manifest.json'] = strToU8(JSON.stringify({ ...manifest, ...change }));
      });
    await refused(withManifest({ formatVersion: 2 }), 'handoverTooNew');
    await refused(withManifest({ schemaVersion: '0099-from-the-future' }), 'handoverTooNew');
  });

  it('checks the history it brings: a redaction keeps it verified, an edited entry does not', async () => {
    const { clientId, requestId } = await seedClient();
    // Deleting a request redacts its personal data in the history; the hashes still hold.
    await source.call('requests.delete', { id: requestId });
    const { base64 } = await source.call('clients.exportFile', { id: clientId });
    expect((await target.call('clients.previewImport', { base64 })).historyVerified).toBe(true);

    // An entry edited in the source workspace, packed by hand with matching file hashes.
    const edited = repacked(base64, (entries) => {
      const history = JSON.parse(strFromU8(entries['history.json'] ?? new Uint8Array(0)));
      history[0].label = 'Umbenannt';
      entries['history.json'] = strToU8(JSON.stringify(history));
      const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array(0)));
      manifest.entries['history.json'] = createHash('sha256')
        .update(entries['history.json'])
        .digest('hex');
      entries['manifest.json'] = strToU8(JSON.stringify(manifest));
    });
    expect((await target.call('clients.previewImport', { base64: edited })).historyVerified).toBe(
      false,
    );
  });

  it('asks for another name when the workspace has a client of that name', async () => {
    const { clientId } = await seedClient();
    const { base64 } = await source.call('clients.exportFile', { id: clientId });
    expect((await source.call('clients.previewImport', { base64 })).nameTaken).toBe(true);
    const before = everyCount(source);
    const envelope = await source.raw('clients.importFile', { base64 });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.issues?.map((i) => i.path)).toEqual(['name']);
    expect(everyCount(source)).toEqual(before);

    const copy = await source.call('clients.importFile', { base64, name: 'Bäckerei Kopie' });
    const original = await registerCsv(source, clientId);
    expect(await registerCsv(source, copy.id)).toBe(
      original.replaceAll('Bäckerei Müller & Söhne GmbH', 'Bäckerei Kopie'),
    );
    expect(await source.call('audit.verify', {})).toMatchObject({ intact: true });
  });
});
