import { describe, expect, it } from 'vitest';
import { letterKind, type Language } from '../../core/api';
import { avvDocxBuffer } from '../../core/documents/avv-docx';
import { deletionConceptDocx } from '../../core/documents/deletion-concept-docx';
import { buildRequestLetter } from '../../core/documents/requests-letters';
import { registerDocxBuffer } from '../../core/documents/register-docx';
import { avvInput } from '../fixtures/avv';
import { richAvvInput, richRegisterInput } from '../fixtures/rich-documents';
import { richConceptInput, richLetterInput } from '../fixtures/rich-letters';
import { docxText } from '../helpers/docx';

// Every document speaks to the person who reads it (the processor, the authority, the data
// subject), never to the user of the app: advice such as "have it reviewed before signing"
// is shown in the app, not printed.

const languages: readonly Language[] = ['de', 'en'];

const documents: Record<string, (language: Language) => Promise<Uint8Array>> = {
  register: (language) => registerDocxBuffer(richRegisterInput(language)),
  avv: (language) => avvDocxBuffer(richAvvInput(language)),
  'deletion concept': (language) => deletionConceptDocx(richConceptInput(language)),
  ...Object.fromEntries(
    letterKind.options.map((kind) => [
      `letter ${kind}`,
      async (language: Language) =>
        (await buildRequestLetter(richLetterInput(kind, language))).bytes,
    ]),
  ),
};

/** Advice to the app's user, in the words the documents once used. */
const advice =
  /Privacy Desk|rechtlich prüfen|an den konkreten Auftrag anpassen|reviewed by a lawyer|adapt it to the actual|ist schriftlich oder elektronisch zu führen|shall be kept/i;

describe('who the documents speak to', () => {
  it.each(Object.keys(documents))('%s: nothing addressed to the app’s user', async (name) => {
    for (const language of languages) {
      expect(docxText(await documents[name]!(language))).not.toMatch(advice);
    }
  });

  it('the AVV draft carries a plain draft marker with its number and date', async () => {
    const stored = docxText(await avvDocxBuffer({ ...avvInput('de'), draftVersion: 3 }));
    expect(stored.split('\n').slice(0, 3)).toEqual([
      'Vertrag über die Verarbeitung personenbezogener Daten im Auftrag',
      'Entwurf Nr. 3 vom 23.11.2026',
      'zwischen',
    ]);
    const english = docxText(await avvDocxBuffer({ ...avvInput('en'), draftVersion: 3 }));
    expect(english).toContain('Draft no. 3 of 23 November 2026');
    // A preview that is not stored has no number, but is still marked as a draft.
    expect(docxText(await avvDocxBuffer(avvInput('de')))).toContain('Entwurf vom 23.11.2026');
    expect(docxText(await avvDocxBuffer(avvInput('en')))).toContain('Draft of 23 November 2026');
  });

  it('the register states how it is kept instead of telling the reader what to do', async () => {
    const de = docxText(await registerDocxBuffer(richRegisterInput('de')));
    expect(de).toContain(
      'Dieses Verzeichnis wird in elektronischer Form geführt (Art. 30 Abs. 3 DSGVO) und der Aufsichtsbehörde auf Anfrage zur Verfügung gestellt (Art. 30 Abs. 4 DSGVO).',
    );
    const en = docxText(await registerDocxBuffer(richRegisterInput('en')));
    expect(en).toContain('This record is kept in electronic form (Art. 30(3) GDPR)');
  });
});
