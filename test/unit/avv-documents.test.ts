import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { avvDocxBuffer } from '../../core/documents/avv-docx';
import { buildAvvView } from '../../core/documents/avv-data';
import type { TemplateProblem } from '../../core/documents/avv-template';
import { inspectTemplate, renderTemplate } from '../../core/documents/avv-template';
import { avvLoops, avvPlaceholders } from '../../core/i18n/avv-placeholders';
import { checkAvvDraft } from '../../core/rules/avv-completeness';
import { trackerWarnings } from '../../core/rules/avv-tracker';
import { registerOrganisation } from '../fixtures/register';
import {
  avvInput,
  avvProcessor,
  goodTemplateLines,
  linkedCategories,
  templateDocx,
} from '../fixtures/avv';
import { docxText } from '../helpers/docx';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('the AVV completeness check', () => {
  it('finds nothing missing in a complete draft', () => {
    expect(checkAvvDraft(avvInput())).toEqual({ complete: true, gaps: [] });
  });

  it('names each gap with where to fill it', () => {
    const input = avvInput('de', {
      organisation: { ...registerOrganisation, street: '', legalRepresentative: '' },
      processor: { ...avvProcessor, service: '', toms: [], countryKind: 'third_country' },
      activities: [
        { id: 5, name: 'Leer', status: 'active', purposes: ' ', subjects: [], dataCategories: [] },
      ],
      options: { ...avvInput().options, duration: '', jurisdiction: '', place: '' },
    });
    const gaps = checkAvvDraft(input).gaps.map((g) => `${g.place}:${g.item}:${g.activityName}`);
    expect(gaps).toEqual([
      'client:controllerAddress:',
      'client:controllerRepresentative:',
      'processor:service:',
      'processor:toms:',
      'processor:safeguard:',
      'activity:purposes:Leer',
      'activity:subjects:Leer',
      'activity:dataCategories:Leer',
      'options:duration:',
      'options:jurisdiction:',
      'options:place:',
    ]);
    expect(checkAvvDraft({ ...input, activities: [] }).gaps.map((g) => g.item)).toContain(
      'activities',
    );
  });
});

describe('the tracker rules', () => {
  const base = {
    status: 'missing' as const,
    requestedOn: null,
    reviewOn: null,
    endsOn: null,
    activities: [{ name: 'Lohn', status: 'active' as const }],
  };
  it('warns on the exact day a request becomes overdue', () => {
    const requested = { ...base, status: 'requested' as const, requestedOn: '2026-01-01' };
    const kinds = (today: string, days?: number) =>
      trackerWarnings(requested, today, days).map((w) => w.kind);
    expect(kinds('2026-01-21')).toEqual(['avv_missing']);
    expect(kinds('2026-01-22')).toEqual(['avv_missing', 'avv_request_overdue']);
    expect(kinds('2026-01-08', 7)).toContain('avv_request_overdue');
  });
  it('ignores draft activities and closed agreements', () => {
    expect(
      trackerWarnings({ ...base, activities: [{ name: 'X', status: 'draft' }] }, '2026-01-01'),
    ).toEqual([]);
    const expired = { ...base, status: 'expired' as const, endsOn: '2025-01-01', activities: [] };
    expect(trackerWarnings(expired, '2026-01-01')).toEqual([]);
  });
});

