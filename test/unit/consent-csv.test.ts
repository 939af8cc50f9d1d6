import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../core/api';
import { CsvError, decodeCsv, detectDelimiter, parseCsv } from '../../core/rules/consent-csv';
import {
  mappingProblems,
  parseExportTime,
  proposeMapping,
  readRows,
} from '../../core/rules/consent-import';
import { phoneKey } from '../../core/rules/consent-match';
import {
  eventLine,
  withdrawalBlocks,
  type ConsentLetterData,
} from '../../core/documents/consent-letter';
import { buildSuppressionCsv } from '../../core/documents/consent-suppression';
import { windows1252 } from '../fixtures/consent';

// Reading the exports of newsletter and CRM tools, and what the documents say of consent.

const bytes = (text: string) => new TextEncoder().encode(text);
const problem = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof CsvError ? error.key : String(error);
  }
  return null;
};

describe('decoding an export', () => {
  it('reads UTF-8 with and without a BOM, and says it detected it', () => {
    expect(decodeCsv(bytes('\uFEFFName;Straße'), 'auto')).toEqual({
      text: 'Name;Straße',
      encoding: 'utf-8',
      detected: true,
    });
    expect(decodeCsv(bytes('Name;Straße'), 'utf-8')).toEqual({
      text: 'Name;Straße',
      encoding: 'utf-8',
      detected: false,
    });
  });

  it('detects Windows-1252 (Excel "CSV") and refuses it as UTF-8', () => {
    const excel = windows1252('Name;Straße;Preis €');
    expect(decodeCsv(excel, 'auto')).toEqual({
      text: 'Name;Straße;Preis €',
      encoding: 'windows-1252',
      detected: true,
    });
    expect(problem(() => decodeCsv(excel, 'utf-8'))).toBe('csvEncoding');
    expect(decodeCsv(excel, 'windows-1252').detected).toBe(false);
  });

  it('refuses UTF-16, binary files, bytes Windows-1252 does not know, and oversize files', () => {
    expect(problem(() => decodeCsv(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'auto'))).toBe(
      'csvEncodingUnknown',
    );
    expect(problem(() => decodeCsv(Uint8Array.from([0x41, 0x00, 0x42]), 'auto'))).toBe('csvBinary');
    expect(problem(() => decodeCsv(Uint8Array.from([0x41, 0x81, 0x42]), 'auto'))).toBe(
      'csvEncodingUnknown',
    );
    expect(problem(() => decodeCsv(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), 'auto'))).toBe(
      'csvTooLarge',
    );
  });
});

describe('parsing', () => {
  it('takes the delimiter from the header line, outside quotes', () => {
    expect(detectDelimiter('E-Mail;Name\r\na,b;c')).toBe(';');
    expect(detectDelimiter('"Name; Vorname",Email,Date\n')).toBe(',');
    expect(detectDelimiter('Email\tName\n')).toBe('\t');
    expect(detectDelimiter('Email\n')).toBe(';');
  });

  it('reads quoted fields with delimiters, quotes and line breaks, and skips empty lines', () => {
    const csv = parseCsv(
      'Name;Notiz\r\n"Müller; Anna";"Sie sagte ""ja""\r\nam Telefon"\r\n\r\n"x";y\r\n',
    );
    expect(csv.headers).toEqual(['Name', 'Notiz']);
    expect(csv.rows).toEqual([
      ['Müller; Anna', 'Sie sagte "ja"\r\nam Telefon'],
      ['x', 'y'],
    ]);
  });

  it('makes doubled header names unique, and refuses an open quote or an empty file', () => {
    expect(parseCsv('Name;Name;\na;b;c').headers).toEqual(['Name', 'Name (2)', '#3']);
    expect(problem(() => parseCsv('Name;Notiz\n"offen;x\n'))).toBe('csvQuotes');
    expect(problem(() => parseCsv('Name;Notiz\n'))).toBe('csvEmpty');
  });

  it('stops a parse that takes too long', () => {
    let t = 0;
    const clock = () => (t += 10_000);
    expect(problem(() => parseCsv(`a;b\n${'x;y\n'.repeat(1500)}`, clock))).toBe('csvTooSlow');
  });
});

