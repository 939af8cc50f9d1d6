import { describe, expect, it } from 'vitest';
import type { AuditEntity, AuditEntry } from '../../core/api';
import { describeEntry, importedHistory } from '../../renderer/components/history-format';
import { historyTexts } from '../helpers/i18n';

// The change history as a person would write it: labels, translated values, local dates,
// nested values as fields. Entries are shaped exactly as the handlers write them.

const de = historyTexts('de', (id) => (id === 1 ? 'Kundenverwaltung' : undefined));
const en = historyTexts('en', (id) => (id === 1 ? 'Customer management' : undefined));

let nextId = 1;
const entry = (
  entity: AuditEntity,
  changes: AuditEntry['changes'],
  action: AuditEntry['action'] = 'update',
): AuditEntry => ({
  id: nextId++,
  at: '2026-11-20T10:00:00.000Z',
  actor: 'Test Nutzerin',
  clientId: 1,
  entity,
  entityId: 1,
  action,
  changes,
  label: 'Datensatz',
});

const rows = (e: AuditEntry, texts = de) =>
  describeEntry(e, texts).rows.map((r) => [r.label, r.before, r.after]);

describe('the change history of a processor', () => {
  it('shows the agreement as fields with translated status and German dates', () => {
    const missing = {
      status: 'missing',
      notRequiredReason: '',
      requestedOn: null,
      signedOn: null,
      version: '',
    };
    const signed = { ...missing, status: 'signed', signedOn: '2026-11-20', version: '1.0' };
    expect(rows(entry('processor', { agreement: [missing, signed] }))).toEqual([
      ['AV-Vertrag – Status', ['Fehlt'], ['Unterzeichnet']],
      ['AV-Vertrag – Unterzeichnet am', [], ['20.11.2026']],
      ['AV-Vertrag – Version', [], ['1.0']],
    ]);
    expect(rows(entry('processor', { agreement: [missing, signed] }), en)[0]).toEqual([
      'DPA – Status',
      ['Missing'],
      ['Signed'],
    ]);
    expect(rows(entry('processor', { agreement: [missing, signed] }), en)[1]![2]).toEqual([
      '20 Nov 2026',
    ]);
  });

  it('lists sub-processors and TOMs one per line, with their fields named', () => {
    const e = entry('processor', {
      subProcessors: [
        [{ name: 'Backup AG', address: 'Zürich', country: 'Schweiz', service: 'Backup' }],
        [{ name: 'Backup AG', address: '', country: 'Schweiz', service: 'Backup und Archiv' }],
      ],
      toms: [
        [{ area: 'zutrittskontrolle', description: 'Chipkarte' }],
        [
          { area: 'zutrittskontrolle', description: 'Chipkarte und PIN' },
          { area: 'pseudonymisierung', description: 'AES-256' },
        ],
      ],
      countryKind: ['eu_eea', 'third_country'],
      safeguard: ['none', 'scc'],
    });
    expect(rows(e)).toEqual([
      [
        'Unterauftragsverarbeiter',
        ['Backup AG (Anschrift: Zürich; Land: Schweiz; Leistung: Backup)'],
        ['Backup AG (Land: Schweiz; Leistung: Backup und Archiv)'],
      ],
      [
        'Technische und organisatorische Maßnahmen',
        ['Zutrittskontrolle: Chipkarte'],
        [
          'Zutrittskontrolle: Chipkarte und PIN',
          'Pseudonymisierung und Verschlüsselung (Art. 32 Abs. 1 lit. a): AES-256',
        ],
      ],
      ['Ort der Verarbeitung', ['EU/EWR'], ['Drittland ohne Angemessenheitsbeschluss']],
      [
        'Garantie für die Übermittlung',
        ['Noch keine Garantie festgelegt'],
        ['Standardvertragsklauseln (Art. 46 Abs. 2 lit. c)'],
      ],
    ]);
  });

  it('says which file was added or removed, with its kind', () => {
    const added = entry(
      'attachment',
      { name: [null, 'AVV.pdf'], role: [null, 'signed_avv'], ownerType: [null, 'processor'] },
      'create',
    );
    const removed = entry(
      'attachment',
      { name: ['Kopie.pdf', null], role: ['copy_of_data', null] },
      'delete',
    );
    expect(describeEntry(added, de)).toEqual({
      summary: 'Datei hinzugefügt: AVV.pdf (Unterzeichneter AVV)',
      rows: [],
    });
    expect(describeEntry(removed, de).summary).toBe('Datei entfernt: Kopie.pdf (Kopie der Daten)');
    expect(describeEntry(added, en).summary).toBe('File added: AVV.pdf (Signed DPA)');
  });
});

