import { describe, expect, it } from 'vitest';
import { deletionConceptDocx } from '../../core/documents/deletion-concept-docx';
import { formatRetention } from '../../core/i18n/retention-labels';
import { conceptInput, conceptRules } from '../fixtures/retention';
import { docxToText, normaliseSpace, warnIfNoLibreOffice } from '../helpers/libreoffice';

// Opens the deletion concept in LibreOffice, as a DPO or an auditor would, and reads the
// rendered PDF text back: every rule with its norm and its period must be there.
const skip = warnIfNoLibreOffice('deletion-concept-libreoffice.test.ts (Word deletion concept)');

describe('deletion concept rendered by LibreOffice', () => {
  it.skipIf(skip)('shows each rule, its norm and its period (German)', async () => {
    const text = normaliseSpace(
      await docxToText(await deletionConceptDocx(conceptInput('de')), 'concept-de'),
    );
    for (const rule of conceptRules) {
      expect(text).toContain(rule.name);
      expect(text).toContain(rule.norm);
      expect(text).toContain(formatRetention(rule, 'de'));
    }
    for (const expected of [
      'Löschkonzept',
      'Matrix der Löschklassen',
      'Regellöschfrist',
      'Verantwortlichkeiten',
      'Löschprotokoll',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Seite 1 von [2-9]/);
  });

  it.skipIf(skip)('renders the English variant', async () => {
    const text = normaliseSpace(
      await docxToText(await deletionConceptDocx(conceptInput('en')), 'concept-en'),
    );
    for (const rule of conceptRules) {
      expect(text).toContain(rule.name);
      expect(text).toContain(formatRetention(rule, 'en'));
    }
    expect(text).toContain('Matrix of deletion classes');
    expect(text).toMatch(/Page 1 of [2-9]/);
  });
});
