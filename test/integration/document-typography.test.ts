import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterKind, type Language } from '../../core/api';
import { avvDocxBuffer } from '../../core/documents/avv-docx';
import { buildBreachDocument, buildBreachRegister } from '../../core/documents/breach-documents';
import { deletionConceptDocx } from '../../core/documents/deletion-concept-docx';
import { buildRequestLetter } from '../../core/documents/requests-letters';
import { registerDocxBuffer } from '../../core/documents/register-docx';
import { richAvvInput, richRegisterInput } from '../fixtures/rich-documents';
import { richConceptInput, richLetterInput } from '../fixtures/rich-letters';
import { richBreachInput, richRegisterInput as richBreachRegister } from '../fixtures/rich-breach';
import { docxPartNames, docxStyledParagraphs, docxText } from '../helpers/docx';
import { docxToPdfs, warnIfNoLibreOffice } from '../helpers/libreoffice';
import {
  footerProblems,
  nearlyEmptyPages,
  overlappingLines,
  readPdfLayout,
  splitWords,
  strandedHeadings,
} from '../helpers/pdf-layout';

// Every kind of Word document the app builds, in German and English, from a demanding
// client (long German compounds, long names and addresses, many rows, multi-line cells),
// laid out by LibreOffice and read back line by line: what a DPO would send back as badly
// typeset must not be there.
const skip = warnIfNoLibreOffice('document-typography.test.ts (layout of every Word document)');

const languages: readonly Language[] = ['de', 'en'];

const builders: Record<string, (language: Language) => Promise<Uint8Array>> = {
  register: (language) => registerDocxBuffer(richRegisterInput(language)),
  avv: (language) => avvDocxBuffer(richAvvInput(language)),
  'deletion-concept': (language) => deletionConceptDocx(richConceptInput(language)),
  ...Object.fromEntries(
    (['authority', 'subjects', 'record'] as const).map((kind) => [
      `breach-${kind}`,
      async (language: Language) =>
        (await buildBreachDocument(kind, richBreachInput(language))).bytes,
    ]),
  ),
  'breach-register': async (language) =>
    (await buildBreachRegister(richBreachRegister(language))).bytes,
  ...Object.fromEntries(
    letterKind.options.map((letter) => [
      `letter-${letter}`,
      async (language: Language) =>
        (await buildRequestLetter(richLetterInput(letter, language))).bytes,
    ]),
  ),
};

const documents = languages.flatMap((language) =>
  Object.keys(builders).map((kind) => ({ name: `${kind}-${language}`, kind, language })),
);

const HEADING_STYLES = ['Title', 'Heading1', 'Heading2', 'FieldLabel'];

const built = new Map<string, Uint8Array>();
const pdfs = new Map<string, string>();
const disposers: (() => void)[] = [];

beforeAll(async () => {
  if (skip) return;
  for (const d of documents) built.set(d.name, await builders[d.kind]!(d.language));
  // One LibreOffice per language, side by side; each converts its ten files in one start.
  const results = await Promise.all(
    languages.map((language) =>
      docxToPdfs(
        documents
          .filter((d) => d.language === language)
          .map((d) => ({ name: d.name, bytes: built.get(d.name)! })),
      ),
    ),
  );
  for (const { pdfs: converted, dispose } of results) {
    disposers.push(dispose);
    for (const [name, pdf] of converted) pdfs.set(name, pdf);
  }
}, 240_000);

afterAll(() => disposers.forEach((dispose) => dispose()));

describe('typography of every Word document (LibreOffice)', () => {
  it.skipIf(skip)('covers every kind of document in both languages', () => {
    expect(documents.map((d) => d.name)).toHaveLength(2 * (3 + 4 + letterKind.options.length));
    expect([...pdfs.keys()].sort()).toEqual(documents.map((d) => d.name).sort());
  });

  it.skipIf(skip).each(documents.map((d) => d.name))(
    '%s: no overlapping lines, no broken words, headings with their text, one-line footer, no near-empty page',
    async (name) => {
      const bytes = built.get(name)!;
      const footerPart = docxPartNames(bytes).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
      const footer = docxText(bytes, footerPart);
      const pages = await readPdfLayout(pdfs.get(name)!);
      expect({
        overlappingLines: overlappingLines(pages),
        brokenWords: splitWords(pages, docxText(bytes)),
        strandedHeadings: strandedHeadings(
          pages,
          docxStyledParagraphs(bytes, HEADING_STYLES),
          footer,
        ),
        footers: footerProblems(pages, footer),
        nearlyEmptyPages: nearlyEmptyPages(pages, footer),
      }).toEqual({
        overlappingLines: [],
        brokenWords: [],
        strandedHeadings: [],
        footers: [],
        nearlyEmptyPages: [],
      });
    },
  );
});
