import { describe, expect, it } from 'vitest';
import { breachStarterKey, type Language } from '../../core/api';
import { breachStarters, starterKeys } from '../../core/catalogues/breach-starters';
import { buildBreachDocument, buildBreachRegister } from '../../core/documents/breach-documents';
import { suggestedLevel } from '../../core/rules/breach-risk';
import { docxText } from '../helpers/docx';
import {
  richBreach,
  richBreachInput,
  richRegisterInput,
  simpleBreach,
} from '../fixtures/rich-breach';

// What the breach documents say: the notification carries every Art. 33(3) item and the
// authority's address; the letter speaks plainly to the person; the record and the
// register keep every breach, notified or not.

const text = async (
  kind: 'authority' | 'subjects' | 'record',
  language: Language,
  b = richBreach,
) => docxText((await buildBreachDocument(kind, richBreachInput(language, b))).bytes);

describe('the notification to the supervisory authority (Art. 33(3))', () => {
  it('is addressed to the client’s authority and names each item (a)-(d) with its content', async () => {
    const de = await text('authority', 'de');
    for (const line of [
      'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)',
      'Promenade 18',
      '91522 Ansbach',
      'a) Art der Verletzung, Kategorien und ungefähre Zahl der betroffenen Personen und Datensätze',
      'Verletzung der Verfügbarkeit',
      'Beschäftigte einschließlich Auszubildender',
      '2.400',
      'Arbeitsunfähigkeitsbescheinigungen und Wiedereingliederungsunterlagen (Art. 9)',
      '18.000',
      'b) Name und Kontaktdaten des Datenschutzbeauftragten oder einer sonstigen Anlaufstelle',
      'datenschutzbeauftragter@weiss-oberlaender-datenschutzberatung.de',
      'c) Wahrscheinliche Folgen der Verletzung',
      'Sind Daten abgeflossen, drohen Veröffentlichung, Erpressung und Identitätsmissbrauch.',
      'd) Ergriffene oder vorgeschlagene Maßnahmen',
      'Vom Netz getrennte Sicherungen, Mehr-Faktor-Anmeldung für Fernzugänge.',
      'Benachrichtigt am 21.11.2026, 12:00 Uhr per Brief.',
    ]) {
      expect(de).toContain(line);
    }
  });

  it('gives the times in Berlin time, the 72-hour end and the reasons of a late notice', async () => {
    const de = await text('authority', 'de');
    expect(de).toContain('16.11.2026, 02:00 Uhr bis 16.11.2026, 05:30 Uhr');
    expect(de).toContain('17.11.2026, 08:30 Uhr'); // the processor's notice starts the clock
    expect(de).toContain('Ende der 72-Stunden-Frist (Art. 33 Abs. 1 DSGVO)');
    expect(de).toContain('20.11.2026, 08:30 Uhr');
    expect(de).toContain('Gründe für die Verzögerung (Art. 33 Abs. 1 Satz 2 DSGVO)');
    expect(de).toContain('Die Forensik brauchte Zugang zu den verschlüsselten Servern');
    // Notified already: this one follows up, under the authority's reference.
    expect(de).toContain('Nachmeldung zur Verletzung des Schutzes personenbezogener Daten');
    expect(de).toContain('Ihr Aktenzeichen: LDA-1085.2-4711/26');
  });

  it('is a first notification without a reasons line while in time, and names a contact without a DPO', async () => {
    const noDpo = { ...richBreachInput('de', simpleBreach) };
    noDpo.client = {
      ...noDpo.client,
      dpoName: '',
      dpoEmail: '',
      dpoPhone: '',
      dpoAddress: '',
    };
    const de = docxText((await buildBreachDocument('authority', noDpo)).bytes);
    expect(de).toContain(
      'Meldung einer Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO',
    );
    expect(de).not.toContain('Gründe für die Verzögerung');
    expect(de).toContain('Anlaufstelle');
    expect(de).toContain('Maximiliane Müller-Lüdenscheidt');
    expect(de).toContain('Die Bewertung des Risikos ist noch nicht abgeschlossen.');
    expect(de).toContain('Die betroffenen Personen werden unverzüglich benachrichtigt.');
  });

  it('reads in English with the English name of the authority', async () => {
    const en = await text('authority', 'en');
    expect(en).toContain('Bavarian Data Protection Authority (BayLDA)');
    expect(en).toContain(
      '(a) Nature of the breach, categories and approximate number of data subjects and records',
    );
    expect(en).toContain('(d) Measures taken or proposed');
    expect(en).toContain('20 November 2026, 08:30 (German time)');
  });
});