describe('mapping and rows', () => {
  it('proposes the mapping from German and English headers', () => {
    expect(
      proposeMapping([
        'E-Mail',
        'Vorname',
        'Nachname',
        'Telefon',
        'Kundennummer',
        'Anmeldedatum',
        'Bestätigt am',
      ]),
    ).toEqual({
      email: 'E-Mail',
      firstName: 'Vorname',
      lastName: 'Nachname',
      phone: 'Telefon',
      reference: 'Kundennummer',
      givenAt: 'Anmeldedatum',
      doiConfirmedAt: 'Bestätigt am',
    });
    expect(
      proposeMapping(['Email Address', 'First Name', 'OPTIN_TIME', 'CONFIRM_TIME', 'Unsubscribed']),
    ).toEqual({
      email: 'Email Address',
      firstName: 'First Name',
      givenAt: 'OPTIN_TIME',
      doiConfirmedAt: 'CONFIRM_TIME',
      withdrawnAt: 'Unsubscribed',
    });
  });

  it('refuses a mapping without contact or consent time, or with a column twice', () => {
    expect(mappingProblems({ name: 'Name' }, ['Name'])).toEqual([
      { field: 'email', key: 'mappingNoContact' },
      { field: 'givenAt', key: 'mappingNoGivenAt' },
    ]);
    expect(mappingProblems({ email: 'E', phone: 'E', givenAt: 'X' }, ['E'])).toEqual([
      { field: 'phone', key: 'mappingDuplicate' },
      { field: 'givenAt', key: 'mappingUnknownColumn' },
    ]);
  });

  it('reads the times tools write, in Berlin unless a zone is given', () => {
    expect(parseExportTime('15.03.2025 14:07')).toBe('2025-03-15T13:07:00.000Z');
    expect(parseExportTime('15.07.2025, 14:07:09')).toBe('2025-07-15T12:07:09.000Z');
    expect(parseExportTime('2025-03-15 14:07:00')).toBe('2025-03-15T13:07:00.000Z');
    expect(parseExportTime('2025-03-15T14:07:00Z')).toBe('2025-03-15T14:07:00.000Z');
    expect(parseExportTime('2025-03-15T14:07:00+0200')).toBe('2025-03-15T12:07:00.000Z');
    expect(parseExportTime('15.03.2025')).toBe('2025-03-14T23:00:00.000Z');
    for (const bad of ['03/15/2025', '31.02.2025', '2025-13-01', '15.03.2025 25:00', 'gestern']) {
      expect(parseExportTime(bad), bad).toBeNull();
    }
  });

  it('names each problem of each row by its spreadsheet row', () => {
    const headers = ['E-Mail', 'Telefon', 'Anmeldedatum', 'B2B'];
    const rows = [
      ['a@example.org', '', '01.02.2025 10:00', 'ja'],
      ['', '', '01.02.2025 10:00', ''],
      ['b@example.org', '', '', 'vielleicht'],
      ['A@Example.org', '', '01.02.2025 10:00', ''],
      ['', '+49 170 1234567', '01.02.2025 10:00', 'nein'],
      ['', '0170/1234567', '01.02.2025 10:00', ''],
    ];
    const { records, issues } = readRows(
      headers,
      rows,
      { email: 'E-Mail', phone: 'Telefon', givenAt: 'Anmeldedatum', business: 'B2B' },
      '2025-03-01T00:00:00.000Z',
    );
    expect(records[0]).toMatchObject({ row: 2, name: 'a@example.org', business: true });
    expect(issues).toEqual([
      { row: 3, field: '', key: 'rowNoContact' },
      { row: 4, field: 'business', key: 'rowYesNo' },
      { row: 4, field: 'givenAt', key: 'rowNoGivenAt' },
      { row: 5, field: 'email', key: 'rowDuplicate' },
      { row: 7, field: 'phone', key: 'rowDuplicate' },
    ]);
  });

  it('finds a phone number however it is written', () => {
    expect(phoneKey('+49 170 1234567')).toBe('01701234567');
    expect(phoneKey('0049 (170) 123-4567')).toBe('01701234567');
    expect(phoneKey('0170/1234567')).toBe('01701234567');
    expect(phoneKey('+43 1 234567')).toBe('00431234567');
    expect(phoneKey('12')).toBe('');
  });
});

