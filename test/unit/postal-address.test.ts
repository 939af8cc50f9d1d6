import { describe, expect, it } from 'vitest';
import { avvDocxBuffer } from '../../core/documents/avv-docx';
import { deletionConceptDocx } from '../../core/documents/deletion-concept-docx';
import { buildRequestLetter } from '../../core/documents/requests-letters';
import { postalAddress, townLine } from '../../core/documents/postal-address';
import { registerDocxBuffer } from '../../core/documents/register-docx';
import { richAvvInput, richRegisterInput } from '../fixtures/rich-documents';
import { richConceptInput, richLetterInput } from '../fixtures/rich-letters';
import { docxText } from '../helpers/docx';

// Addresses in the order the post of their country reads them: "80331 München",
// "San Francisco, CA 94102", "London SW1A 1AA"; a country we do not know keeps
// "postcode town".

const address = (street: string, postcode: string, city: string, country: string) => ({
  street,
  postcode,
  city,
  country,
});

describe('postal addresses', () => {
  it('write the town line in the order of the country', () => {
    expect(townLine(address('', '80331', 'München', 'Deutschland'))).toBe('80331 München');
    expect(townLine(address('', '1010', 'Wien', 'Österreich'))).toBe('1010 Wien');
    expect(townLine(address('', '75008', 'Paris', 'France'))).toBe('75008 Paris');
    expect(townLine(address('', 'CA 94102', 'San Francisco', 'USA'))).toBe(
      'San Francisco, CA 94102',
    );
    expect(townLine(address('', '94102', 'San Francisco, CA', 'Vereinigte Staaten'))).toBe(
      'San Francisco, CA 94102',
    );
    expect(townLine(address('', 'SW1A 1AA', 'London', 'Vereinigtes Königreich'))).toBe(
      'London SW1A 1AA',
    );
    expect(townLine(address('', 'D02 X285', 'Dublin', 'Irland'))).toBe('Dublin D02 X285');
    expect(townLine(address('', '12345', 'Atlantis', 'Neverland'))).toBe('12345 Atlantis');
    expect(townLine(address('', '', 'München', 'Deutschland'))).toBe('München');
  });

  it('put street, town line and country together from the parts that are filled in', () => {
    expect(
      postalAddress(address('1200 Market Street', 'CA 94102', 'San Francisco', 'U.S.A.')),
    ).toBe('1200 Market Street, San Francisco, CA 94102, U.S.A.');
    expect(postalAddress(address('10 Downing Street', 'SW1A 2AA', 'London', 'UK'))).toBe(
      '10 Downing Street, London SW1A 2AA, UK',
    );
    expect(postalAddress(address('Hauptstraße 1', '80331', 'München', ''))).toBe(
      'Hauptstraße 1, 80331 München',
    );
  });

  it('AVV: the US processor in American order, on the title page and in Annex I', async () => {
    for (const language of ['de', 'en'] as const) {
      const text = docxText(await avvDocxBuffer(richAvvInput(language)));
      expect(text).toContain(
        '1200 Market Street, Suite 4500, Financial District\nSan Francisco, CA 94102\nVereinigte Staaten von Amerika',
      );
      expect(text).toContain(
        'Oberschleißheimer Landstraße 123a, Rückgebäude, 3. Obergeschoss\n85764 Oberschleißheim-Unterschleißheim\nDeutschland',
      );
      expect(text).not.toContain('CA 94102 San Francisco');
    }
  });

  it('register and deletion concept: the controller in the order of its country', async () => {
    const abroad = {
      ...richRegisterInput('en').client,
      street: '221B Baker Street',
      postcode: 'NW1 6XE',
      city: 'London',
      country: 'United Kingdom',
    };
    const register = docxText(
      await registerDocxBuffer({ ...richRegisterInput('en'), client: abroad }),
    );
    expect(register).toContain('221B Baker Street\nLondon NW1 6XE\nUnited Kingdom');
    const concept = docxText(
      await deletionConceptDocx({ ...richConceptInput('en'), client: abroad }),
    );
    expect(concept).toContain('221B Baker Street\nLondon NW1 6XE\nUnited Kingdom');
    const german = docxText(await deletionConceptDocx(richConceptInput('de')));
    expect(german).toContain(
      'Oberschleißheimer Landstraße 123a, Rückgebäude, 3. Obergeschoss\n85764 Oberschleißheim-Unterschleißheim\nDeutschland',
    );
  });

  it('letters: the sender line of a client abroad names its town in its order and its country', async () => {
    const input = richLetterInput('acknowledgement', 'en');
    const client = {
      ...input.client,
      name: 'Workforce Inc.',
      street: '1200 Market Street',
      postcode: 'CA 94102',
      city: 'San Francisco',
      country: 'USA',
    };
    const text = docxText((await buildRequestLetter({ ...input, client })).bytes);
    expect(text.split('\n')[0]).toBe(
      'Workforce Inc. · 1200 Market Street · San Francisco, CA 94102 · USA',
    );
  });
});
