import { describe, expect, it } from 'vitest';
import { avvDocxBuffer } from '../../core/documents/avv-docx';
import { deletionConceptDocx } from '../../core/documents/deletion-concept-docx';
import { buildRequestLetter } from '../../core/documents/requests-letters';
import { registerDocxBuffer } from '../../core/documents/register-docx';
import { fitFooterText, fitToColumn, SMALL_SIZE, textWidth } from '../../core/documents/text-fit';
import { PAGE } from '../../core/documents/docx-parts';
import { avvInput } from '../fixtures/avv';
import { registerInput } from '../fixtures/register';
import { conceptInput } from '../fixtures/retention';
import { richAvvInput, richRegisterInput } from '../fixtures/rich-documents';
import { richConceptInput, richLetterInput } from '../fixtures/rich-letters';
import { docxPart, docxPartNames, docxText } from '../helpers/docx';

// The shared page layout of the Word documents (docx-parts, text-fit): line spacing,
// headings that stay with their text, words that fit their table column, footers that fit
// one line. The rendering itself is checked in LibreOffice (document-typography.test.ts).

const SOFT = '\u00ad';
const footerOf = (bytes: Uint8Array) =>
  docxText(
    bytes,
    docxPartNames(bytes).find((n) => /^word\/footer\d*\.xml$/.test(n))!,
  );

const allKinds = async () => [
  await registerDocxBuffer(registerInput('de')),
  await avvDocxBuffer(avvInput('de')),
  await deletionConceptDocx(conceptInput('de')),
  (await buildRequestLetter(richLetterInput('art15', 'de'))).bytes,
];

describe('house styles', () => {
  it('sets every line spacing as a multiple of the line (LibreOffice reads a bare value as exact)', async () => {
    for (const bytes of await allKinds()) {
      const spacings = docxPart(bytes, 'word/styles.xml').match(/<w:spacing [^>]*w:line="[^>]*>/g);
      expect(spacings?.length).toBeGreaterThanOrEqual(4);
      for (const spacing of spacings!) expect(spacing).toContain('w:lineRule="auto"');
    }
  });

  it('keeps the title and headings with what follows and in one piece', async () => {
    const styles = docxPart(await registerDocxBuffer(registerInput('de')), 'word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(styles)![0];
      expect(style).toContain('<w:keepNext/>');
      expect(style).toContain('<w:keepLines/>');
    }
  });
});

describe('words in table columns', () => {
  it('divides a compound too long for its column between syllables', () => {
    expect(fitToColumn('Verarbeitungstätigkeiten', 2800, { bold: true })).toBe(
      ['Ver', 'ar', 'bei', 'tungs', 'tä', 'tig', 'kei', 'ten'].join(SOFT),
    );
    expect(fitToColumn('Ende der Geschäftsbeziehung', 2200, { size: 18, bold: true })).toBe(
      `Ende der ${['Ge', 'schäfts', 'be', 'zie', 'hung'].join(SOFT)}`,
    );
  });

  it('leaves words that fit, e-mail and web addresses and file names as typed', () => {
    expect(fitToColumn('Beschäftigte und Auszubildende', 6338)).toBe(
      'Beschäftigte und Auszubildende',
    );
    for (const text of [
      'datenschutzbeauftragter@weiss-oberlaender-datenschutzberatung.de',
      'www.oberbayerische-baeckereigenossenschaft.de',
      'Personalakte_Schmidt-Grosskopf-Oberlaender_2026-11-23.pdf',
    ]) {
      expect(fitToColumn(text, 2000)).toBe(text);
    }
  });

  it('sets the rule names of the deletion concept with break points, read back without them', async () => {
    const bytes = await deletionConceptDocx(richConceptInput('de'));
    expect(docxPart(bytes)).toContain(
      ['Ar', 'beits', 'un', 'fä', 'hig', 'keits', 'be', 'schei', 'ni', 'gun', 'gen'].join(SOFT),
    );
    expect(docxText(bytes)).toContain('Arbeitsunfähigkeitsbescheinigungen');
  });

  it('lays out the matrix of deletion classes with a row per period and a column per start type', async () => {
    const text = docxText(await deletionConceptDocx(conceptInput('de')));
    expect(text).toContain(
      'Regellöschfrist\nErhebung bzw. Entstehung\nEnde des Vorgangs\nEnde der Geschäftsbeziehung\n7 Monate',
    );
    expect(text).toContain(
      'Zeilen: die verwendeten Regellöschfristen. Spalten: Art des Startzeitpunkts.',
    );
  });
});

describe('footers', () => {
  it('cut a long name to fit one line and keep the title and the date whole', () => {
    const name =
      'Oberbayerische Bäckerei- und Konditoreigenossenschaft Müller-Lüdenscheidt & Söhne GmbH & Co. KG';
    const text = fitFooterText(
      [{ name }, 'Verzeichnis von Verarbeitungstätigkeiten', 'Stand 23.11.2026'],
      ' · Seite 99 von 99',
      PAGE.text,
    );
    expect(text).toBe(
      'Oberbayerische Bäckerei- und… · Verzeichnis von Verarbeitungstätigkeiten · Stand 23.11.2026',
    );
    expect(textWidth(`${text} · Seite 99 von 99`, SMALL_SIZE)).toBeLessThanOrEqual(PAGE.text);
  });

  it('keep a name that fits as it is', () => {
    expect(
      fitFooterText([{ name: 'Müller & Söhne Bäckerei GmbH' }, 'Löschkonzept'], '', PAGE.text),
    ).toBe('Müller & Söhne Bäckerei GmbH · Löschkonzept');
  });

  it('shorten the names of both parties of an AVV but not the date', async () => {
    const footer = footerOf(await avvDocxBuffer(richAvvInput('de')));
    expect(footer).toMatch(
      /^Auftragsverarbeitungsvertrag · Oberbayerische[^·]*… · Workforce[^·]*… · 23\.11\.2026 · Seite {2}von $/,
    );
  });

  it('shorten the client in the register and in letters', async () => {
    expect(footerOf(await registerDocxBuffer(richRegisterInput('en')))).toMatch(
      /^Oberbayerische[^·]*… · Record of processing activities · As of 23 November 2026 · Page {2}of $/,
    );
    const letter = (await buildRequestLetter(richLetterInput('refusal', 'de'))).bytes;
    expect(footerOf(letter)).toMatch(/^Oberbayerische Bäckerei- und [^·]+… · Seite {2}von $/);
  });
});

describe('signatures', () => {
  it('leave room above the line to sign on', async () => {
    const xml = docxPart(await avvDocxBuffer(avvInput('de')));
    expect(xml).toMatch(/<w:spacing w:before="560"\/>.{0,400}_{20,}/s);
  });
});
