import { describe, expect, it } from 'vitest';
import templatesJson from '../../assets/templates/activities.json' with { type: 'json' };
import { activityInput } from '../../core/api/activities';
import type { Language } from '../../core/api/fields';
import { activityTemplates, listTemplates, templateToActivityInput } from '../../core/templates';

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

  it('keeps the statutory periods of domain.md section 7 in the texts', () => {
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
