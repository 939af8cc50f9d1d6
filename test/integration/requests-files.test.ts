import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

let app: TestApp;
let clientId: number;
const NOW = new Date('2025-02-10T10:00:00Z');

beforeEach(async () => {
  app = await openTestApp({ now: () => NOW });
  clientId = (await app.call('clients.create', sampleClient)).id;
});
afterEach(() => app.close());

const eml = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/eml', name)).toString('base64');
const count = (table: string) =>
  (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n;

describe('an .eml dropped on the inbox', () => {
  it('creates a request with sender, date and subject, keeping the file as the original', async () => {
    const r = await app.call('requests.importEml', {
      clientId,
      name: 'access.eml',
      base64: eml('access.eml'),
    });
    expect(r).toMatchObject({
      kind: 'access',
      channel: 'email',
      requesterName: 'Anna Müller',
      requesterEmail: 'anna.mueller@example.org',
      receivedOn: '2025-02-04',
      receivedTime: '00:30',
    });
    expect(r.description).toContain('Betreff: Auskunft nach Art. 15 DSGVO über meine Daten');
    expect(r.deadlines.due).toBe('2025-03-04');
    const files = await app.call('attachments.list', { ownerType: 'request', ownerId: r.id });
    expect(files).toEqual([expect.objectContaining({ role: 'original', name: 'access.eml' })]);
    expect(files[0]!.size).toBe(
      fs.statSync(path.resolve(import.meta.dirname, '../fixtures/eml/access.eml')).size,
    );
  });

  it.each([
    ['not-an-email.eml', 'emlMalformed', 'keine lesbare E-Mail'],
    ['bad-date.eml', 'emlNoDate', 'kein lesbares Datum'],
  ])('refuses %s with a clear reason and creates nothing', async (name, key, text) => {
    const before = [count('requests'), count('attachments'), count('audit_log')];
    const envelope = await app.raw('requests.importEml', { clientId, name, base64: eml(name) });
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'file', key, message: expect.stringContaining(text) }],
      },
    });
    expect([count('requests'), count('attachments'), count('audit_log')]).toEqual(before);
  });

  it('refuses an e-mail dated in the future', async () => {
    const future = Buffer.from(
      'From: a@example.org\r\nDate: Fri, 1 Aug 2025 10:00:00 +0200\r\nSubject: Auskunft\r\n\r\nx',
    ).toString('base64');
    const envelope = await app.raw('requests.importEml', {
      clientId,
      name: 'f.eml',
      base64: future,
    });
    expect(envelope).toMatchObject({ ok: false, error: { issues: [{ key: 'inFuture' }] } });
    expect(count('requests')).toBe(0);
  });
});
