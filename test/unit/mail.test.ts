import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeBaseName } from '../../core/files/file-name';
import { htmlToText } from '../../core/mail/html-text';
import { parseMail } from '../../core/mail/parse-mail';
import { berlinDateTime, guessKind } from '../../core/mail/received';

const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/eml', name)));
const bytes = (text: string) => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
const mail = (headers: string, body = 'Text') => parseMail(bytes(`${headers}\n\n${body}`), 'de');
const date = 'Date: Mon, 3 Feb 2025 10:00:00 +0100';

describe('.eml reader', () => {
  it('reads sender, date, folded encoded subject and the plain-text part', async () => {
    const m = await parseMail(fixture('access.eml'), 'de');
    expect(m).toMatchObject({
      fromName: 'Anna Müller',
      fromAddress: 'anna.mueller@example.org',
      date: '2025-02-03T23:30:00.000Z',
      subject: 'Auskunft nach Art. 15 DSGVO über meine Daten',
      files: [],
    });
    expect(m.body).toContain('Auskunft über meine Daten');
    expect(m.body).not.toContain('<p>');
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
    ['=?utf-8?B?R3LDtsOf?= =?utf-8?Q?e_Sache?= <g@example.de>', 'Größe Sache', 'g@example.de'],
  ])('parses the sender %s', async (from, name, address) => {
    expect(await mail(`From: ${from}\n${date}`)).toMatchObject({
      fromName: name,
      fromAddress: address,
    });
  });

  it.each([
    ['Mon, 3 Feb 2025 10:00:00 +0100', '2025-02-03T09:00:00.000Z'],
    ['3 Feb 2025 10:00 -0500', '2025-02-03T15:00:00.000Z'],
    ['Tue, 04 Feb 25 08:00:00 GMT', '2025-02-04T08:00:00.000Z'],
    ['Wed, 5 Feb 2025 08:00:00 +0000 (UTC)', '2025-02-05T08:00:00.000Z'],
  ])('parses the date %s', async (value, expected) => {
    expect((await mail(`From: a@example.org\nDate: ${value}`)).date).toBe(expected);
  });

  it.each(['sometime last week', '31 Feb 2025 10:00 +0000', 'Mon, 3 Feb 0100 10:00:00 +0100', '1'])(
    'refuses the date %s as unreadable',
    async (value) => {
      await expect(mail(`From: a@example.org\nDate: ${value}`)).rejects.toThrow('emlNoDate');
    },
  );

  it('refuses what is not an e-mail, naming what is missing', async () => {
    await expect(parseMail(fixture('not-an-email.eml'), 'de')).rejects.toThrow('emlMalformed');
    await expect(parseMail(fixture('bad-date.eml'), 'de')).rejects.toThrow('emlNoDate');
    await expect(mail(date)).rejects.toThrow('emlNoSender');
    await expect(parseMail(bytes(''), 'de')).rejects.toThrow('emlMalformed');
    await expect(
      parseMail(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 1, 2]), 'de'),
    ).rejects.toThrow('emlMalformed');
  });

  it('turns an HTML-only mail into readable text', async () => {
    const m = await mail(
      `From: a@example.org\n${date}\nContent-Type: text/html; charset=utf-8`,
      '<html><head><style>p{color:red}</style><title>T</title></head><body>' +
        '<p>Sehr geehrte Damen und Herren,</p><p>bitte l&ouml;schen Sie meine Daten&nbsp;(Art. 17).</p>' +
        '<ul><li>Konto</li><li>Newsletter</li></ul><script>alert(1)</script></body></html>',
    );
    expect(m.body).toBe(
      'Sehr geehrte Damen und Herren,\n\nbitte löschen Sie meine Daten (Art. 17).\n\n• Konto\n• Newsletter',
    );
    expect(guessKind(m.body)).toBe('erasure');
  });

  it('appends a forwarded message with its sender and date, and keeps it as a file', async () => {
    const m = await mail(
      'From: Chef <chef@firma.de>\nDate: Mon, 10 Feb 2025 08:00:00 +0100\nSubject: WG: Auskunft\nContent-Type: multipart/mixed; boundary=XX',
      [
        '--XX',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Bitte kümmern.',
        '--XX',
        'Content-Type: message/rfc822',
        '',
        'From: Anna <anna@example.org>',
        'Date: Mon, 3 Feb 2025 09:00:00 +0100',
        'Subject: Auskunft',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Ich möchte Auskunft nach Art. 15.',
        '--XX--',
      ].join('\n'),
    );
    expect(m.fromAddress).toBe('chef@firma.de');
    expect(m.forwarded).toBe(1);
    expect(m.body).toContain('Bitte kümmern.');
    expect(m.body).toContain('Bitte prüfen, wer die Anfrage gestellt hat');
    expect(m.body).toContain(
      '---------- Weitergeleitete Nachricht ----------\nVon: Anna <anna@example.org>\nDatum: 03.02.2025 09:00\nBetreff: Auskunft\n\nIch möchte Auskunft nach Art. 15.',
    );
    expect(m.files).toEqual([
      expect.objectContaining({ name: 'Auskunft.eml', mimeType: 'message/rfc822' }),
    ]);
  });

  it('keeps attachments with RFC 2231 and RFC 2047 names reduced to a safe base name', async () => {
    const m = await mail(
      `From: a@example.org\n${date}\nContent-Type: multipart/mixed; boundary=XX`,
      [
        '--XX',
        'Content-Type: text/plain',
        '',
        'Anbei mein Ausweis.',
        '--XX',
        'Content-Type: application/pdf',
        "Content-Disposition: attachment; filename*=UTF-8''..%2F..%2FAusweis%20M%C3%BCller.pdf",
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0xLjQK',
        '--XX',
        'Content-Type: image/png; name="=?UTF-8?Q?Gr=C3=BC=C3=9Fe=E2=80=AEgnp.exe?="',
        'Content-Disposition: attachment',
        'Content-Transfer-Encoding: base64',
        '',
        'iVBORw0K',
        '--XX--',
      ].join('\n'),
    );
    expect(m.files.map((f) => [f.name, f.mimeType, f.bytes.length])).toEqual([
      ['Ausweis Müller.pdf', 'application/pdf', 9],
      ['Grüßegnp.exe', 'image/png', 6],
    ]);
  });

  it('answers a 96 KB From header and a 50,000-paren Date header at once', async () => {
    const started = performance.now();
    await expect(
      mail(`From: ${'<'.repeat(96 * 1024)}\nDate: ${'('.repeat(50_000)}`),
    ).rejects.toThrow('emlNoSender');
    await expect(mail(`From: a@example.org\nDate: ${'('.repeat(50_000)}`)).rejects.toThrow(
      'emlNoDate',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('guesses the kind from the words used', () => {
    expect(guessKind('Auskunft nach Art. 15')).toBe('access');
    expect(guessKind('Bitte löschen Sie meine Daten')).toBe('erasure');
    expect(guessKind('Widerruf meiner Einwilligung')).toBe('consent_withdrawal');
    expect(guessKind('Hallo')).toBe('other');
  });
});

describe('HTML to text', () => {
  it.each([
    ['unclosed <a', '<a '.repeat(300_000)],
    ['deep nesting', '<div>'.repeat(300_000)],
    ['endless comments', '<!--'.repeat(300_000)],
    ['an unclosed script', `<script>${'x'.repeat(1_000_000)}`],
    ['many tags', '<p>x</p>'.repeat(300_000)],
  ])('stays linear on %s', (_name, html) => {
    const started = performance.now();
    htmlToText(html);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps cells apart and decodes entities', () => {
    expect(
      htmlToText('<table><tr><td>Kunde</td><td>K-4711</td></tr></table>&#8364; &euro; &bogus;'),
    ).toBe('Kunde K-4711\n\n€ € &bogus;');
  });
});

describe('safe file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\a\\Brief.docx', 'Brief.docx'],
    ['Rechnung\u202Efdp.exe', 'Rechnungfdp.exe'],
    ['  .hidden. ', 'hidden'],
    ['CON.txt', '_CON.txt'],
    ['a<b>:c|d?.pdf', 'abcd.pdf'],
    ['\u0000\u0001', ''],
    [`${'x'.repeat(300)}.pdf`, `${'x'.repeat(196)}.pdf`],
  ])('%s becomes %s', (name, expected) => {
    expect(safeBaseName(name)).toBe(expected);
  });
});
