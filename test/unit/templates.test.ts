import { describe, expect, it } from 'vitest';
import templatesJson from '../../assets/templates/activities.json' with { type: 'json' };
import { activityInput } from '../../core/api/activities';
import type { Language } from '../../core/api/fields';
import {
  activityTemplates,
  listTemplates,
  templateHints,
  templateToActivityInput,
} from '../../core/catalogues/activity-templates';

const templates = activityTemplates.parse(templatesJson);
const languages: Language[] = ['de', 'en'];

// The topics the product promises (payroll, applicants, ... video, time recording).
const requiredKeys = [
  'payroll',
  'applicants',
  'orders',
  'newsletter',
  'website',
  'web_analytics',
  'email_it',
  'tax_accounting',
  'hotline',
  'video_surveillance',
  'time_recording',
  'suppliers',
];

describe('activity templates asset', () => {
  it('validates against the schema and covers the promised topics', () => {
    expect(activityTemplates.safeParse(templatesJson).success).toBe(true);
    expect(templates.length).toBeGreaterThanOrEqual(12);
    const keys = templates.map((t) => t.key);
    for (const key of requiredKeys) expect(keys, key).toContain(key);
  });

  it('is complete in both languages', () => {
    for (const t of templates) {
      for (const lang of languages) {
        const where = `${t.key}/${lang}`;
        for (const field of [t.name, t.purposes, t.retention, t.toms, t.department]) {
          expect(field[lang].trim(), where).not.toBe('');
        }
        for (const list of [t.subjects, t.dataCategories, t.recipients]) {
          expect(list.length, where).toBeGreaterThan(0);
          for (const entry of list) expect(entry[lang].trim(), where).not.toBe('');
        }
        for (const x of t.transfers) {
          expect(x.country[lang].trim(), where).not.toBe('');
          expect(x.safeguardNote[lang].trim(), where).not.toBe('');
        }
      }
    }
  });

  it('uses one English name and one meaning per German catalogue name', () => {
    // Subjects, data categories and recipients share a per-client catalogue keyed by name.
    const seen = new Map<string, string>();
    const check = (kind: string, de: string, value: string) => {
      const key = `${kind}:${de}`;
      const before = seen.get(key);
      if (before === undefined) seen.set(key, value);
      else expect(value, key).toBe(before);
    };
    for (const t of templates) {
      for (const s of t.subjects) check('subject', s.de, s.en);
      for (const d of t.dataCategories) check('data', d.de, `${d.en}|${d.special}`);
      for (const r of t.recipients) check('recipient', r.de, `${r.en}|${r.type}|${r.country}`);
    }
    // And the reverse: two German names must not share one English name.
    const english = new Map<string, string>();
    for (const [key, value] of seen) {
      const [kind] = key.split(':');
      const en = `${kind}:${value.split('|')[0]}`;
      const before = english.get(en);
      if (before === undefined) english.set(en, key);
      else expect(key, en).toBe(before);
    }
  });

  it('documents a safeguard for every third-country recipient', () => {
    for (const t of templates) {
      for (const r of t.recipients.filter((x) => x.type === 'third_country')) {
        expect(r.country, `${t.key}/${r.de}`).not.toBe('');
        for (const lang of languages) {
          const transfer = t.transfers.find((x) => x.country[lang] === r.country);
          expect(transfer, `${t.key}/${r.de}/${lang}`).toBeDefined();
          expect(transfer?.safeguard, `${t.key}/${r.de}`).not.toBe('none');
        }
      }
    }
  });

  it('marks special categories and cites an Art. 9(2) condition for them', () => {
    const withArt9 = templates.filter((t) => t.dataCategories.some((d) => d.special === 'art9'));
    expect(withArt9.map((t) => t.key)).toContain('payroll');
    for (const t of withArt9) {
      expect(
        t.legalBases.some((b) => b.startsWith('art9_2_')),
        t.key,
      ).toBe(true);
    }
  });

  it('keeps the statutory periods of docs/domain.md section 7 in the texts', () => {
    const byKey = new Map(templates.map((t) => [t.key, t]));
    const retention = (key: string) => byKey.get(key)?.retention.de ?? '';
    expect(retention('payroll')).toContain('6. Kalenderjahres nach der letzten Eintragung');
    expect(retention('applicants')).toContain('6 Monate');
    expect(retention('tax_accounting')).toMatch(/Buchungsbelege.*8 Jahre/);
    expect(retention('tax_accounting')).toContain('10 Jahre');
    expect(retention('time_recording')).toContain('mindestens 2 Jahre');
    expect(retention('video_surveillance')).toContain('72 Stunden');
    expect(byKey.get('hotline')?.toms.de).toContain('Name und Geburtsdatum allein genügen nicht');
  });
});

