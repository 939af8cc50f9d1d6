import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import {
  base64,
  englishExport,
  germanExport,
  newsletterText,
  twentySubscribers,
  windows1252,
} from '../fixtures/consent';

// The CSV import through the handlers on a real workspace: a preview that writes nothing,
// the import of every row or of none, the encodings and delimiters tools write, a person the
// client already has, and a saved column mapping.

let app: TestApp;
let clientId: number;
let textId: number;
const now = new Date('2025-03-20T10:00:00Z');

/** Everything in the workspace file as one hash: a failed import must not change it. */
function digest(): string {
  const sqlite = app.ctx.workspace().sqlite;
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const t of tables)
    hash.update(JSON.stringify(sqlite.prepare(`SELECT * FROM "${t}"`).raw().all()));
  return hash.digest('hex');
}

const error = async (method: Parameters<TestApp['raw']>[0], input: unknown) => {
  const envelope = await app.raw(method, input);
  if (envelope.ok) throw new Error(`${method} succeeded`);
  return envelope.error;
};

const mapping = {
  email: 'E-Mail-Adresse',
  firstName: 'Vorname',
  lastName: 'Nachname',
  givenAt: 'Anmeldedatum',
  doiConfirmedAt: 'Bestätigt am',
  ip: 'IP-Adresse',
};

beforeAll(async () => {
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', sampleClient)).id;
  textId = (await app.call('consent.createText', { clientId, text: newsletterText })).id;
});
afterAll(() => app.close());

describe('previewing an export', () => {
  it('reads a German export with BOM and ";", proposes the mapping and writes nothing', async () => {
    const before = digest();
    const preview = await app.call('consent.previewImport', {
      clientId,
      name: 'newsletter.csv',
      base64: base64(germanExport(twentySubscribers)),
      textId,
    });
    expect(preview).toMatchObject({
      encoding: 'utf-8',
      detected: true,
      delimiter: ';',
      rows: 20,
      newPersons: 20,
      existingPersons: 0,
      issues: [],
      mapping,
    });
    expect(preview.sample[1]).toMatchObject({
      row: 3,
      name: 'Jürgen Müller-2',
      email: 'kunde2@example.org',
      givenAt: '2025-02-02T09:01:00.000Z',
    });
    expect(digest()).toBe(before);
  });

  it('detects Windows-1252 and says so; refuses it when UTF-8 was chosen', async () => {
    const bytes = windows1252(germanExport(twentySubscribers.slice(0, 3), false));
    const preview = await app.call('consent.previewImport', {
      clientId,
      name: 'excel.csv',
      base64: base64(bytes),
    });
    expect(preview).toMatchObject({ encoding: 'windows-1252', detected: true });
    expect(preview.sample[1]!.name).toBe('Jürgen Müller-2');
    const refused = await error('consent.previewImport', {
      clientId,
      name: 'excel.csv',
      base64: base64(bytes),
      encoding: 'utf-8',
    });
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.issues?.[0]).toMatchObject({ path: 'base64', key: 'csvEncoding' });
  });

  it('reads an English export with "," and quoted fields holding line breaks', async () => {
    const rows = [
      {
        ...twentySubscribers[0]!,
        first: 'Anna "Annie"',
        last: 'Smith,\nJr.',
        subscribed: '2025-02-01T10:00:00Z',
        confirmed: '2025-02-01T10:05:00Z',
      },
    ];
    const preview = await app.call('consent.previewImport', {
      clientId,
      name: 'mailchimp.csv',
      base64: base64(englishExport(rows)),
    });
    expect(preview).toMatchObject({ delimiter: ',', rows: 1, issues: [] });
    expect(preview.mapping).toMatchObject({
      email: 'Email Address',
      givenAt: 'OPTIN_TIME',
      doiConfirmedAt: 'CONFIRM_TIME',
    });
    expect(preview.sample[0]!.name).toBe('Anna "Annie" Smith,\nJr.');
  });
});

