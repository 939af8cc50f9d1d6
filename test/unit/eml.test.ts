import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  berlinDateTime,
  decodeEncodedWords,
  guessKind,
  parseEml,
  parseMailDate,
  parseMailbox,
} from '../../core/eml';

const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/eml', name)));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('.eml reader', () => {
  it('reads sender, date, folded encoded subject and the plain-text part', () => {
    const mail = parseEml(fixture('access.eml'));
    expect(mail).toMatchObject({
      fromName: 'Anna Müller',
      fromAddress: 'anna.mueller@example.org',
      date: '2025-02-03T23:30:00.000Z',
      subject: 'Auskunft nach Art. 15 DSGVO über meine Daten',
    });
    expect(mail.body).toContain('Auskunft über meine Daten');
    expect(mail.body).not.toContain('<p>');
  });

  it('takes the German calendar day: 23:30 UTC on 3 Feb is 4 Feb in Berlin', () => {
    expect(berlinDateTime('2025-02-03T23:30:00.000Z')).toEqual({
      date: '2025-02-04',
      time: '00:30',
    });
    expect(berlinDateTime('2025-07-01T21:59:00.000Z')).toEqual({
      date: '2025-07-01',
      time: '23:59',
    });
  });

  it.each([
    ['"Müller, Anna" <a@example.org>', 'Müller, Anna', 'a@example.org'],
    ['Anna Müller <a@example.org>', 'Anna Müller', 'a@example.org'],
    ['a@example.org (Anna)', 'Anna', 'a@example.org'],
    ['a@example.org', '', 'a@example.org'],
    [
      '=?UTF-8?Q?J=C3=BCrgen_Gr=C3=B6=C3=9Fmann?= <j@example.de>',
      'Jürgen Größmann',
      'j@example.de',
    ],
  ])('parses the mailbox %s', (value, name, address) => {
    expect(parseMailbox(value)).toEqual({ name, address });
  });

  it.each([
    ['Mon, 3 Feb 2025 10:00:00 +0100', '2025-02-03T09:00:00.000Z'],
    ['3 Feb 2025 10:00 -0500', '2025-02-03T15:00:00.000Z'],
    ['Tue, 04 Feb 25 08:00:00 GMT', '2025-02-04T08:00:00.000Z'],
    ['Wed, 5 Feb 2025 08:00:00 +0000 (UTC)', '2025-02-05T08:00:00.000Z'],
    ['sometime last week', null],
    ['31 Feb 2025 10:00 +0000', null],
  ])('parses the date %s', (value, expected) => {
    expect(parseMailDate(value)).toBe(expected);
  });

  it('joins adjacent encoded words and leaves plain text alone', () => {
    expect(decodeEncodedWords('=?utf-8?B?R3LDtsOf?= =?utf-8?Q?e_Sache?=')).toBe('Größe Sache');
    expect(decodeEncodedWords('Plain = text ?')).toBe('Plain = text ?');
  });

  it('refuses what is not an e-mail, naming what is missing', () => {
    expect(() => parseEml(fixture('not-an-email.eml'))).toThrow('emlMalformed');
    expect(() => parseEml(fixture('bad-date.eml'))).toThrow('emlNoDate');
    expect(() => parseEml(bytes('Date: Mon, 3 Feb 2025 10:00:00 +0100\n\nx'))).toThrow(
      'emlNoSender',
    );
    expect(() => parseEml(bytes(''))).toThrow('emlMalformed');
    expect(() => parseEml(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 1, 2]))).toThrow(
      'emlMalformed',
    );
  });

  it('guesses the kind from the words used', () => {
    expect(guessKind('Auskunft nach Art. 15')).toBe('access');
    expect(guessKind('Bitte löschen Sie meine Daten')).toBe('erasure');
    expect(guessKind('Widerruf meiner Einwilligung')).toBe('consent_withdrawal');
    expect(guessKind('Hallo')).toBe('other');
  });
});