// Sentences addressed to the app's user, which must never reach a register entry or an
// Art. 15 reply: German infinitive instructions ("… anpassen", "jährlich prüfen"), English
// imperatives at the start of a sentence or bracket ("Adapt to …", "(check every year)"),
// the polite address, a pointer to the template or the service "actually used", and links.
const guidancePatterns: Record<Language, RegExp[]> = {
  de: [
    /\b(anpassen|prüfen|ergänzen|eintragen|einstellen|ersetzen|auswählen|wählen|löschen|sperren|entfernen|vernichten|aktualisieren|aufbewahren|entziehen|anonymisieren|beachten|festlegen|festhalten|nennen|angeben|streichen|erwägen|wiederholen)\b/,
    /\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|[Bb]itte)\b/,
    /tatsächlich (genutzt|eingesetzt)/,
    /\bVorlage\b/,
  ],
  en: [
    /(^|[.;:(,]\s*)(adapt|check|add|set|enter|replace|select|choose|remove|delete|review|re-assess|make sure|ensure|consider|update|repeat|record|name the|list the)\b/im,
    /\b(you|your|please)\b/i,
    /actually used/i,
    /\btemplate\b/i,
    /every year/i,
  ],
};
const linkPattern = /https?:\/\/|\b[\w-]+\.(gov|com|org|eu)\b/;

function userGuidance(text: string, language: Language): string[] {
  return [...guidancePatterns[language], linkPattern]
    .map((pattern) => pattern.exec(text)?.[0])
    .filter((match): match is string => match !== undefined);
}

/** Every text of a created activity that a document may print. */
function printedTexts(key: string, language: Language): [string, string][] {
  const a = activityInput.parse(templateToActivityInput(key, language));
  return [
    ['name', a.name],
    ['purposes', a.purposes],
    ['nationalNorm', a.nationalNorm],
    ['jointControllers', a.jointControllers],
    ['retention', a.retention],
    ['toms', a.toms],
    ['department', a.department],
    ['itSystems', a.itSystems],
    ['dataSource', a.dataSource],
    ['dpiaReason', a.dpiaReason],
    ...a.subjects.map((s): [string, string] => ['subjects', s.name]),
    ...a.dataCategories.map((d): [string, string] => ['dataCategories', d.name]),
    ...a.recipients.map((r): [string, string] => ['recipients', `${r.name} ${r.country}`]),
    ...a.transfers.flatMap((t): [string, string][] => [
      ['transfers', `${t.country} ${t.recipient}`],
      ['transfers', t.safeguardNote],
    ]),
  ];
}

