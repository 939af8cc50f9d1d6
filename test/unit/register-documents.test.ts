import { describe, expect, it } from 'vitest';
import {
  activity,
  activityStatus,
  dataSpecial,
  dpiaStatus,
  legalBasisCodes,
  recipientType,
  safeguard,
} from '../../core/api';
import type { Activity } from '../../core/api';
import {
  dataCategoryLabel,
  formatInstant,
  formatLegalDate,
  registerFilename,
  sanitizeFilenamePart,
} from '../../core/documents/format';
import { csvCell } from '../../core/documents/register-csv';
import { buildRegisterCsv } from '../../core/documents/register-csv';
import { registerDocxBuffer } from '../../core/documents/register-docx';
import { buildRegisterExport, registerMimeTypes } from '../../core/documents/register-export';
import { buildRegisterJson } from '../../core/documents/register-json';
import { registerLabels } from '../../core/i18n/register-labels';
import {
  registerActivities,
  registerGeneratedAt,
  registerInput,
  registerClient,
  trickyPurposes,
} from '../fixtures/register';
import { docxPart, docxPartNames, docxText } from '../helpers/docx';

/** A strict RFC 4180 reader, so the test checks the quoting instead of trusting it. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i += 2;
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      cell += c;
    }
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last line without CRLF');
  return rows;
}

describe('register as Word document', () => {
  it('is a zip with the controller, every activity and the Art. 30 headings (German)', async () => {
    const bytes = await registerDocxBuffer(registerInput('de'));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(docxPartNames(bytes)).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml']),
    );
    const text = docxText(bytes);
    for (const expected of [
      'Verzeichnis von Verarbeitungstätigkeiten',
      'Verantwortlicher (Art. 30 Abs. 1 lit. a DSGVO)',
      'Müller & Söhne Bäckerei GmbH',
      'Weißenburger Straße 12\n81667 München\nDeutschland',
      'Dr. Sören Weiß',
      'Bayern',
      'Stand: 23.11.2026',
      'Anzahl der Verarbeitungstätigkeiten: 3',
      '1. Lohn- und Gehaltsabrechnung',
      '2. Betriebliches Gesundheitsmanagement',
      '3. Newsletter und Online-Bestellungen für Großkunden',
      'Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b DSGVO)',
      'Kategorien betroffener Personen (Art. 30 Abs. 1 lit. c DSGVO)',
      'Kategorien personenbezogener Daten (Art. 30 Abs. 1 lit. c DSGVO)',
      'Kategorien von Empfängern (Art. 30 Abs. 1 lit. d DSGVO)',
      'Übermittlungen an ein Drittland oder eine internationale Organisation (Art. 30 Abs. 1 lit. e DSGVO)',
      'Vorgesehene Löschfristen (Art. 30 Abs. 1 lit. f DSGVO)',
      'Allgemeine Beschreibung der technischen und organisatorischen Maßnahmen',
      'Art. 6 Abs. 1 lit. c DSGVO – Rechtliche Verpflichtung des Verantwortlichen',
      'Art. 9 Abs. 2 lit. h DSGVO – Gesundheitsvorsorge',
      'Ergänzende nationale Rechtsvorschrift: § 26 BDSG; § 41 EStG',
      'Gesundheitsdaten (Arbeitsunfähigkeitszeiten, Befunde) (Art. 9)',
      'Religionszugehörigkeit (Kirchensteuer) (Art. 9)',
      'Interne Empfänger (Abteilung/Funktion)',
      'E-Mail-Versanddienstleister (Land: USA)',
      'USA\nEmpfänger: Mailchimp (The Rocket Science Group LLC)\nGarantie: Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)\nDokumentation der Garantien: EU-Standardvertragsklauseln Modul 2',
      'Keine Übermittlung an Drittländer oder internationale Organisationen',
      'Verweis: TOM-Konzept v3, Anlage 2',
      'Erforderlich',
      'Begründung: Gesundheitsdaten von Beschäftigten',
      '15.01.2026',
      '20.11.2026',
      '31.03.2027',
      'nicht angegeben',
    ]) {
      expect(text).toContain(expected);
    }
    // A line break typed by the user is a new paragraph, not a lost "\n".
    expect(text).toContain(
      'Lohnkonten: 6 Jahre nach Ablauf des Kalenderjahres (§ 41 EStG)\nBuchungsbelege',
    );
  });

  it('uses real Word headings, A4 pages and a "Seite X von Y" footer', async () => {
    const bytes = await registerDocxBuffer(registerInput('de'));
    const xml = docxPart(bytes);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(3 + 3); // cover + activities
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const footerName = docxPartNames(bytes).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
    const footer = docxPart(bytes, footerName);
    expect(footer).toMatch(/Seite .*PAGE.*von .*NUMPAGES/s);
    expect(docxText(bytes, footerName)).toContain('Müller & Söhne Bäckerei GmbH');
  });

  it('has English labels, norms and dates in the English variant', async () => {
    const text = docxText(await registerDocxBuffer(registerInput('en')));
    for (const expected of [
      'Record of processing activities',
      'Controller (Art. 30(1)(a) GDPR)',
      'Purposes of the processing (Art. 30(1)(b) GDPR)',
      'Categories of data subjects (Art. 30(1)(c) GDPR)',
      'Transfers to a third country or an international organisation (Art. 30(1)(e) GDPR)',
      'Art. 6(1)(b) GDPR – Contract or pre-contractual steps',
      'Standard contractual clauses (Art. 46(2)(c) GDPR)',
      'As of: 23 November 2026',
      '15 January 2026',
      'not specified',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Zwecke der Verarbeitung');
  });

  it('copes with no activities and with control characters pasted into a field', async () => {
    const empty = docxText(await registerDocxBuffer(registerInput('de', { activities: [] })));
    expect(empty).toContain('Es sind keine Verarbeitungstätigkeiten erfasst.');
    const pasted: Activity = {
      ...registerActivities[0]!,
      name: 'Kasse\u0001\u000bnsystem',
      purposes: 'a\tb',
    };
    const bytes = await registerDocxBuffer(registerInput('de', { activities: [pasted] }));
    expect(docxText(bytes)).toContain('1. Kassensystem');
    expect(docxPart(bytes)).not.toContain('\u0001');
    expect(docxPart(bytes)).not.toContain('\u000b');
  });
});

describe('register as CSV', () => {
  it('starts with a BOM, uses ";" and CRLF in German and has one row per activity', () => {
    const csv = buildRegisterCsv(registerInput('de'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows).toHaveLength(1 + registerActivities.length);
    expect(rows[0]!.slice(0, 5)).toEqual([
      'Verantwortlicher',
      'Nr.',
      'Bezeichnung der Verarbeitungstätigkeit',
      'Status',
      'Zwecke der Verarbeitung',
    ]);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    const byHeader = (row: string[]) => Object.fromEntries(rows[0]!.map((h, i) => [h, row[i]]));
    const payroll = byHeader(rows[1]!);
    expect(payroll).toMatchObject({
      Verantwortlicher: 'Müller & Söhne Bäckerei GmbH',
      'Bezeichnung der Verarbeitungstätigkeit': 'Lohn- und Gehaltsabrechnung',
      Status: 'Aktiv',
      Rechtsgrundlagen:
        'Art. 6 Abs. 1 lit. b DSGVO; Art. 6 Abs. 1 lit. c DSGVO; Art. 9 Abs. 2 lit. b DSGVO',
      'Kategorien betroffener Personen': 'Beschäftigte; Auszubildende',
      'Kategorien personenbezogener Daten':
        'Stammdaten (Name, Anschrift, Geburtsdatum); Bankverbindung; Religionszugehörigkeit (Kirchensteuer) (Art. 9)',
      'Externe Empfänger': 'Steuerberatung Größmann & Partner; Finanzamt München; Krankenkassen',
      'Angelegt am': '15.01.2026',
      'Nächste Überprüfung': '31.03.2027',
      'Datenschutz-Folgenabschätzung': 'Nicht erforderlich',
    });
    const newsletter = byHeader(rows[3]!);
    // ";" + '"' + line break survive the round trip unchanged.
    expect(newsletter['Zwecke der Verarbeitung']).toBe(trickyPurposes);
    expect(newsletter['Empfänger in Drittländern oder internationale Organisationen']).toBe(
      'E-Mail-Versanddienstleister (Land: USA)',
    );
    expect(
      newsletter['Übermittlungen an ein Drittland oder eine internationale Organisation'],
    ).toContain(
      'USA – Empfänger: Mailchimp (The Rocket Science Group LLC) – Garantie: Standardvertragsklauseln',
    );
    expect(byHeader(rows[2]!)['Nächste Überprüfung']).toBe('');
  });

  it('uses "," and English headers and ISO dates in English', () => {
    const csv = buildRegisterCsv(registerInput('en'));
    const rows = parseCsv(csv.slice(1), ',');
    expect(rows[0]!.slice(0, 5)).toEqual([
      'Controller',
      'No.',
      'Name of the processing activity',
      'Status',
      'Purposes of the processing',
    ]);
    expect(rows[1]).toContain('2026-01-15');
    expect(rows[3]).toContain(trickyPurposes);
    // The German text holds commas, so English CSV must quote it.
    expect(csv).toContain('"Stammdaten (Name, Anschrift, Geburtsdatum); Bankverbindung;');
  });

  it('quotes cells by RFC 4180 and neutralises spreadsheet formulas', () => {
    expect(csvCell('plain', ';')).toBe('plain');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak', ';')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")', ';')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+49 89 1234567', ';')).toBe("'+49 89 1234567");
    expect(csvCell('', ';')).toBe('');
  });

  it('has only the header for a register without activities', () => {
    const csv = buildRegisterCsv(registerInput('de', { activities: [] }));
    expect(parseCsv(csv.slice(1), ';')).toHaveLength(1);
  });
});

describe('register as JSON', () => {
  it('parses back with the client and all activities as stored', () => {
    const parsed = JSON.parse(buildRegisterJson(registerInput('en')));
    expect(parsed).toEqual({
      format: 'privacy-desk.register',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      language: 'en',
      client: registerClient,
      activities: registerActivities.map((a) => ({
        ...a,
        thirdCountryTransfers: a.transfers.map((t) => ({
          source: 'activity',
          ...t,
          via: '',
          tiaDoneOn: null,
          tiaReference: '',
        })),
      })),
    });
  });
});

describe('third-country transfers through linked processors', () => {
  // The payroll activity (no transfer of its own) uses a US payroll cloud, which engages
  // a support company in India and a data centre in Germany.
  const payroll = registerActivities[0]!;
  const linked = activity.parse({
    ...payroll,
    processors: [
      {
        id: 1,
        name: 'Lohnwolke Inc.',
        country: 'USA',
        countryKind: 'third_country',
        safeguard: 'scc',
        safeguardNote: 'SCC Modul 2 vom 01.03.2026',
        tiaDoneOn: '2026-02-15',
        tiaReference: 'TIA-2026-07',
        subProcessors: [
          {
            name: 'Support Bengaluru Pvt. Ltd.',
            country: 'Indien',
            countryKind: 'third_country',
            safeguard: 'none',
            safeguardNote: '',
          },
          {
            name: 'RZ Frankfurt GmbH',
            country: 'Deutschland',
            countryKind: 'eu_eea',
            safeguard: 'none',
            safeguardNote: '',
          },
        ],
      },
    ],
  });
  const input = (language: 'de' | 'en') =>
    registerInput(language, { activities: [linked, ...registerActivities.slice(1)] });

  it('prints them in Word instead of "no transfer", with safeguard, note, TIA and the route', async () => {
    expect(docxText(await registerDocxBuffer(registerInput('de')))).toContain(
      'Keine Übermittlung an Drittländer',
    );
    const text = docxText(await registerDocxBuffer(input('de')));
    // The last mentions: the first ones are in the overview at the top.
    const section = text.slice(
      text.lastIndexOf('1. Lohn- und Gehaltsabrechnung'),
      text.lastIndexOf('2. Betriebliches Gesundheitsmanagement'),
    );
    expect(section).not.toContain('Keine Übermittlung an Drittländer');
    expect(section).toContain(
      'USA\nEmpfänger: Lohnwolke Inc. (Auftragsverarbeiter)\nGarantie: Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)\nDokumentation der Garantien: SCC Modul 2 vom 01.03.2026\nTransfer Impact Assessment (TIA): 15.02.2026, TIA-2026-07',
    );
    expect(section).toContain(
      'Indien\nEmpfänger: Support Bengaluru Pvt. Ltd. (Unterauftragsverarbeiter von Lohnwolke Inc.)\nGarantie: Keine Garantie angegeben',
    );
    expect(section).not.toContain('RZ Frankfurt');
    const en = docxText(await registerDocxBuffer(input('en')));
    expect(en).toContain('Transfer impact assessment (TIA): 15 February 2026, TIA-2026-07');
  });

  it('lists them in the CSV transfer column and in the JSON copy', () => {
    const rows = parseCsv(buildRegisterCsv(input('en')).slice(1), ',');
    const column = rows[0]!.indexOf(registerLabels.en.fields.transfers);
    expect(rows[1]![column]).toBe(
      'USA – Recipient: Lohnwolke Inc. (processor) – Safeguard: Standard contractual clauses (Art. 46(2)(c) GDPR) – Documentation of safeguards: SCC Modul 2 vom 01.03.2026 – Transfer impact assessment (TIA): 15 February 2026, TIA-2026-07; ' +
        'Indien – Recipient: Support Bengaluru Pvt. Ltd. (sub-processor of Lohnwolke Inc.) – Safeguard: No safeguard specified',
    );
    const json = JSON.parse(buildRegisterJson(input('de'))) as {
      activities: { processors: unknown[]; thirdCountryTransfers: { recipient: string }[] }[];
    };
    expect(json.activities[0]!.processors).toHaveLength(1);
    expect(json.activities[0]!.thirdCountryTransfers.map((t) => t.recipient)).toEqual([
      'Lohnwolke Inc.',
      'Support Bengaluru Pvt. Ltd.',
    ]);
  });
});

describe('buildRegisterExport', () => {
  it.each([
    ['docx', 'Verarbeitungsverzeichnis_Müller_&_Söhne_Bäckerei_GmbH_2026-11-23.docx', [0x50, 0x4b]],
    [
      'csv',
      'Verarbeitungsverzeichnis_Müller_&_Söhne_Bäckerei_GmbH_2026-11-23.csv',
      [0xef, 0xbb, 0xbf],
    ],
    ['json', 'Verarbeitungsverzeichnis_Müller_&_Söhne_Bäckerei_GmbH_2026-11-23.json', [0x7b]],
  ] as const)('builds %s with file name, MIME type and bytes', async (format, filename, magic) => {
    const file = await buildRegisterExport(format, registerInput('de'));
    expect(file.filename).toBe(filename);
    expect(file.mimeType).toBe(registerMimeTypes[format]);
    expect([...file.bytes.slice(0, magic.length)]).toEqual([...magic]);
  });

  it('decodes CSV and JSON bytes as UTF-8 with umlauts intact', async () => {
    const csv = await buildRegisterExport('csv', registerInput('de'));
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes)).toBe(
      buildRegisterCsv(registerInput('de')),
    );
    const json = await buildRegisterExport('json', registerInput('en'));
    expect(new TextDecoder().decode(json.bytes)).toContain('Müller & Söhne Bäckerei GmbH');
    expect(json.filename).toBe('Record_of_processing_Müller_&_Söhne_Bäckerei_GmbH_2026-11-23.json');
  });
});

describe('file names and formatting', () => {
  it('makes client names safe for Windows file names', () => {
    expect(sanitizeFilenamePart('Müller & Söhne Bäckerei GmbH')).toBe(
      'Müller_&_Söhne_Bäckerei_GmbH',
    );
    expect(sanitizeFilenamePart('A/B: C*D?"E<F>G|H\\I')).toBe('A_B_C_D_E_F_G_H_I');
    expect(sanitizeFilenamePart('  ..Praxis Dr. Weiß.  ')).toBe('Praxis_Dr._Weiß');
    expect(sanitizeFilenamePart('Tab\tund\u0007Steuerzeichen')).toBe('Tab_und_Steuerzeichen');
    expect(sanitizeFilenamePart('x'.repeat(200))).toHaveLength(80);
    // Decomposed umlauts (macOS input) become one character each.
    expect(sanitizeFilenamePart('Mu\u0308ller')).toBe('Müller');
    const labels = registerLabels.de;
    expect(registerFilename('???', labels, registerGeneratedAt, 'docx')).toBe(
      'Verarbeitungsverzeichnis_2026-11-23.docx',
    );
  });

  it('formats dates per language', () => {
    expect(formatLegalDate('2026-03-05', 'de')).toBe('05.03.2026');
    expect(formatLegalDate('2026-03-05', 'en')).toBe('5 March 2026');
    expect(formatLegalDate('2026-03-05', 'en', 'numeric')).toBe('2026-03-05');
    expect(formatLegalDate(null, 'de')).toBe('');
    expect(formatInstant('2026-11-23T12:00:00.000Z', 'de')).toBe('23.11.2026');
    expect(formatInstant('not a date', 'de')).toBe('not a date');
  });

  it('marks Art. 9 and Art. 10 data', () => {
    const labels = registerLabels.de;
    expect(dataCategoryLabel({ id: 1, name: 'Führungszeugnis', special: 'art10' }, labels)).toBe(
      'Führungszeugnis (Art. 10)',
    );
    expect(dataCategoryLabel({ id: 1, name: 'Name', special: 'none' }, labels)).toBe('Name');
  });
});

describe('register labels', () => {
  it.each(['de', 'en'] as const)('name every code of the API in %s', (language) => {
    const labels = registerLabels[language];
    expect(Object.keys(labels.legalBases).sort()).toEqual([...legalBasisCodes].sort());
    expect(Object.keys(labels.statuses).sort()).toEqual([...activityStatus.options].sort());
    expect(Object.keys(labels.dpiaStatuses).sort()).toEqual([...dpiaStatus.options].sort());
    expect(Object.keys(labels.safeguards).sort()).toEqual([...safeguard.options].sort());
    expect(Object.keys(labels.recipientTypes).sort()).toEqual([...recipientType.options].sort());
    expect(Object.keys(labels.dataSpecial).sort()).toEqual([...dataSpecial.options].sort());
    for (const value of Object.values(labels.legalBases)) {
      expect(value.norm).toMatch(
        language === 'de'
          ? /^Art\. [69] Abs\. [12] lit\. [a-j] DSGVO$/
          : /^Art\. [69]\([12]\)\([a-j]\) GDPR$/,
      );
      expect(value.text.length).toBeGreaterThan(3);
    }
  });

  it('have the same keys in German and English', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v).map((sub) => `${k}.${sub}`) : [k],
      );
    expect(keys(registerLabels.en).sort()).toEqual(keys(registerLabels.de).sort());
  });
});
