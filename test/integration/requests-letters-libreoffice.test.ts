import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { docxesToText, normaliseSpace, warnIfNoLibreOffice } from '../helpers/libreoffice';
import { dpo, letterCases, seedClient, type LetterCase } from '../fixtures/requests-cases';

// Opens all seven letters, German and English, in LibreOffice, as the requester's office
// suite would, and reads the rendered text back: the requester, the signer, the content
// that letter exists for, umlauts intact.
const skip = warnIfNoLibreOffice('requests-letters-libreoffice.test.ts (letters rendering)');

let app: TestApp;
let cases: LetterCase[];
/** Every letter in both languages, converted in one LibreOffice run. */
let rendered = new Map<string, string>();

beforeAll(async () => {
  app = await openTestApp({ now: () => new Date('2025-02-10T10:00:00Z') });
  app.ctx.settings.setPreferences({
    userName: 'Erika Beispiel',
    userRole: 'Datenschutzkoordinatorin',
    language: 'de',
  });
  const clientId = (await app.call('clients.create', { ...sampleClient, ...dpo })).id;
  cases = await letterCases(app, clientId, await seedClient(app, clientId));
  if (skip) return;
  const documents = [];
  for (const c of cases) {
    for (const language of ['de', 'en'] as const) {
      const file = await app.call('requests.letter', { id: c.id, letter: c.letter, language });
      documents.push({ name: `${c.name}-${language}`, bytes: Buffer.from(file.base64, 'base64') });
    }
  }
  rendered = await docxesToText(documents);
}, 300_000);
afterAll(() => app.close());

const render = (name: string, language: 'de' | 'en') =>
  normaliseSpace(rendered.get(`${name}-${language}`) ?? '');

const expected: Record<string, { de: string[]; en: string[] }> = {
  acknowledgement: {
    de: ['Eingangsbestätigung Ihrer Anfrage', 'spätestens bis zum 28.04.2025'],
    en: ['Acknowledgement of your request', 'by 28 April 2025 at the latest'],
  },
  identification: {
    de: ['Name und Geburtsdatum allein genügen nicht'],
    en: ['Name and date of birth alone are not enough'],
  },
  extension: {
    de: ['München, 07.02.2025', 'Grund: Ihre Daten liegen in mehreren Systemen'],
    en: ['München, 7 February 2025', 'two further months'],
  },
  interim: {
    de: ['München, 10.02.2025', 'Die Auswertung der Buchhaltung ist abgeschlossen'],
    en: ['Interim notice on your request'],
  },
  art15: {
    de: [
      'Auskunft nach Art. 15 DSGVO',
      'Mailversand Cloud Inc. (Auftragsverarbeiter, USA)',
      'Abwicklung von Bestellungen und Lieferungen',
      'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)',
      'liegen diesem Schreiben folgende Dateien bei',
      'Kundenkonto-K-4711.pdf',
    ],
    en: ['Access under Art. 15 GDPR', 'Mailversand Cloud Inc. (processor, USA)', 'Bavarian'],
  },
  'confirmation-erasure': {
    de: ['Eva Weiß', 'Gelöscht haben wir', 'Art. 17 Abs. 3 lit. b DSGVO', 'Art. 19 DSGVO'],
    en: ['We have erased', 'Art. 17(3)(b) GDPR', 'Art. 19 GDPR'],
  },
  refusal: {
    de: ['Klaus Bauer', 'Art. 17 Abs. 3 DSGVO', '§ 147 AO', 'Art. 77 DSGVO'],
    en: ['Art. 17(3) GDPR', 'Art. 77 GDPR'],
  },
  'confirmation-rectification': {
    de: ['Berichtigt bzw. vervollständigt haben wir'],
    en: ['We have corrected or completed'],
  },
  'confirmation-restriction': { de: ['Art. 18 Abs. 3 DSGVO'], en: ['Art. 18(3) GDPR'] },
  'confirmation-objection': { de: ['Direktwerbung'], en: ['direct marketing'] },
};

describe('the letters rendered by LibreOffice', () => {
  for (const [name, texts] of Object.entries(expected)) {
    for (const language of ['de', 'en'] as const) {
      it.skipIf(skip)(`${name} (${language})`, () => {
        const text = render(name, language);
        for (const t of texts[language]) expect(text).toContain(t);
        expect(text).toContain('Erika Beispiel Datenschutzkoordinatorin');
        expect(text).toContain('Bäckerei Müller & Söhne GmbH');
        expect(text).toMatch(language === 'de' ? /Seite 1 von [1-9]/ : /Page 1 of [1-9]/);
      });
    }
  }
});
