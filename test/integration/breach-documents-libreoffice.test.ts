import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/app';
import { docxesToText, normaliseSpace, warnIfNoLibreOffice } from '../helpers/libreoffice';
import { highRisk, ransomware, seedBreachClient } from '../fixtures/breaches';

// The breach documents as the authority and the persons open them: made by the handlers
// from a recorded ransomware case, laid out by LibreOffice, read back as text. Every item
// Art. 33(3) asks of a notification must be there, with the values recorded.
const skip = warnIfNoLibreOffice(
  'breach-documents-libreoffice.test.ts (breach documents rendering)',
);

let app: TestApp;
let rendered = new Map<string, string>();

beforeAll(async () => {
  app = await openTestApp({ now: () => new Date('2026-11-21T09:00:00Z') });
  app.ctx.settings.setPreferences({
    userName: 'Erika Beispiel',
    userRole: 'Geschäftsführerin',
    language: 'de',
  });
  const client = await seedBreachClient(app);
  const { id } = await app.call('breaches.create', {
    clientId: client.clientId,
    breach: ransomware(client),
  });
  await app.call('breaches.assess', {
    id,
    assessment: { ...highRisk, reasons: 'Gesundheitsdaten betroffen' },
  });
  await app.call('breaches.notify', {
    id,
    notice: {
      kind: 'first',
      at: '2026-11-20T09:31:00+01:00',
      reference: 'LDA-1085.2-4711/26',
      delayReason: 'Forensik brauchte Zugang zu den Servern.',
    },
  });
  if (skip) return;
  const documents = [];
  for (const document of ['authority', 'subjects', 'record'] as const) {
    for (const language of ['de', 'en'] as const) {
      const file = await app.call('breaches.document', { id, document, language });
      documents.push({
        name: `${document}-${language}`,
        bytes: Buffer.from(file.base64, 'base64'),
      });
    }
  }
  const register = await app.call('breaches.exportRegister', { language: 'de' });
  documents.push({ name: 'register-de', bytes: Buffer.from(register.base64, 'base64') });
  rendered = await docxesToText(documents);
}, 300_000);
afterAll(() => app.close());

const render = (name: string) => normaliseSpace(rendered.get(name) ?? '');

/**
 * A label of a table cell is set on several lines, and the text of the cell beside it
 * comes between them: its words must appear in order, each close to the one before.
 */
const appears = (text: string, phrase: string) =>
  new RegExp(
    phrase
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]{0,120}?'),
  ).test(text);

describe.skipIf(skip)('the breach documents in LibreOffice', () => {
  it('finds every Art. 33(3) item of the notification, with the recorded values (German)', () => {
    const text = render('authority-de');
    const items = {
      authority: [
        'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)',
        'Promenade 18',
        '91522 Ansbach',
      ],
      'a) nature, categories and numbers': [
        'a) Art der Verletzung, Kategorien und ungefähre Zahl der betroffenen Personen und Datensätze',
        'Verletzung der Verfügbarkeit',
        'Verletzung der Vertraulichkeit',
        'Kategorien betroffener Personen',
        'Beschäftigte',
        'Ungefähre Zahl betroffener Personen',
        '2.400',
        'Kategorien personenbezogener Daten',
        'Gesundheitsdaten (Art. 9)',
        'Ungefähre Zahl betroffener Datensätze',
        '18.000',
      ],
      'b) DPO or contact point': [
        'b) Name und Kontaktdaten des Datenschutzbeauftragten oder einer sonstigen Anlaufstelle',
        'Dr. Änne Weiß',
        'datenschutz@weiss-beratung.de',
      ],
      'c) likely consequences': [
        'c) Wahrscheinliche Folgen der Verletzung',
        'Daten bis zur Wiederherstellung nicht verfügbar; Veröffentlichung möglich.',
      ],
      'd) measures': [
        'd) Ergriffene oder vorgeschlagene Maßnahmen',
        'Systeme getrennt, Forensik beauftragt.',
        'Offline-Sicherungen, Mehr-Faktor-Anmeldung.',
      ],
      'late notice (Art. 33(1))': [
        'Gründe für die Verzögerung',
        'Forensik brauchte Zugang zu den Servern.',
      ],
    };
    const missing = Object.entries(items).flatMap(([item, lines]) =>
      lines.filter((l) => !appears(text, l)).map((l) => `${item}: ${l}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the items in the English notification too', () => {
    const text = render('authority-en');
    for (const line of [
      'Bavarian Data Protection Authority (BayLDA)',
      '(a) Nature of the breach',
      '(b) Name and contact details of the data protection officer',
      '(c) Likely consequences of the breach',
      '(d) Measures taken or proposed',
      'Approximate number of data subjects',
      '2,400',
    ]) {
      expect(appears(text, line), line).toBe(true);
    }
  });

  it('renders the letter to the persons, the record and the register with their umlauts', () => {
    expect(render('subjects-de')).toContain('Was Sie selbst tun können');
    expect(render('subjects-de')).toContain('Gesundheitsdaten (besonders geschützte Daten)');
    expect(render('subjects-en')).toContain('What you can do yourself');
    expect(render('record-de')).toContain('Schwere der Folgen hoch');
    expect(render('record-en')).toContain('Severity of the consequences high');
    expect(render('register-de')).toContain('Ransomware beim Rechenzentrum');
    expect(render('register-de')).toContain('Bäckerei Müller & Söhne GmbH');
  });
});
