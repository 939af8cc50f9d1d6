import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, sampleOrganisation, type TestApp } from '../helpers/app';
import { docxToText, normaliseSpace, warnIfNoLibreOffice } from '../helpers/libreoffice';
import { accessRequest, seedRegister } from '../fixtures/dsar';

// Opens the Art. 15 reply in LibreOffice, as the requester's office suite would, and reads
// the rendered text back: the requester, the chosen activities' purposes and data
// categories, the supervisory authority and the due date must be there, umlauts intact.
const skip = warnIfNoLibreOffice('dsar-letters-libreoffice.test.ts (Art. 15 reply rendering)');

let app: TestApp;
let requestId: number;

beforeAll(async () => {
  app = await openTestApp({ now: () => new Date('2025-02-10T10:00:00Z') });
  const orgId = (await app.call('organisations.create', sampleOrganisation)).id;
  const { subjectId } = await seedRegister(app, orgId);
  const r = await app.call('dsar.create', { orgId, request: accessRequest([subjectId('Kunden')]) });
  const proposal = await app.call('dsar.proposal', { id: r.id });
  await app.call('dsar.saveReply', {
    id: r.id,
    activityIds: proposal.activities.filter((a) => a.proposed).map((a) => a.id),
  });
  requestId = r.id;
});
afterAll(() => app.close());

const render = async (language: 'de' | 'en') => {
  const file = await app.call('dsar.letter', { id: requestId, letter: 'art15', language });
  return normaliseSpace(await docxToText(Buffer.from(file.base64, 'base64'), `art15-${language}`));
};

describe('Art. 15 reply rendered by LibreOffice', () => {
  it.skipIf(skip)(
    'shows requester, purposes, data categories, authority and due date',
    async () => {
      const text = await render('de');
      for (const expected of [
        'Jürgen Größmann',
        'Lindenstraße 5',
        'Bäckerei Müller & Söhne GmbH',
        'Auskunft nach Art. 15 DSGVO',
        'Frist zur Beantwortung: 28.02.2025',
        'Kundenverwaltung und Aufträge',
        'Abwicklung von Bestellungen und Lieferungen',
        'Kundenservice-Hotline',
        'Beantwortung von Kundenanfragen und Reklamationen',
        'Kontaktdaten',
        'Bestelldaten',
        'Gesprächsnotizen',
        'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)',
        '91522 Ansbach',
        'Beschwerderecht',
        'Mit freundlichen Grüßen',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Lohnabrechnung');
      expect(text).toMatch(/Seite 1 von [1-9]/);
    },
  );

  it.skipIf(skip)('renders the English reply', async () => {
    const text = await render('en');
    for (const expected of [
      'Access under Art. 15 GDPR',
      'Jürgen Größmann',
      'Time limit for the answer: 28 February 2025',
      'Transfers to third countries',
      'Bavarian Data Protection Authority (BayLDA)',
      'Yours sincerely',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
