import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { avvDocxBuffer } from '../../core/documents/avv-docx';
import { buildAvvView } from '../../core/documents/avv-data';
import type { TemplateProblem } from '../../core/documents/avv-template';
import { inspectTemplate, renderTemplate } from '../../core/documents/avv-template';
import { avvLoops, avvPlaceholders } from '../../core/i18n/avv-placeholders';
import { tomAreas } from '../../core/api';
import { checkAvvDraft } from '../../core/rules/avv-completeness';
import {
  agreementDateProblems,
  reviewDateWarning,
  trackerWarnings,
} from '../../core/rules/avv-tracker';
import { registerClient } from '../fixtures/register';
import type { AvvDraftInput } from '../../core/rules/avv-completeness';
import {
  allClauses,
  avvActivities,
  avvInput,
  avvProcessor,
  usProcessor,
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
      client: { ...registerClient, street: '', legalRepresentative: '' },
      processor: { ...avvProcessor, service: '', toms: [], countryKind: 'third_country' },
      activities: [
        { id: 5, name: 'Leer', status: 'active', purposes: ' ', subjects: [], dataCategories: [] },
      ],
      options: { ...avvInput().options, duration: '', jurisdiction: '', place: '' },
    });
    const gaps = checkAvvDraft(input).gaps.map(
      (g) => `${g.place}:${g.item}:${g.activityName}${g.area ?? ''}`,
    );
    expect(gaps).toEqual([
      'client:controllerAddress:',
      'client:controllerRepresentative:',
      'processor:service:',
      ...tomAreas.map((area) => `processor:tomArea:${area}`),
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
  it('counts draft activities apart, and ignores archived ones and closed agreements', () => {
    const activities = [
      { name: 'Lohn', status: 'active' as const },
      { name: 'Geplant', status: 'draft' as const },
      { name: 'Alt', status: 'archived' as const },
    ];
    expect(trackerWarnings({ ...base, activities }, '2026-01-01')).toEqual([
      { kind: 'avv_missing', date: null, activities: ['Lohn'], draftActivities: ['Geplant'] },
    ]);
    expect(
      trackerWarnings({ ...base, activities: [{ name: 'Alt', status: 'archived' }] }, '2026-01-01'),
    ).toEqual([]);
    const expired = { ...base, status: 'expired' as const, endsOn: '2025-01-01', activities: [] };
    expect(trackerWarnings(expired, '2026-01-01')).toEqual([]);
  });
});