const event = (over: Partial<ConsentEvent>): ConsentEvent => ({
  id: 1,
  kind: 'given',
  at: '2025-03-10T13:07:00.000Z',
  text: { id: 1, name: 'Newsletter', version: 2 },
  channels: ['email'],
  source: 'web_form',
  sourceDetail: 'https://example.org/newsletter',
  method: 'unticked_checkbox',
  ageCheck: 'none',
  ip: '203.0.113.7',
  userAgent: '',
  tokenHash: '',
  note: '',
  requestId: null,
  importId: null,
  attachmentId: null,
  recordedBy: 'X',
  recordedAt: '2025-03-10T13:07:00.000Z',
  ...over,
});
const data: ConsentLetterData = {
  persons: [],
  texts: [],
  imports: { 4: 'newsletter.csv' },
  withdrawals: [],
};

describe('what the letters say of consent', () => {
  it('writes an event as what, when, how and which text', () => {
    expect(eventLine(event({}), data, 'de')).toBe(
      '10.03.2025, 14:07 Uhr: Einwilligung erteilt – E-Mail – über Webformular (https://example.org/newsletter) – durch Ankreuzen eines nicht vorausgewählten Kästchens – Text „Newsletter“, Version 2',
    );
    expect(
      eventLine(
        event({ kind: 'withdrawn', text: null, channels: [], source: 'request', requestId: 3 }),
        data,
        'en',
      ),
    ).toMatch(/^10 March 2025, 14:07 .*: Consent withdrawn – following your request$/);
    expect(
      eventLine(event({ source: 'import', sourceDetail: '', importId: 4 }), data, 'de'),
    ).toContain('über Übernahme aus einer Liste – übernommen aus newsletter.csv');
  });

  it('confirms a withdrawal with its day and channels, and the suppression list', () => {
    const blocks = withdrawalBlocks(
      { ...data, withdrawals: [{ at: '2025-03-18T23:30:00.000Z', channels: [] }] },
      'de',
    );
    expect(blocks).toHaveLength(2);
    expect(blocks.every((b) => b instanceof Paragraph)).toBe(true);
    expect(withdrawalBlocks(data, 'de')).toEqual([]);
  });

  it('writes the suppression list formula-safe, with ";" in German and "," in English', () => {
    const entry = {
      name: '=HYPERLINK("http://evil")',
      email: 'a@example.org',
      phone: '+49 170 1234567',
      reference: '-1',
      channels: ['email' as const],
      since: '2025-03-18T23:30:00.000Z',
      reason: 'objected' as const,
    };
    const de = buildSuppressionCsv('Bäckerei; Müller', [entry], 'de').split('\r\n');
    expect(de[0]).toBe(
      '\uFEFFMandant;Name;E-Mail;Telefon;Kundennummer;Gesperrte Kanäle;Gesperrt seit;Grund',
    );
    expect(de[1]).toBe(
      `"Bäckerei; Müller";"'=HYPERLINK(""http://evil"")";a@example.org;'+49 170 1234567;'-1;E-Mail;19.03.2025;Widerspruch gegen Werbung`,
    );
    expect(buildSuppressionCsv('B', [entry], 'en').split('\r\n')[1]).toContain(
      ",'+49 170 1234567,'-1,e-mail,2025-03-19,",
    );
  });
});
