import { describe, expect, it } from 'vitest';
import { letterKind, type Language, type LetterKind } from '../../core/api';
import { senderLine } from '../../core/documents/requests-letter-frame';
import { buildRequestLetter, type RequestLetterInput } from '../../core/documents/requests-letters';
import { SMALL_SIZE, textWidth } from '../../core/documents/text-fit';
import { PAGE } from '../../core/documents/docx-parts';
import { docxPart, docxText } from '../helpers/docx';
import { letterInputFor, client, request } from '../fixtures/requests-letter-input';
import { richLetterInput } from '../fixtures/rich-letters';

// The frame of every letter to a requester: the sender line above the address (the return
// address in the window of the envelope, DIN 5008), the reference lines, salutation and
// closing in both languages.

const text = async (input: RequestLetterInput) => docxText((await buildRequestLetter(input)).bytes);

describe('the sender line', () => {
  it('is one line in small print: name, street, postcode and town', async () => {
    const body = await text(letterInputFor('acknowledgement', 'de'));
    expect(body.split('\n')[0]).toBe(
      'Bäckerei Müller & Söhne GmbH · Hauptstraße 1 · 80331 München',
    );
    const xml = docxPart((await buildRequestLetter(letterInputFor('acknowledgement', 'de'))).bytes);
    expect(xml).toMatch(
      /<w:sz w:val="14"\/>.{0,200}Bäckerei Müller &amp; Söhne GmbH · Hauptstraße 1/s,
    );
  });

  it('shortens a long name at a word end and drops what follows the street, never the town', () => {
    const line = senderLine(richLetterInput('acknowledgement', 'de').client);
    expect(line).toMatch(
      /^Oberbayerische Bäckerei-[^·]*[a-zäöüß)]… · Oberschleißheimer Landstraße 123a · 85764 Oberschleißheim-Unterschleißheim$/,
    );
    // One line of the text width, with room to spare (the estimate runs wide already).
    expect(textWidth(line, 14)).toBeLessThanOrEqual(PAGE.text);
    expect(textWidth(line, 14)).toBeLessThan(textWidth(line, SMALL_SIZE));
  });

  it('keeps a short name whole and omits the country at home', () => {
    expect(senderLine({ ...client, name: 'Müller GmbH', country: 'Deutschland' })).toBe(
      'Müller GmbH · Hauptstraße 1 · 80331 München',
    );
    expect(senderLine({ ...client, name: 'Müller GmbH', country: 'Österreich' })).toBe(
      'Müller GmbH · Hauptstraße 1 · 80331 München · Österreich',
    );
  });
});

const finals: LetterKind[] = ['art15', 'confirmation', 'refusal'];

describe('the reference lines', () => {
  it.each(letterKind.options)(
    'print the time limit only in a notice, never in a reply (%s)',
    async (kind) => {
      const r = request({
        kind: kind === 'confirmation' ? 'erasure' : 'access',
        extension: { on: '2025-02-07', reason: 'Umfang' },
        refusal: { ground: 'art12_5', note: '' },
      });
      for (const language of ['de', 'en'] as Language[]) {
        const body = await text(letterInputFor(kind, language, r));
        const due = language === 'de' ? 'Frist zur Beantwortung' : 'Time limit for the answer';
        if (finals.includes(kind)) expect(body).not.toContain(due);
        else expect(body).toContain(due);
      }
    },
  );

  it('name the kind of request so that the sentence reads in both languages', async () => {
    const de = await text(letterInputFor('acknowledgement', 'de'));
    expect(de).toContain('Ihre Anfrage vom 31.01.2025: Auskunft (Art. 15 DSGVO)');
    expect(de).toContain('Wir bearbeiten sie als Auskunftsersuchen (Art. 15 DSGVO).');
    const en = await text(letterInputFor('acknowledgement', 'en'));
    expect(en).toContain('Your request of 31 January 2025: Access (Art. 15 GDPR)');
    expect(en).toContain('which we are handling as a request for access (Art. 15 GDPR).');
    const other = await text(letterInputFor('acknowledgement', 'en', request({ kind: 'other' })));
    expect(other).toContain('which we are handling as a general data protection request.');
    const objection = await text(
      letterInputFor('acknowledgement', 'de', request({ kind: 'objection' })),
    );
    expect(objection).toContain('Wir bearbeiten sie als Widerspruch (Art. 21 DSGVO).');
  });
});

describe('salutation and closing', () => {
  it('greet the person by name and close with the firm above the signature (DIN 5008)', async () => {
    const de = await text(letterInputFor('interim', 'de'));
    expect(de).toMatch(/\nGuten Tag Jürgen Größmann,\nIhre Anfrage vom 31\.01\.2025 ist/);
    expect(de).toMatch(
      /\nMit freundlichen Grüßen\nBäckerei Müller & Söhne GmbH\n\n\nErika Beispiel/,
    );
    const en = await text(letterInputFor('interim', 'en'));
    expect(en).toMatch(/\nDear Jürgen Größmann,\nYour request of 31 January 2025 is/);
    expect(en).toMatch(/\nYours sincerely\nBäckerei Müller & Söhne GmbH\n\n\nErika Beispiel/);
  });

  it('keep the closing, signature and DPO contact in one paragraph that is never split', async () => {
    const xml = docxPart((await buildRequestLetter(letterInputFor('refusal', 'de'))).bytes);
    const closing = xml.split('</w:p>').find((p) => p.includes('Mit freundlichen Grüßen'))!;
    expect(closing).toContain('<w:keepLines/>');
    expect(closing).toContain('Erika Beispiel');
    expect(closing).toContain('Unser Datenschutzbeauftragter: Dr. Anna Schmidt');
  });
});