describe('dates that make no sense', () => {
  it('refuses a signature in the future or before the request', () => {
    const today = '2026-11-23';
    expect(agreementDateProblems({ requestedOn: null, signedOn: '2026-11-23' }, today)).toEqual([]);
    expect(agreementDateProblems({ requestedOn: null, signedOn: '2026-11-24' }, today)).toEqual([
      { field: 'signedOn', key: 'inFuture' },
    ]);
    expect(
      agreementDateProblems({ requestedOn: '2026-05-02', signedOn: '2026-05-01' }, today),
    ).toEqual([{ field: 'signedOn', key: 'signedBeforeRequested' }]);
    expect(
      agreementDateProblems({ requestedOn: '2026-05-01', signedOn: '2026-05-01' }, today),
    ).toEqual([]);
  });
  it('warns on a review date more than ten years ahead or before 2000', () => {
    const today = '2026-11-23';
    expect(reviewDateWarning('2036-11-23', today)).toBeNull();
    expect(reviewDateWarning('2036-11-24', today)).toBe('reviewFar');
    expect(reviewDateWarning('1999-12-31', today)).toBe('reviewEarly');
    expect(reviewDateWarning('2000-01-01', today)).toBeNull();
    expect(reviewDateWarning(null, today)).toBeNull();
    expect(reviewDateWarning('', today)).toBeNull();
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

describe('the AVV draft for a third-country processor', () => {
  const us = (language: 'de' | 'en' = 'de', overrides: Partial<AvvDraftInput> = {}) =>
    avvInput(language, { processor: usProcessor, options: allClauses(language), ...overrides });

  it('names SCC 2021/914 module 2, the TIA, the note and the onward transfer with module 3', async () => {
    const text = docxText(await avvDocxBuffer(us()));
    for (const expected of [
      'Ort der Verarbeitung: USA. Grundlage der Übermittlung: Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO).',
      '(Durchführungsbeschluss (EU) 2021/914 vom 4. Juni 2021), Modul 2 (Übermittlung von Verantwortlichen an Auftragsverarbeiter), die die Parteien gesondert abschließen',
      'Angaben zur Garantie: SCC ergänzt um Verschlüsselung mit Schlüsseln beim Verantwortlichen',
      'Transfer Impact Assessment (Beurteilung des Rechts und der Praxis im Drittland nach Art. 46 DSGVO, EuGH C-311/18): durchgeführt am 15.02.2026, Referenz: TIA-2026-07.',
      'Support Bengaluru Pvt. Ltd. – Indien – Grundlage: Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO) (Modul 3 vom 01.03.2026)',
      'Modul 3 (Übermittlung von Auftragsverarbeitern an Auftragsverarbeiter)',
      'Klausel 8.8 der Standardvertragsklauseln (Modul 2)',
    ]) {
      expect(text).toContain(expected);
    }
    // 2021/915 is for processing inside the EEA; it is never offered for Chapter V.
    expect(text).not.toContain('2021/915');
    // The sub-processor inside the EU is no onward transfer.
    expect(text).not.toContain('Rechenzentrum Frankfurt GmbH – Deutschland');
    expect(text).not.toContain('[fehlt:');
  });

  it('says so in English, and marks a missing TIA and a sub-processor without safeguard', async () => {
    const en = docxText(await avvDocxBuffer(us('en')));
    expect(en).toContain('(Implementing Decision (EU) 2021/914 of 4 June 2021), Module Two');
    expect(en).toContain('Module Three (transfer processor to processor)');
    expect(en).toContain('carried out on 15 February 2026, reference: TIA-2026-07');
    const subProcessors = [{ ...usProcessor.subProcessors[0]!, safeguard: 'none' as const }];
    const gaps = us('de', {
      processor: { ...usProcessor, tiaDoneOn: null, tiaReference: '', subProcessors },
    });
    expect(checkAvvDraft(gaps).gaps.map((g) => `${g.item}:${g.subProcessor}`)).toEqual([
      'subProcessorSafeguard:Support Bengaluru Pvt. Ltd.',
      'tia:',
    ]);
    const de = docxText(await avvDocxBuffer(gaps));
    expect(de).toContain(
      'Support Bengaluru Pvt. Ltd. – Indien – Grundlage: [fehlt: Garantie für die Übermittlung an „Support Bengaluru Pvt. Ltd.“]',
    );
    expect(de).toContain('[fehlt: Transfer Impact Assessment (Datum oder Referenz)]');
  });

  it('carries every optional clause when switched on, with the hours for a breach notice', async () => {
    const text = docxText(await avvDocxBuffer(us()));
    for (const expected of [
      'Mobiles Arbeiten (Art. 28 Abs. 3 lit. c, Art. 32 DSGVO)',
      'Zusammenarbeit mit der Aufsichtsbehörde (Art. 31 DSGVO)',
      'Verzeichnis des Auftragsverarbeiters (Art. 30 Abs. 2 und 4 DSGVO)',
      'Haftung (Art. 82 DSGVO)',
      'unverzüglich, spätestens jedoch innerhalb von 24 Stunden, nachdem sie ihm bekannt geworden ist. Die Meldung enthält, soweit bekannt, die Art der Verletzung',
      // The audit clause moves with the optional clauses; the reference follows it.
      'deren Einhaltung zu kontrollieren (§ 16)',
      '§ 16 Nachweise und Kontrollen',
    ]) {
      expect(text).toContain(expected);
    }
    const off = {
      ...allClauses(),
      processorRecord: false,
      cooperation: false,
      breachNotice: false,
      remoteWork: false,
      liability: false,
    };
    const plain = docxText(await avvDocxBuffer(us('de', { options: off })));
    for (const absent of ['Mobiles Arbeiten', 'Art. 31 DSGVO', 'Art. 30 Abs. 2', 'Haftung (']) {
      expect(plain).not.toContain(absent);
    }
    expect(plain).toContain('unverzüglich, nachdem sie ihm bekannt geworden ist');
    expect(plain).toContain('deren Einhaltung zu kontrollieren (§ 13)');
  });
});

describe("the AVV draft's parties and annexes", () => {
  it("gives each party its own place to sign, never the controller's city for the processor", async () => {
    const text = docxText(await avvDocxBuffer(avvInput()));
    const signatures = text.slice(text.indexOf('Unterschriften'), text.indexOf('Anhang I –'));
    expect(signatures.match(/München/g)).toHaveLength(1);
    expect(signatures).toMatch(
      /Auftragsverarbeiter: Rechenzentrum Süßwald GmbH[\s\S]*_{6,}, _{6,}/,
    );
  });

  it("lists the processor's representative and contact, each sub-processor's contact, and the purposes apart", async () => {
    const text = docxText(await avvDocxBuffer(avvInput()));
    const annexI = text.slice(text.indexOf('Anhang I –'), text.indexOf('Anhang II –'));
    expect(annexI).toContain('Gerda Süßwald, Geschäftsführerin');
    expect(annexI).toContain('Jörg Weiß, datenschutz@suesswald.de, +49 911 123');
    const annexIV = text.slice(text.indexOf('Anhang IV –'));
    expect(annexIV).toContain('Urs Müller, urs.mueller@ueberall.ch');
    const annexII = text.slice(text.indexOf('Anhang II –'), text.indexOf('Anhang III –'));
    expect(annexII).toContain('Zwecke der Verarbeitung');
    for (const a of avvActivities) {
      for (const purpose of a.purposes.split('\n').filter((p) => p.trim())) {
        expect(annexII).toContain(purpose.replace(/^\s*[-•*]\s*/, '').trim());
      }
    }
    expect(
      checkAvvDraft(
        avvInput('de', { processor: { ...avvProcessor, legalRepresentative: '' } }),
      ).gaps.map((g) => g.item),
    ).toEqual(['processorRepresentative']);
  });

  it('completes Annex III only when every area has measures or says why it does not apply', async () => {
    const toms = avvProcessor.toms
      .filter((t) => t.area !== 'eingabekontrolle')
      .map((t) => (t.area === 'trennungsgebot' ? { ...t, description: '' } : t));
    const input = avvInput('de', { processor: { ...avvProcessor, toms } });
    expect(checkAvvDraft(input).gaps.map((g) => `${g.item}:${g.area}`)).toEqual([
      'tomArea:eingabekontrolle',
      'tomReason:trennungsgebot',
    ]);
    const text = docxText(await avvDocxBuffer(input));
    expect(text).toContain(
      '[fehlt: Maßnahmen zu „Eingabekontrolle“ (oder „nicht anwendbar“ mit Begründung)]',
    );
    expect(text).toContain('[fehlt: Begründung, warum „Trennungsgebot“ nicht anwendbar ist]');
    const complete = docxText(await avvDocxBuffer(avvInput()));
    expect(complete).toContain(
      'Nicht anwendbar: Nur ein Mandant je Instanz: keine gemeinsame Datenhaltung',
    );
  });

  it('states its number and date when it is stored', async () => {
    const text = docxText(await avvDocxBuffer({ ...avvInput(), draftVersion: 3 }));
    expect(text).toContain('Entwurf Nr. 3 vom 23.11.2026');
    const en = docxText(await avvDocxBuffer({ ...avvInput('en'), draftVersion: 3 }));
    expect(en).toContain('Draft no. 3 of 23 November 2026');
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
