import { describe, expect, it } from 'vitest';
import { letterKind, type Language } from '../../core/api';
import { avvDocxBuffer } from '../../core/documents/avv-docx';
import { deletionConceptDocx } from '../../core/documents/deletion-concept-docx';
import { buildRequestLetter } from '../../core/documents/requests-letters';
import { inlineText, textLines } from '../../core/documents/format';
import { registerDocxBuffer } from '../../core/documents/register-docx';
import { richAvvInput, richRegisterInput } from '../fixtures/rich-documents';
import { richConceptInput, richLetterInput, richRuns } from '../fixtures/rich-letters';
import { docxPart, docxText } from '../helpers/docx';

// What users type in a multi-line field (a service, purposes, reasons, notes, TOMs) keeps
// its line breaks in every document: a line of its own or a bullet where the text stands
// alone, "; " where it sits inside a sentence. A line break inside a Word run shows nothing,
// so "Bewerbermanagement" and "Supportleistungen" would be read as one phrase.

const languages: readonly Language[] = ['de', 'en'];

const documents: Record<string, (language: Language) => Promise<Uint8Array>> = {
  register: (language) => registerDocxBuffer(richRegisterInput(language)),
  avv: (language) => avvDocxBuffer(richAvvInput(language)),
  'deletion concept': (language) =>
    deletionConceptDocx({
      ...richConceptInput(language),
      runs: richRuns.map((r, i) =>
        i === 0 ? { ...r, description: 'Belege vernichtet\nProtokoll abgelegt' } : r,
      ),
    }),
  ...Object.fromEntries(
    letterKind.options.map((kind) => [
      `letter ${kind}`,
      async (language: Language) =>
        (await buildRequestLetter(richLetterInput(kind, language))).bytes,
    ]),
  ),
};

const runTexts = (bytes: Uint8Array) =>
  [...docxPart(bytes).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);

describe('multi-line texts in the documents', () => {
  it.each(Object.keys(documents))(
    '%s: no run holds a line break (both languages)',
    async (name) => {
      for (const language of languages) {
        const glued = runTexts(await documents[name]!(language)).filter((t) => /[\r\n]/.test(t));
        expect(glued, `${name} (${language})`).toEqual([]);
      }
    },
  );

  it('AVV § 1 lists each line of the service as an item of its own', async () => {
    const text = docxText(await avvDocxBuffer(richAvvInput('de')));
    expect(text).toContain(
      'Gegenstand des Auftrags ist folgende Leistung des Auftragsverarbeiters:\n' +
        'Bereitstellung und Betrieb der cloudbasierten Personalverwaltungssoftware einschließlich Lohnabrechnungsmodul, Arbeitszeiterfassung und Bewerbermanagement\n' +
        'Supportleistungen und Fernwartung\n',
    );
    const en = docxText(await avvDocxBuffer(richAvvInput('en')));
    expect(en).toContain(
      'following service of the Processor:\nBereitstellung und Betrieb der cloudbasierten',
    );
    // Annex II: each purpose on its own line under its activity.
    expect(text).toContain(
      'einschließlich Entgeltabrechnung\nErfüllung der sozialversicherungsrechtlichen',
    );
    expect(text).not.toMatch(/Bewerbermanagement ?Supportleistungen|Entgeltabrechnung ?Erfüllung/);
  });

  it('AVV: a multi-line transfer note stays inside its sentence, joined with "; "', async () => {
    const input = richAvvInput('de');
    const processor = {
      ...input.processor,
      safeguardNote: 'SCC 2021/914 Modul 2 vom 12.03.2026\nTIA liegt vor',
      subProcessors: input.processor.subProcessors.map((s) =>
        s.countryKind === 'eu_eea' ? s : { ...s, safeguardNote: 'Modul 3\nvom 01.02.2026' },
      ),
    };
    const text = docxText(await avvDocxBuffer({ ...input, processor }));
    expect(text).toContain(
      'Angaben zur Garantie: SCC 2021/914 Modul 2 vom 12.03.2026; TIA liegt vor',
    );
    expect(text).toContain('(Modul 3; vom 01.02.2026)');
  });

  it('register: notes written over several lines are joined, lists keep their lines', async () => {
    const text = docxText(await registerDocxBuffer(richRegisterInput('de')));
    expect(text).toContain('Ergänzende nationale Rechtsvorschrift: § 26 BDSG; § 41 EStG');
    expect(text).toContain(
      'Begründung: Übliche Lohnabrechnung ohne Profilbildung; kein hohes Risiko nach der Positivliste der DSK',
    );
    expect(text).toContain(
      'Dokumentation der Garantien: Standardvertragsklauseln der Europäischen Kommission (Durchführungsbeschluss 2021/914), Modul 2; Transferfolgenabschätzung vom 12.03.2026',
    );
    // Purposes, TOMs and IT systems stand alone: one paragraph per line.
    expect(text).toContain(
      'Rollen- und Berechtigungskonzept mit Vier-Augen-Prinzip\nVerschlüsselte Datenübertragung',
    );
  });

  it('letters: a reason over several lines becomes a list, an erasure detail stays inline', async () => {
    const extension = docxText(
      (await buildRequestLetter(richLetterInput('extension', 'de'))).bytes,
    );
    expect(extension).toContain(
      'abschließend beantworten. Grund:\nDie Zusammenstellung der Daten aus dem Personalinformationssystem',
    );
    expect(extension).toContain(
      'mehrerer Auftragsverarbeiter\nDas Archiv der Betriebsärztin ist bis Mitte Dezember geschlossen\n',
    );
    const english = docxText((await buildRequestLetter(richLetterInput('extension', 'en'))).bytes);
    expect(english).toContain('within one month. Reason:\nDie Zusammenstellung');
    const erasure = docxText(
      (await buildRequestLetter(richLetterInput('confirmation', 'de'))).bytes,
    );
    expect(erasure).toContain(
      'Bewerbungsunterlagen abgelehnter Bewerberinnen und Bewerber: Papierakte vernichtet; Datensatz im Bewerbermanagement gelöscht',
    );
    expect(erasure).toContain(
      'Lohnkonten und Lohnsteuerbescheinigungen: Aufbewahrung bis 31.12.2032; § 41 Abs. 1 S. 9 EStG',
    );
  });

  it('deletion concept: a logged run described over two lines reads as one entry', async () => {
    const text = docxText(await documents['deletion concept']!('de'));
    expect(text).toContain('Belege vernichtet; Protokoll abgelegt');
  });
});

describe('the line helpers', () => {
  it('split a typed text into its lines, without empty lines or typed list marks', () => {
    expect(textLines('  - Lohn\r\n\n• Gehalt \n* Reisekosten\n–  Boni')).toEqual([
      'Lohn',
      'Gehalt',
      'Reisekosten',
      'Boni',
    ]);
    expect(textLines('')).toEqual([]);
    expect(textLines('-5 % Rabatt')).toEqual(['-5 % Rabatt']);
  });

  it('join lines with "; ", or with a space after a sentence that is already closed', () => {
    expect(inlineText('§ 26 BDSG\n§ 41 EStG')).toBe('§ 26 BDSG; § 41 EStG');
    expect(inlineText('Erster Satz.\nZweiter Satz.')).toBe('Erster Satz. Zweiter Satz.');
    expect(inlineText('Modul 2;\nTIA')).toBe('Modul 2; TIA');
    expect(inlineText('eine Zeile')).toBe('eine Zeile');
  });
});