describe('the letter to the data subjects (Art. 34(2))', () => {
  it('says in plain words what happened, what it means, what was done and what the person can do', async () => {
    const de = await text('subjects', 'de');
    for (const line of [
      'Was ist passiert?',
      'Der Vorfall geschah zwischen 16.11.2026, 02:00 Uhr und 16.11.2026, 05:30 Uhr.',
      'Arbeitsunfähigkeitsbescheinigungen und Wiedereingliederungsunterlagen (besonders geschützte Daten)',
      'Welche Folgen kann das für Sie haben?',
      'Was wir unternommen haben',
      'Was Sie selbst tun können',
      'Wir fragen Sie nie nach Ihrem Passwort.',
      'Bei Fragen wenden Sie sich bitte an unseren Datenschutzbeauftragten: Dr. Sören Weiß-Oberländer',
      'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA), Promenade 18, 91522 Ansbach',
    ]) {
      expect(de).toContain(line);
    }
    // No article numbers for the data and no other person's name in a letter to many.
    expect(de).not.toContain('(Art. 9)');
  });

  it('tells a person with a hacked account to change the password', async () => {
    const hacked = { ...richBreach, starter: 'hacked_account' as const };
    expect(await text('subjects', 'de', hacked)).toContain(
      'Ändern Sie Ihr Passwort für unser Kundenkonto.',
    );
    expect(await text('subjects', 'en', hacked)).toContain(
      'Change your password for your customer account with us.',
    );
  });
});

describe('the internal record and the register (Art. 33(5))', () => {
  it('records every criterion, the level, the notices with their hours and the communication', async () => {
    const de = await text('record', 'de');
    for (const line of [
      'Dokumentation einer Verletzung des Schutzes personenbezogener Daten (Art. 33 Abs. 5 DSGVO)',
      'Identifizierbarkeit der Personen',
      'Einstufung nach den Kriterien',
      'hohes Risiko (Meldung und Benachrichtigung der betroffenen Personen)',
      'Erstmeldung am 20.11.2026, 09:31 Uhr (73 Stunden nach Kenntnis) per Online-Formular der Aufsichtsbehörde',
      'nach Ablauf der 72 Stunden',
      'Nachmeldung am 24.11.2026, 14:00 Uhr',
      'Benachrichtigt am 21.11.2026, 12:00 Uhr per Brief.',
    ]) {
      expect(de).toContain(line);
    }
  });

  it('lists the breaches of every client with their state, the unnotified one too', async () => {
    const de = docxText((await buildBreachRegister(richRegisterInput('de'))).bytes);
    expect(de).toContain('Verzeichnis der Verletzungen des Schutzes personenbezogener Daten');
    expect(de).toContain('Alle Mandanten');
    expect(de).toContain('Zweite Praxis für Physiotherapie und Rehabilitationssport GmbH');
    expect(de).toContain('nicht gemeldet');
    expect(de).toContain('abgeschlossen am 30.11.2026');
    const one = await buildBreachRegister(richRegisterInput('en', false));
    expect(one.filename).toMatch(/^Breach_register_Oberbayerische.*_2026-11-24\.docx$/);
  });
});

describe('starting points and the suggested level', () => {
  it('has a starting point for every frequent case, in both languages', () => {
    expect([...starterKeys].sort()).toEqual([...breachStarterKey.options].sort());
    for (const language of ['de', 'en'] as const) {
      for (const s of breachStarters(language)) {
        expect(s.consequences.length, `${language} ${s.key}`).toBeGreaterThan(20);
        expect(s.measuresTaken.length, `${language} ${s.key}`).toBeGreaterThan(20);
      }
    }
    expect(breachStarters('de').find((s) => s.key === 'open_cc')?.title).toBe(
      'Offener E-Mail-Verteiler (CC statt BCC)',
    );
  });

  it('suggests high risk for severe consequences, for Art. 9 data and vulnerable persons, none when nothing points to a risk', () => {
    const low = {
      breachType: 'low',
      sensitivity: 'low',
      volume: 'low',
      identification: 'low',
      severity: 'low',
      persons: 'low',
      specialCategories: false,
      vulnerable: false,
    } as const;
    expect(suggestedLevel(low)).toBe('none');
    // An encrypted laptop: the data cannot be tied to anyone (a case of EDPB Guidelines 01/2021).
    expect(suggestedLevel({ ...low, sensitivity: 'high', volume: 'high', persons: 'high' })).toBe(
      'none',
    );
    expect(suggestedLevel({ ...low, identification: 'high', sensitivity: 'medium' })).toBe('risk');
    expect(suggestedLevel({ ...low, severity: 'high' })).toBe('high');
    expect(suggestedLevel({ ...low, severity: 'medium', specialCategories: true })).toBe('high');
    expect(suggestedLevel({ ...low, severity: 'medium', vulnerable: true })).toBe('high');
  });
});