describe('importing', () => {
  it('imports nothing when a row is bad, and names every bad row and field', async () => {
    const bad = [
      ...twentySubscribers.slice(0, 3),
      { ...twentySubscribers[3]!, email: 'keine-adresse' },
      { ...twentySubscribers[4]!, subscribed: '02/30/2025' },
      { ...twentySubscribers[5]!, email: twentySubscribers[0]!.email.toUpperCase() },
      { ...twentySubscribers[6]!, subscribed: '01.01.2030 10:00' },
    ];
    const before = digest();
    const refused = await error('consent.importFile', {
      clientId,
      name: 'bad.csv',
      base64: base64(germanExport(bad)),
      mapping,
      textId,
    });
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.issues?.map((i) => `${i.path} ${i.key}`)).toEqual([
      ' importRowsInvalid',
      'rows.5.email email',
      'rows.6.givenAt rowDateTime',
      'rows.7.email rowDuplicate',
      'rows.8.givenAt timeInFuture',
      'rows.8.doiConfirmedAt rowDoiBeforeGiven',
    ]);
    expect(digest()).toBe(before);
  });

  it('imports twenty persons with consent and double opt-in, and saves the mapping', async () => {
    const result = await app.call('consent.importFile', {
      clientId,
      name: 'newsletter.csv',
      base64: base64(germanExport(twentySubscribers)),
      mapping,
      textId,
    });
    expect(result).toMatchObject({ created: 20, updated: 0, events: 40 });
    const status = await app.call('consent.channelStatus', { clientId });
    expect(status).toMatchObject({ persons: 20, suppressed: 0 });
    expect(status.channels.find((c) => c.channel === 'email')!.allowed).toBe(20);
    const page = await app.call('consent.persons', { clientId, search: 'kunde12@' });
    const person = await app.call('consent.getPerson', { id: page.rows[0]!.id });
    expect(person.events.map((e) => [e.kind, e.importId])).toEqual([
      ['given', result.importId],
      ['doi_confirmed', result.importId],
    ]);
    expect(person.events[0]).toMatchObject({
      source: 'import',
      sourceDetail: 'newsletter.csv',
      ip: '203.0.113.7',
    });
    const history = await app.call('audit.list', { entity: 'consent_person', entityId: person.id });
    expect(history.map((e) => e.action)).toEqual(['create']);
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: true });
    // The next file of the same tool finds the mapping it saved.
    const next = await app.call('consent.previewImport', {
      clientId,
      name: 'newsletter-april.csv',
      base64: base64(germanExport(twentySubscribers.slice(0, 2))),
    });
    expect(next).toMatchObject({ savedMapping: true, mapping });
  });

  it('adds to a person the client has only what is new, and creates no duplicate', async () => {
    const again = [
      twentySubscribers[0]!,
      { ...twentySubscribers[1]!, subscribed: '10.03.2025 09:00', confirmed: '10.03.2025 09:05' },
      {
        email: 'neu@example.org',
        first: 'Neu',
        last: 'Kundin',
        subscribed: '11.03.2025 12:00',
        confirmed: '',
      },
    ];
    const preview = await app.call('consent.previewImport', {
      clientId,
      name: 'again.csv',
      base64: base64(germanExport(again)),
    });
    expect(preview).toMatchObject({ newPersons: 1, existingPersons: 2 });
    const result = await app.call('consent.importFile', {
      clientId,
      name: 'again.csv',
      base64: base64(germanExport(again)),
      mapping,
      textId,
    });
    expect(result).toMatchObject({ created: 1, updated: 1, events: 3 });
    expect((await app.call('consent.channelStatus', { clientId })).persons).toBe(21);
    const neu = (await app.call('consent.persons', { clientId, search: 'neu@' })).rows[0]!;
    expect(neu.allowed).toEqual(['post']);
  });

  it('refuses hostile files with a typed error and writes nothing', async () => {
    const before = digest();
    const files: [string, Uint8Array | string, string][] = [
      ['binary', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), 'csvBinary'],
      ['utf-16', Uint8Array.from([0xff, 0xfe, 0x41, 0]), 'csvEncodingUnknown'],
      ['open quote', 'E-Mail;Anmeldedatum\r\n"a@example.org;01.02.2025\r\n', 'csvQuotes'],
      ['header only', 'E-Mail;Anmeldedatum\r\n', 'csvEmpty'],
      [
        'long field',
        `E-Mail;Anmeldedatum\r\n${'x'.repeat(6000)};01.02.2025\r\n`,
        'csvFieldTooLong',
      ],
      [
        'too many rows',
        `E-Mail;Anmeldedatum\r\n${'a@example.org;01.02.2025\r\n'.repeat(50_001)}`,
        'csvTooManyRows',
      ],
    ];
    for (const [what, content, key] of files) {
      const refused = await error('consent.importFile', {
        clientId,
        name: 'x.csv',
        base64: base64(content),
        mapping,
        textId,
      });
      expect(refused.code, what).not.toBe('INTERNAL');
      expect(refused.issues?.[0]?.key, what).toBe(key);
    }
    expect(digest()).toBe(before);
  });
});
