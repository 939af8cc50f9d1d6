import { describe, expect, it } from 'vitest';
import { registerDocxBuffer } from '../../core/documents/register-docx';
import { registerActivities, registerInput } from '../fixtures/register';
import { docxToText, normaliseSpace, warnIfNoLibreOffice } from '../helpers/libreoffice';

// Opens the generated register in LibreOffice (as a DPO or an authority would open it in
// an office suite) and reads the rendered PDF text back.
const skip = warnIfNoLibreOffice('register-docx-libreoffice.test.ts (Word register rendering)');

describe('register .docx rendered by LibreOffice', () => {
  it.skipIf(skip)(
    'shows the controller, every activity and the Art. 30 headings in German',
    async () => {
      const raw = await docxToText(await registerDocxBuffer(registerInput('de')), 'register-de');
      const text = normaliseSpace(raw);
      for (const expected of [
        'Verzeichnis von Verarbeitungstätigkeiten',
        'Müller & Söhne Bäckerei GmbH',
        'Weißenburger Straße 12',
        'Dr. Sören Weiß',
        ...registerActivities.map((a) => a.name),
        'Zwecke der Verarbeitung',
        'Kategorien betroffener Personen',
        'Kategorien personenbezogener Daten',
        'Kategorien von Empfängern',
        'Drittland',
        'Löschfristen',
        'technischen und organisatorischen',
        'Gesundheitsdaten (Arbeitsunfähigkeitszeiten, Befunde) (Art. 9)',
        'Standardvertragsklauseln',
      ]) {
        expect(text).toContain(expected);
      }
      // The footer's page fields were filled in by the layout engine.
      expect(text).toMatch(/Seite 1 von [2-9]/);
      expect(text).not.toMatch(/Seite \d+ von 0/);
    },
  );

  it.skipIf(skip)('renders the English variant', async () => {
    const text = normaliseSpace(
      await docxToText(await registerDocxBuffer(registerInput('en')), 'register-en'),
    );
    for (const expected of [
      'Record of processing activities',
      'Müller & Söhne Bäckerei GmbH',
      'Purposes of the processing',
      'Categories of data subjects',
      'third country',
      'Envisaged time limits for erasure',
      'technical and organisational',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Page 1 of [2-9]/);
  });
});
