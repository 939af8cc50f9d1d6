import { describe, expect, it } from 'vitest';
import type { LinkedRetentionRule } from '../../core/api';
import {
  deletionConceptDocx,
  deletionConceptFilename,
} from '../../core/documents/deletion-concept-docx';
import { buildRegisterCsv } from '../../core/documents/register-csv';
import { registerDocxBuffer } from '../../core/documents/register-docx';
import { linkedRuleLine } from '../../core/i18n/retention-labels';
import { checkCompleteness } from '../../core/rules/completeness';
import { registerActivities, registerInput, registerClient } from '../fixtures/register';
import { conceptInput, conceptRules } from '../fixtures/retention';
import { docxText } from '../helpers/docx';

const applicants: LinkedRetentionRule = {
  id: 1,
  name: 'Bewerbungsunterlagen',
  startEvent: 'transaction_end',
  startDescription: 'Zugang der Absage',
  periodAmount: 6,
  periodUnit: 'months',
  yearEnd: false,
  runInterval: 'monthly',
  method: 'restrict',
  norm: '§ 15 Abs. 4 AGG',
  legalHold: false,
};

describe('deletion concept (Word)', () => {
  it('has scope, classes matrix, every rule with reasons and norms, responsibilities, log', async () => {
    const text = docxText(await deletionConceptDocx(conceptInput('de')));
    for (const expected of [
      'Löschkonzept',
      'Müller & Söhne Bäckerei GmbH',
      '1. Geltungsbereich',
      '3. Matrix der Löschklassen',
      '7 Monate',
      '9 Jahre ab Schluss des Kalenderjahres',
      '4.1 Bewerbungsunterlagen abgelehnter Bewerber',
      '4.2 Rechnungen (Buchungsbelege)',
      '4.3 Lohnkonto',
      '§ 147 Abs. 1 Nr. 4, Abs. 3 AO; § 14b UStG',
      '8 Jahre ab Schluss des Kalenderjahres',
      'Ende des Vorgangs (Zugang der Absage)',
      'Steuerliche Aufbewahrungspflicht',
      'Aktiv: Klage von Frau Öztürk anhängig',
      'Sperren bis zur Löschung',
      'DATEV',
      '5. Verantwortlichkeiten',
      'Petra Groß (Personal)',
      '6. Löschprotokoll (Zusammenfassung)',
      '1.250',
      'überfällig',
      '15.01.2026 – Rechnungen (Buchungsbelege) (DATEV): 1.250 Datensätze; Belege 2017; Verfahren: Löschen; durchgeführt von Jürgen Müller',
      'Alte Kundenkartei (gelöschte Regel)',
    ]) {
      expect(text).toContain(expected);
    }
    expect(deletionConceptFilename(conceptInput('de'))).toBe(
      'Löschkonzept_Müller_&_Söhne_Bäckerei_GmbH_2026-11-23.docx',
    );
  });

  it('words the standard deletion period and the start event plainly, without nested brackets', async () => {
    const text = docxText(await deletionConceptDocx(conceptInput('de')));
    expect(text).toContain(
      '9 Jahre: Vorhaltefrist 8 Jahre ab Schluss des Kalenderjahres zuzüglich Abstand der Löschläufe (jährlich)',
    );
    expect(text).not.toMatch(/\+ (jährlich|monatlich)/);
    const rule = {
      ...conceptRules[1]!,
      startDescription: 'Datum des Belegs (Schluss des Kalenderjahres)',
    };
    const nested = docxText(await deletionConceptDocx({ ...conceptInput('de'), rules: [rule] }));
    expect(nested).toContain(
      'Erhebung bzw. Entstehung, Datum des Belegs (Schluss des Kalenderjahres)',
    );
    expect(nested).not.toMatch(/\([^()]*\(/);
    const en = docxText(await deletionConceptDocx(conceptInput('en')));
    expect(en).toContain(
      '9 years: retention period of 8 years from the end of the calendar year plus the interval of the deletion runs (yearly)',
    );
    expect(en).toContain(
      '1,250 records; Belege 2017; Method: Delete; carried out by Jürgen Müller',
    );
  });

  it('says what happens to data under a retention duty and defines the start event', async () => {
    const text = docxText(await deletionConceptDocx(conceptInput('de')));
    expect(text).toContain(
      'wird die Verarbeitung bis zu deren Ablauf eingeschränkt (Sperrung; Art. 17 Abs. 3 lit. b, Art. 18 DSGVO, § 35 Abs. 3 BDSG)',
    );
    expect(text).toContain('Startzeitpunkt\nEreignis, mit dem die Frist beginnt');
    expect(text).not.toContain('Sicherungskopien folgen');
  });

  it('exists in English', async () => {
    const text = docxText(await deletionConceptDocx(conceptInput('en')));
    for (const expected of [
      'Deletion concept',
      'Matrix of deletion classes',
      '8 years from the end of the calendar year',
      'Restrict until deletion',
      'Deletion log (summary)',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says so when a client has no rules yet', async () => {
    const input = { ...conceptInput('de'), rules: [], runs: [] };
    const text = docxText(await deletionConceptDocx(input));
    expect(text).toContain('Es sind noch keine Löschregeln erfasst.');
    expect(text).toContain('Es sind noch keine Löschläufe protokolliert.');
  });
});

describe('linked rules in the register (Art. 30(1)(f))', () => {
  const withRule = registerActivities.map((a, i) =>
    i === 1 ? { ...a, retention: '', retentionRules: [applicants] } : a,
  );

  it('words a rule with period, start event and norm', () => {
    expect(linkedRuleLine(applicants, 'de')).toBe(
      'Bewerbungsunterlagen: 6 Monate; Startzeitpunkt: Ende des Vorgangs (Zugang der Absage); § 15 Abs. 4 AGG',
    );
    expect(linkedRuleLine({ ...applicants, legalHold: true }, 'en')).toBe(
      'Bewerbungsunterlagen: 6 months; Start: End of the transaction (Zugang der Absage); § 15 Abs. 4 AGG; legal hold active',
    );
  });

  it('prints the linked rules in the Word register and the CSV', async () => {
    const input = { ...registerInput('de'), activities: withRule };
    const text = docxText(await registerDocxBuffer(input));
    expect(text).toContain(linkedRuleLine(applicants, 'de'));
    expect(buildRegisterCsv(input)).toContain('Bewerbungsunterlagen: 6 Monate');
  });

  it('counts a linked rule as a documented erasure period even with an empty text', () => {
    const activity = { ...registerActivities[0]!, retention: '' };
    expect(checkCompleteness(activity, registerClient).missing).toContain('retention');
    const linked = { ...activity, retentionRules: [applicants] };
    expect(checkCompleteness(linked, registerClient).missing).not.toContain('retention');
  });
});