describe('the change history of an activity', () => {
  it('names legal bases by their norm and transfers with their safeguard', () => {
    const e = entry('activity', {
      legalBases: [['art6_1_b'], ['art6_1_b', 'art9_2_h']],
      transfers: [
        [],
        [{ country: 'USA', recipient: 'Newsletter-Dienst', safeguard: 'scc', safeguardNote: '' }],
      ],
      status: ['active', 'draft'],
      dpiaStatus: ['open', 'not_needed'],
      nextReview: [null, '2027-01-31'],
    });
    expect(rows(e)).toEqual([
      [
        'Rechtsgrundlagen',
        ['Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen)'],
        [
          'Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen)',
          expect.stringMatching(/^Art\. 9 Abs\. 2 lit\. h DSGVO \(.+\)$/),
        ],
      ],
      [
        'Übermittlungen in Drittländer',
        [],
        [
          'USA (Empfänger: Newsletter-Dienst; Garantie: Standardvertragsklauseln (Art. 46 Abs. 2 lit. c))',
        ],
      ],
      ['Status', ['Aktiv'], ['Entwurf']],
      ['Ergebnis der DSFA-Prüfung', ['Prüfung offen'], ['Nicht erforderlich']],
      ['Nächste Überprüfung', [], ['31.01.2027']],
    ]);
  });

  it('reads recipients and data categories, also as older entries kept them', () => {
    const e = entry('activity', {
      recipients: [
        ['Versanddienstleister (external)', 'Newsletter-Dienst (third_country, USA)'],
        [
          { name: 'Versanddienstleister', type: 'external', country: '' },
          { name: 'Cloud Inc', type: 'third_country', country: 'USA' },
        ],
      ],
      dataCategories: [['Kontaktdaten', 'Gesundheitsdaten (art9)'], [{ name: 'Kontaktdaten' }]],
    });
    expect(rows(e)).toEqual([
      [
        'Kategorien von Empfängern',
        ['Versanddienstleister – Extern', 'Newsletter-Dienst – Drittland, USA'],
        ['Versanddienstleister – Extern', 'Cloud Inc – Drittland, USA'],
      ],
      [
        'Kategorien personenbezogener Daten',
        ['Kontaktdaten', 'Gesundheitsdaten – Art. 9 (besondere Kategorie)'],
        ['Kontaktdaten'],
      ],
    ]);
  });
});

describe('the change history of a request', () => {
  it('translates state, identity method and review checks, and names the activities', () => {
    const e = entry('request', {
      state: ['in_progress', 'in_review'],
      identity: [
        null,
        { method: 'known_email', checkedBy: 'Anna', checkedOn: '2026-11-12', note: '' },
      ],
      review: [
        null,
        {
          reviewer: 'Max Weber',
          at: '2026-11-20T10:00:00.000Z',
          checks: ['complete'],
          note: '',
        },
      ],
      reply: [
        { activityIds: [], replyText: '' },
        { activityIds: [1, 9], replyText: '' },
      ],
      due: ['2026-12-10', '2027-02-10'],
    });
    const described = rows(e);
    expect(described).toEqual([
      ['Status', ['In Bearbeitung'], ['In Prüfung']],
      ['Identitätsprüfung – Verfahren', [], ['Stimmt mit bekannter E-Mail-Adresse überein']],
      ['Identitätsprüfung – Geprüft von', [], ['Anna']],
      ['Identitätsprüfung – Geprüft am', [], ['12.11.2026']],
      ['Prüfung – Geprüft von', [], ['Max Weber']],
      ['Prüfung – Geprüft am', [], [expect.stringMatching(/^20\.11\.2026, \d\d:00$/)]],
      ['Prüfung – Bestätigte Punkte', [], ['Alle Verarbeitungen und Anlagen sind vollständig']],
      [
        'Antwort – Betroffene Verarbeitungstätigkeiten',
        [],
        ['Kundenverwaltung', '(gelöschte Verarbeitungstätigkeit)'],
      ],
      ['Fällig am', ['10.12.2026'], ['10.02.2027']],
    ]);
  });

  it('shows Art. 19 recipients with the date they were informed', () => {
    const e = entry('request', {
      recipients: [
        ['Versanddienstleister ✓ 2026-11-20'],
        [{ name: 'Versanddienstleister', doneOn: '2026-11-20', doneBy: 'Anna' }, { name: 'Bank' }],
      ],
    });
    expect(rows(e)).toEqual([
      [
        'Empfänger (Art. 19)',
        ['Versanddienstleister (Informiert am: 20.11.2026)'],
        ['Versanddienstleister (Informiert am: 20.11.2026; Informiert von: Anna)', 'Bank'],
      ],
    ]);
  });
});