describe('what a template puts into the activity', () => {
  it('finds the guidance phrases the old templates printed', () => {
    const old = {
      de: [
        'Zusätzlich Standardvertragsklauseln. An den tatsächlich genutzten Dienst anpassen; entfällt bei reinem EU-Hosting.',
        'Angemessenheitsbeschluss, sofern der Empfänger zertifiziert ist (jährlich prüfen).',
        'Liste auf dataprivacyframework.gov',
        'Analysedaten beim Anbieter: Speicherdauer auf das Minimum einstellen (z. B. 2 Monate).',
        'Bei Anbietern in Drittländern die Übermittlung mit Garantie ergänzen.',
        'Keine Sprachanalyse. Neu prüfen bei Aufzeichnung.',
      ],
      en: [
        'Standard contractual clauses as well. Adapt to the service actually used.',
        'Provided the recipient is certified (check every year).',
        'For providers in third countries, add the transfer with its safeguard.',
        'No voice analysis. Re-assess for recording.',
      ],
    };
    for (const language of languages) {
      for (const text of old[language]) expect(userGuidance(text, language), text).not.toEqual([]);
    }
    expect(
      userGuidance('Übrige E-Mails: Löschung nach 6 Monaten; Protokolle 90 Tage.', 'de'),
    ).toEqual([]);
  });

  it("prints nothing addressed to the app's user, in any template or language", () => {
    const found: string[] = [];
    for (const t of templates) {
      for (const language of languages) {
        for (const [field, text] of printedTexts(t.key, language)) {
          for (const match of userGuidance(text, language)) {
            found.push(`${t.key}/${language}/${field}: "${match}" in "${text}"`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('cites only national law as the supplementary national norm', () => {
    // The GDPR articles belong to the legal bases; the register prints this field under
    // "Ergänzende nationale Rechtsvorschrift".
    for (const t of templates) {
      expect(t.nationalNorm.de, t.key).not.toMatch(/DSGVO/);
      expect(t.nationalNorm.en, t.key).not.toMatch(/GDPR/);
    }
  });

  it('keeps the guidance as a hint next to the field it belongs to', () => {
    expect(templateHints('email_it', 'de').transfers).toContain('tatsächlich genutzten Dienst');
    expect(templateHints('email_it', 'de').transfers).toContain('dataprivacyframework.gov');
    expect(templateHints('web_analytics', 'de').transfers).toContain('jährlich');
    expect(templateHints('web_analytics', 'en').transfers).toContain('every year');
    expect(templateHints('newsletter', 'de').itSystems).toContain('CleverReach');
    expect(templateHints('no_such_template', 'de')).toEqual({});
    for (const t of templates) {
      for (const language of languages) {
        const printed = JSON.stringify(templateToActivityInput(t.key, language));
        for (const [field, hint] of Object.entries(templateHints(t.key, language))) {
          expect(hint.trim(), `${t.key}/${language}/${field}`).not.toBe('');
          expect(printed, `${t.key}/${language}/${field}`).not.toContain(hint);
        }
      }
    }
  });
});

describe('templateToActivityInput', () => {
  it('produces a valid draft activity for every template and language', () => {
    for (const t of templates) {
      const [de, en] = languages.map((lang) => {
        const input = templateToActivityInput(t.key, lang);
        expect(input, `${t.key}/${lang}`).toBeDefined();
        const result = activityInput.safeParse(input);
        expect(result.error?.issues, `${t.key}/${lang}`).toBeUndefined();
        return activityInput.parse(input);
      });
      if (!de || !en) throw new Error('unreachable');
      expect(de.status).toBe('draft');
      expect(de.nextReview).toBeNull();
      expect(de.name).toBe(t.name.de);
      expect(en.name).toBe(t.name.en);
      expect(en.subjects).toHaveLength(de.subjects.length);
      expect(en.dataCategories).toHaveLength(de.dataCategories.length);
      expect(en.recipients).toHaveLength(de.recipients.length);
      expect(en.transfers).toHaveLength(de.transfers.length);
      expect(en.dataCategories.map((d) => d.special)).toEqual(
        de.dataCategories.map((d) => d.special),
      );
      expect(en.legalBases).toEqual(de.legalBases);
    }
  });

  it('uses the requested language', () => {
    const de = templateToActivityInput('payroll', 'de');
    const en = templateToActivityInput('payroll', 'en');
    expect(de?.name).toBe('Lohn- und Gehaltsabrechnung');
    expect(en?.name).toBe('Payroll');
    expect(de?.subjects).toContainEqual({ name: 'Beschäftigte' });
    expect(en?.subjects).toContainEqual({ name: 'Employees' });
    expect(de?.dataCategories).toContainEqual({ name: 'Religionszugehörigkeit', special: 'art9' });
  });

  it('returns undefined for an unknown key', () => {
    expect(templateToActivityInput('no_such_template', 'de')).toBeUndefined();
    expect(templateToActivityInput('', 'en')).toBeUndefined();
  });
});

describe('listTemplates', () => {
  it('lists every template, sorted by name in the requested language', () => {
    for (const lang of languages) {
      const list = listTemplates(lang);
      expect(list).toHaveLength(templates.length);
      const names = list.map((t) => t.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
      for (const entry of list) {
        expect(entry.purposes).not.toBe('');
        expect(Object.keys(entry).sort()).toEqual(['key', 'name', 'purposes']);
      }
    }
    expect(listTemplates('de').find((t) => t.key === 'video_surveillance')?.name).toBe(
      'Videoüberwachung',
    );
  });
});
