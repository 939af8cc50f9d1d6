import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { letterKind } from '../../core/api';
import { openTestApp, sampleOrganisation, type TestApp } from '../helpers/app';
import { docxText } from '../helpers/docx';
import { accessRequest, seedRegister } from '../fixtures/dsar';

let app: TestApp;
let orgId: number;
const NOW = new Date('2025-02-10T10:00:00Z');

beforeEach(async () => {
  app = await openTestApp({ now: () => NOW });
  orgId = (await app.call('organisations.create', sampleOrganisation)).id;
});
afterEach(() => app.close());

const eml = (name: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/eml', name)).toString('base64');
const count = (table: string) =>
  (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n;

describe('an .eml dropped on the inbox', () => {
  it('creates a request with sender, date and subject, keeping the file as the original', async () => {
    const r = await app.call('dsar.importEml', {
      orgId,
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
    const envelope = await app.raw('dsar.importEml', { orgId, name, base64: eml(name) });
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
    const envelope = await app.raw('dsar.importEml', { orgId, name: 'f.eml', base64: future });
    expect(envelope).toMatchObject({ ok: false, error: { issues: [{ key: 'inFuture' }] } });
    expect(count('requests')).toBe(0);
  });
});

describe('letters', () => {
  it('generates every letter as a Word document in German and English', async () => {
    const { subjectId } = await seedRegister(app, orgId);
    const r = await app.call('dsar.create', {
      orgId,
      request: accessRequest([subjectId('Kunden')]),
    });
    for (const language of ['de', 'en'] as const) {
      for (const letter of letterKind.options) {
        const file = await app.call('dsar.letter', { id: r.id, letter, language });
        expect(file.filename).toMatch(/_J(ü|u)rgen_Gr(ö|o)(ß|ss)mann_2025-02-10\.docx$/);
        const text = docxText(Buffer.from(file.base64, 'base64'));
        expect(text).toContain('Jürgen Größmann');
        expect(text).toContain(language === 'de' ? '28.02.2025' : '28 February 2025');
      }
    }
  });

  it('fills the Art. 15 reply from the confirmed activities and the register', async () => {
    const { subjectId, activityIds } = await seedRegister(app, orgId);
    const r = await app.call('dsar.create', {
      orgId,
      request: accessRequest([subjectId('Kunden')]),
    });
    await app.call('dsar.saveReply', {
      id: r.id,
      activityIds: [activityIds[0]!],
      copyDescription: 'Auszug aus dem Kundenkonto',
    });
    await app.call('attachments.add', {
      ownerType: 'request',
      ownerId: r.id,
      role: 'copy_of_data',
      name: 'Kundenkonto-K-4711.pdf',
      base64: Buffer.from('%PDF').toString('base64'),
    });
    const file = await app.call('dsar.letter', { id: r.id, letter: 'art15', language: 'de' });
    const text = docxText(Buffer.from(file.base64, 'base64'));
    for (const expected of [
      'Kundenverwaltung und Aufträge',
      'Abwicklung von Bestellungen und Lieferungen',
      'Kontaktdaten',
      'Versanddienstleister',
      '6 Jahre nach Ende des Kalenderjahres (§ 257 HGB)',
      'USA',
      'Standardvertragsklauseln',
      'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)',
      'Promenade 18',
      'Kundenkonto-K-4711.pdf',
      'Auszug aus dem Kundenkonto',
      'Art. 22',
    ]) {
      expect(text).toContain(expected);
    }
    // Only the confirmed activity: the hotline (also "Kunden") and payroll are left out.
    expect(text).not.toContain('Kundenservice-Hotline');
    expect(text).not.toContain('Lohnabrechnung');
  });
});