describe('the change history of rules, catalogue entries and clients', () => {
  it('translates a rule’s start, unit, interval, method and yes/no fields', () => {
    const e = entry('retention_rule', {
      startEvent: ['relationship_end', 'creation'],
      periodUnit: ['months', 'years'],
      runInterval: ['yearly', 'quarterly'],
      method: ['delete', 'anonymise'],
      legalHold: [false, true],
      systems: [[], ['DATEV', 'CRM']],
      catalogueKey: [null, 'hgb257_handelsbriefe'],
    });
    expect(rows(e, en)).toEqual([
      ['Start event', ['End of the relationship'], ['Collection or creation']],
      ['Unit', ['Months'], ['Years']],
      ['Deletion run', ['yearly'], ['quarterly']],
      ['Method', ['Delete'], ['Anonymise']],
      ['Legal hold', ['No'], ['Yes']],
      ['Systems / storage locations', [], ['DATEV', 'CRM']],
    ]);
  });

  it('translates a catalogue entry’s kind and a client’s Land', () => {
    expect(rows(entry('catalogue', { special: ['none', 'art9'], usage: [1, 2] }))).toEqual([
      ['Besondere Kategorie', ['Keine'], ['Art. 9 (besondere Kategorie)']],
    ]);
    expect(rows(entry('client', { land: ['BY', 'BE'] }))).toEqual([
      ['Bundesland', ['Bayern'], ['Berlin']],
    ]);
  });
});

describe('the history a hand-over file brought along', () => {
  const brought = [
    {
      at: '2026-11-01T09:00:00.000Z',
      actor: 'Kanzlei Weber',
      entity: 'organisation',
      entityId: 7,
      action: 'create',
      label: 'Bäckerei',
      changes: {},
    },
    {
      at: '2026-11-02T09:00:00.000Z',
      actor: 'Kanzlei Weber',
      entity: 'processor',
      entityId: 3,
      action: 'update',
      label: 'Rechenzentrum Süd GmbH',
      changes: { agreement: [{ status: 'missing' }, { status: 'signed' }] },
    },
  ];
  const imported = (verified: boolean) =>
    entry(
      'client',
      {
        importedFile: [null, 'ab12'],
        historyVerified: [null, verified],
        importedHistory: [null, brought],
      },
      'create',
    );

  it('names the file and keeps each entry readable, newest first, marked as checked', () => {
    const described = describeEntry(imported(true), de);
    expect(described.summary).toBe('aus einer Übergabedatei importiert (SHA-256 ab12)');
    expect(described.rows).toEqual([]);
    const history = importedHistory(imported(true));
    expect(history?.verified).toBe(true);
    expect(history?.entries.map((e) => [e.entity, e.actor, e.label])).toEqual([
      ['processor', 'Kanzlei Weber', 'Rechenzentrum Süd GmbH'],
      ['client', 'Kanzlei Weber', 'Bäckerei'],
    ]);
    const [change] = history?.entries ?? [];
    expect(change && rows(change)).toEqual([['AV-Vertrag – Status', ['Fehlt'], ['Unterzeichnet']]]);
    expect(importedHistory(imported(false))?.verified).toBe(false);
  });

  it('lists what a merge changed with its choice', () => {
    const merged = entry('client', {
      mergedFile: [null, 'cd34'],
      historyVerified: [null, true],
      merged: [
        null,
        [{ table: 'retention_rules', label: 'Rechnungen', status: 'conflict', applied: 'ours' }],
      ],
      importedHistory: [null, brought],
    });
    expect(describeEntry(merged, de).summary).toBe('Übergabedatei zusammengeführt (SHA-256 cd34)');
    expect(rows(merged)).toEqual([
      ['Löschregeln: Rechnungen', [], ['Konflikt – Unsere Fassung behalten (hier)']],
    ]);
    expect(rows(merged, en)).toEqual([
      ['Deletion rules: Rechnungen', [], ['Conflict – Keep our version (here)']],
    ]);
  });
});
