import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

// After a deletion the file must not keep the person's data anywhere: not in the table,
// not in the audit log, not in free pages, not in the WAL. Searched in the raw bytes.

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp({ now: () => new Date('2025-02-10T10:00:00Z') });
});
afterEach(() => app.close());

const secrets = {
  name: 'Zebulon Quxworth',
  email: 'zebulon.quxworth@example.org',
  text: 'Flumbertgeheimnis meiner Krankenakte',
  phone: '+49 170 9876543',
  street: 'Quxwegstraße 77',
};

/** Every file of the workspace as bytes: the database, and its WAL if there is one. */
function rawBytes(file: string): Buffer {
  const parts = [file, `${file}-wal`].filter((f) => fs.existsSync(f));
  return Buffer.concat(parts.map((f) => fs.readFileSync(f)));
}

function leftovers(file: string, needles: string[]): string[] {
  const bytes = rawBytes(file);
  return needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8')));
}

async function requestWithHistory(clientId: number) {
  const r = await app.call('requests.create', {
    clientId,
    request: {
      kind: 'erasure',
      receivedOn: '2025-02-03',
      channel: 'email',
      requesterName: secrets.name,
      requesterEmail: secrets.email,
      requesterAddress: secrets.street,
      description: secrets.text,
    },
  });
  await app.call('requests.update', {
    id: r.id,
    request: {
      kind: 'erasure',
      receivedOn: '2025-02-03',
      channel: 'email',
      requesterName: secrets.name,
      requesterEmail: secrets.email,
      requesterPhone: secrets.phone,
      requesterAddress: secrets.street,
      description: `${secrets.text} (ergänzt)`,
    },
  });
  await app.call('attachments.add', {
    ownerType: 'request',
    ownerId: r.id,
    role: 'original',
    name: `Antrag ${secrets.name}.txt`,
    base64: Buffer.from(`Von ${secrets.name}: ${secrets.text}`).toString('base64'),
  });
  return r;
}

describe('nothing left behind after a deletion', () => {
  it('runs with secure_delete on', () => {
    expect(app.ctx.workspace().sqlite.pragma('secure_delete', { simple: true })).toBe(1);
  });

  it("a deleted request leaves none of the requester's data in the file or the WAL", async () => {
    const clientId = (await app.call('clients.create', sampleClient)).id;
    const r = await requestWithHistory(clientId);
    app.ctx.workspace().sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const needles = Object.values(secrets);
    // The data is really there before: otherwise the search below proves nothing.
    expect(leftovers(app.file, needles)).toEqual(needles);

    await app.call('requests.delete', { id: r.id });
    expect(leftovers(app.file, needles)).toEqual([]);

    // The history still says what happened, and the chain still verifies.
    const history = await app.call('audit.list', { entity: 'request', entityId: r.id });
    const own = history.filter((e) => e.entity === 'request');
    expect(own.map((e) => e.action)).toEqual(['redact', 'delete', 'update', 'create']);
    // Its file's entries stay in the history without the file's name.
    expect(history.filter((e) => e.entity === 'attachment').map((e) => e.label)).toEqual([
      expect.stringMatching(/^#\d+$/),
    ]);
    expect(own.find((e) => e.action === 'create')).toMatchObject({
      label: `#${r.id}`,
      changes: { kind: [null, 'erasure'], receivedOn: [null, '2025-02-03'] },
    });
    expect(JSON.stringify(history)).not.toContain('Zebulon');
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: true, firstBroken: null });

    await app.close();
    expect(leftovers(app.file, needles)).toEqual([]);
    app = await openTestApp({ file: app.file });
  });

  it('a deleted file keeps only its type and size in the history', async () => {
    const clientId = (await app.call('clients.create', sampleClient)).id;
    const r = await app.call('requests.create', {
      clientId,
      request: { kind: 'access', receivedOn: '2025-02-03', channel: 'letter', requesterName: 'X' },
    });
    const file = await app.call('attachments.add', {
      ownerType: 'request',
      ownerId: r.id,
      role: 'original',
      name: `Ausweis ${secrets.name}.txt`,
      mimeType: 'text/plain',
      base64: Buffer.from(secrets.text).toString('base64'),
    });
    await app.call('attachments.delete', { id: file.id });
    expect(leftovers(app.file, [secrets.name, secrets.text])).toEqual([]);
    const history = await app.call('audit.list', { entity: 'attachment', entityId: file.id });
    expect(history[1]).toMatchObject({ action: 'delete', label: `#${file.id}` });
    expect(history[1]!.changes).toMatchObject({ mimeType: ['text/plain', null] });
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: true });
  });

  it("a deleted client leaves no contact data, nor its requesters' data", async () => {
    const client = await app.call('clients.create', {
      ...sampleClient,
      phone: secrets.phone,
      dpoName: 'Quxine Datenschutz',
      dpoEmail: 'quxine@example.org',
    });
    await app.call('activities.create', {
      clientId: client.id,
      activity: { name: 'Kundenverwaltung', contactEmail: 'kontakt.qux@example.org' },
    });
    await requestWithHistory(client.id);
    // A breach that names the person: its facts go with the client, from the history too.
    const breach = await app.call('breaches.create', {
      clientId: client.id,
      breach: {
        title: `Brief an ${secrets.name} falsch zugestellt`,
        description: secrets.text,
        awareAt: '2025-02-10T09:00:00+01:00',
        discoveredBy: secrets.street,
        kinds: ['confidentiality'],
      },
    });
    await app.call('breaches.update', {
      id: breach.id,
      breach: {
        title: `Brief an ${secrets.name} falsch zugestellt`,
        description: `${secrets.text} (ergänzt)`,
        awareAt: '2025-02-10T09:00:00+01:00',
        reportedBy: secrets.phone,
        kinds: ['confidentiality'],
      },
    });
    const needles = [
      ...Object.values(secrets),
      'Quxine Datenschutz',
      'quxine@example.org',
      'kontakt.qux@example.org',
      sampleClient.email,
    ];
    await app.call('clients.delete', { id: client.id });
    expect(leftovers(app.file, needles)).toEqual([]);
    const history = await app.call('audit.list', { clientId: client.id, limit: 100 });
    expect(history[0]).toMatchObject({ action: 'redact', entity: 'client' });
    // Who the client was stays on record: its name is not contact data.
    expect(history.find((e) => e.action === 'delete')).toMatchObject({
      entity: 'client',
      label: sampleClient.name,
    });
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: true });
  });

  it('a redacted entry edited afterwards is still reported', async () => {
    const clientId = (await app.call('clients.create', sampleClient)).id;
    const r = await requestWithHistory(clientId);
    await app.call('requests.delete', { id: r.id });
    const id = (await app.call('audit.list', { entity: 'request', entityId: r.id })).at(-1)!.id;
    app.ctx
      .workspace()
      .sqlite.prepare("UPDATE audit_log SET label = 'Zebulon' WHERE id = ?")
      .run(id);
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: false, firstBroken: id });
  });
});