describe('the AVV draft (.docx)', () => {
  it('names both parties, every category of the linked activities and each Art. 28(3) letter', async () => {
    const text = docxText(await avvDocxBuffer(avvInput('de')));
    const { data, subjects } = linkedCategories();
    for (const expected of [
      'Vertrag über die Verarbeitung personenbezogener Daten im Auftrag',
      'Müller & Söhne Bäckerei GmbH',
      'Rechenzentrum Süßwald GmbH',
      ...data,
      ...subjects,
      ...letters.map((l) => `Art. 28 Abs. 3 lit. ${l}`),
      'Art. 28 Abs. 3 UAbs. 2 DSGVO',
      'Art. 33 Abs. 2',
      'Anhang I – Liste der Parteien',
      'Anhang II – Beschreibung der Verarbeitung',
      'Anhang III – Technische und organisatorische Maßnahmen',
      'Anhang IV – Liste der Unterauftragsverarbeiter',
      'Backup-Dienst Überall AG',
      'Zutrittskontrolle',
      'Verschlüsselung aller Datenträger (AES-256)',
      'mit einer Frist von 90 Tagen',
      'Frist von 14 Tagen angekündigt',
      'mindestens 30 Tage im Voraus',
      'Gerichtsstand ist München',
      'Ort, Datum',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('[fehlt:');
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('marks gaps visibly and follows the chosen sub-processing option, in English too', async () => {
    const options = {
      ...avvInput().options,
      language: 'en' as const,
      jurisdiction: '',
      subProcessing: 'specific' as const,
    };
    const text = docxText(await avvDocxBuffer(avvInput('en', { options })));
    expect(text).toContain('[missing: Place of jurisdiction]');
    expect(text).toContain('prior specific written authorisation');
    for (const l of letters) expect(text).toContain(`Art. 28(3)(${l})`);
    const de = docxText(
      await avvDocxBuffer(
        avvInput('de', { activities: [{ ...avvInput().activities[0]!, purposes: '' }] }),
      ),
    );
    expect(de).toContain(
      '[fehlt: Zwecke der Verarbeitung (Verarbeitungstätigkeit „Lohn- und Gehaltsabrechnung“)]',
    );
  });
});

describe('custom templates', () => {
  it('fills placeholders and loops from the same data', async () => {
    const bytes = await templateDocx(goodTemplateLines);
    expect(inspectTemplate(bytes, 'de')).toEqual(
      expect.arrayContaining(['controller.name', 'activities.purposes']),
    );
    const text = docxText(renderTemplate(bytes, buildAvvView(avvInput())));
    expect(text).toContain(
      'Verantwortlicher: Müller & Söhne Bäckerei GmbH, Weißenburger Straße 12',
    );
    expect(text).toContain('Partei: Auftragsverarbeiter – Rechenzentrum Süßwald GmbH');
    expect(text).toContain('Religionszugehörigkeit (Kirchensteuer) Art. 9');
    expect(text).toContain('Unterauftragnehmer:');
    expect(text).toContain('Backup-Dienst Überall AG (Schweiz)');
  });

  it('names the bad placeholder of a broken template', async () => {
    const problem = (lines: string[]) =>
      templateDocx(lines).then((b) => {
        try {
          inspectTemplate(b, 'de');
        } catch (e) {
          return (e as TemplateProblem).issues.map((i) => i.message);
        }
        return [];
      });
    expect(await problem(['{controller.nmae}'])).toEqual([
      'Platzhalter „controller.nmae“ ist unbekannt (siehe Liste der Platzhalter).',
    ]);
    expect((await problem(['Hallo {processor.name'])).join()).toContain('processor.name');
    expect((await problem(['{#activities}{name}'])).join()).toContain('activities');
    // Expressions are not evaluated: they are just unknown names.
    expect((await problem(['{constructor.constructor("return 1")()}'])).length).toBe(1);
    expect(() => inspectTemplate(new TextEncoder().encode('kein Word'), 'en')).toThrow(
      'The file is not a Word file (.docx).',
    );
  });

  it('is documented in docs/avv-templates.md, every placeholder and loop', () => {
    const doc = fs.readFileSync('docs/avv-templates.md', 'utf8');
    for (const p of avvPlaceholders) expect(doc).toContain(`{${p.tag}}`);
    for (const l of avvLoops) {
      expect(doc).toContain(`{#${l.tag}}`);
      for (const f of l.fields) expect(doc).toContain(`{${f.tag}}`);
    }
  });
});
