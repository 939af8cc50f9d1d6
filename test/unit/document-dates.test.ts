import { afterEach, describe, expect, it } from 'vitest';
import { avvFilename, buildAvvView } from '../../core/documents/avv-data';
import { avvDocxBuffer } from '../../core/documents/avv-docx';
import {
  deletionConceptDocx,
  deletionConceptFilename,
} from '../../core/documents/deletion-concept-docx';
import { formatDate, formatInstant } from '../../core/documents/format';
import { registerCsvFilename } from '../../core/documents/register-csv';
import { registerDocxBuffer, registerDocxFilename } from '../../core/documents/register-docx';
import { avvInput } from '../fixtures/avv';
import { registerInput } from '../fixtures/register';
import { conceptInput } from '../fixtures/retention';
import { docxText } from '../helpers/docx';

// The date a document bears ("Stand", the draft's date, the file name, "angelegt am") is the
// calendar day in Europe/Berlin, whatever zone the machine is set to. Node applies a change
// of process.env.TZ at once; each case checks that the zone really took effect.

const originalZone = process.env.TZ;
afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const localDay = (instant: Date) =>
  `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;

describe('dates in documents are Berlin calendar days', () => {
  it('on a New York machine late in the evening, the documents already bear the next day', async () => {
    process.env.TZ = 'America/New_York';
    // 23:30 UTC on 23 November: 00:30 on the 24th in Berlin, 18:30 on the 23rd in New York.
    const at = new Date('2026-11-23T23:30:00Z');
    expect(localDay(at)).toBe('2026-11-23');

    expect(formatDate(at, 'de')).toBe('24.11.2026');
    expect(formatDate(at, 'en')).toBe('24 November 2026');
    expect(formatInstant('2026-01-10T23:30:00.000Z', 'de')).toBe('11.01.2026');

    const register = { ...registerInput('de'), generatedAt: at };
    expect(docxText(await registerDocxBuffer(register))).toContain('Stand: 24.11.2026');
    expect(registerDocxFilename(register)).toMatch(/_2026-11-24\.docx$/);
    expect(registerCsvFilename(register)).toMatch(/_2026-11-24\.csv$/);

    const avv = { ...avvInput('de'), generatedAt: at, draftVersion: 3 };
    expect(docxText(await avvDocxBuffer(avv))).toContain('Entwurf Nr. 3 vom 24.11.2026');
    expect(avvFilename(buildAvvView(avv), at, 3)).toMatch(/_2026-11-24_v3\.docx$/);

    const concept = { ...conceptInput('de'), generatedAt: at };
    expect(docxText(await deletionConceptDocx(concept))).toContain('Stand: 24.11.2026');
    expect(deletionConceptFilename(concept)).toMatch(/_2026-11-24\.docx$/);
  });

  it('on an Auckland machine after midnight, the documents still bear the Berlin day', async () => {
    process.env.TZ = 'Pacific/Auckland';
    // 12:30 UTC on 23 November: 13:30 in Berlin, already 01:30 on the 24th in Auckland.
    const at = new Date('2026-11-23T12:30:00Z');
    expect(localDay(at)).toBe('2026-11-24');

    expect(formatDate(at, 'de')).toBe('23.11.2026');
    const register = { ...registerInput('en'), generatedAt: at };
    expect(docxText(await registerDocxBuffer(register))).toContain('As of: 23 November 2026');
    expect(registerDocxFilename(register)).toMatch(/_2026-11-23\.docx$/);
    const concept = { ...conceptInput('en'), generatedAt: at };
    expect(deletionConceptFilename(concept)).toMatch(/_2026-11-23\.docx$/);
  });
});
