import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../core/api';
import {
  allClauses,
  completeToms,
  goodTemplateLines,
  templateDocx,
  usProcessor,
} from '../fixtures/avv';
import { docxText } from '../helpers/docx';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { docxToText, normaliseSpace, warnIfNoLibreOffice } from '../helpers/libreoffice';

// AVV drafts through the handlers on a real workspace: the built-in draft and a custom
// template, opened in LibreOffice as the processor's lawyer would; refused templates and
// files; "draft sent" only on request.

const skip = warnIfNoLibreOffice('avv-drafts.test.ts (AVV draft rendering)');

let app: TestApp;
let clientId: number;
let processorId: number;
const NOW = new Date('2026-11-23T10:00:00Z');

const subjects = ['Beschäftigte', 'Bewerberinnen und Bewerber'];
const data = ['Stammdaten', 'Bankverbindung', 'Gesundheitsdaten (Atteste)', 'Lebensläufe'];

beforeEach(async () => {
  app = await openTestApp({ now: () => NOW });
  clientId = (
    await app.call('clients.create', {
      ...sampleClient,
      legalRepresentative: 'Jürgen Müller',
    })
  ).id;
  const payroll = await app.call('activities.create', {
    clientId,
    activity: {
      name: 'Lohnabrechnung',
      purposes: 'Abrechnung der Gehälter',
      subjects: [{ name: subjects[0]! }],
      dataCategories: [{ name: data[0]! }, { name: data[1]! }, { name: data[2]!, special: 'art9' }],
      status: 'active',
    },
  });
  const hiring = await app.call('activities.create', {
    clientId,
    activity: {
      name: 'Bewerbungsverfahren',
      purposes: 'Auswahl von Bewerbern',
      subjects: [{ name: subjects[1]! }],
      dataCategories: [{ name: data[0]! }, { name: data[3]! }],
      status: 'active',
    },
  });
  processorId = (
    await app.call('processors.create', {
      clientId,
      processor: {
        name: 'Personalwolke Größl GmbH',
        street: 'Am Bärenzwinger 2',
        postcode: '10179',
        city: 'Berlin',
        contactEmail: 'avv@personalwolke.de',
        legalRepresentative: 'Greta Größl, Geschäftsführerin',
        service: 'Cloud-Software für Lohn und Bewerbermanagement',
        toms: completeToms,
        activityIds: [payroll.id, hiring.id],
      },
    })
  ).id;
});
afterEach(() => app.close());

const options = {
  language: 'de' as const,
  duration: 'Laufzeit des Hauptvertrags',
  jurisdiction: 'München',
  place: 'München',
};
const bytesOf = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));
const count = (table: string) =>
  (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n;

function expectParts(text: string) {
  for (const expected of [
    'Bäckerei Müller & Söhne GmbH',
    'Personalwolke Größl GmbH',
    ...subjects,
    ...data,
  ]) {
    expect(text).toContain(expected);
  }
}

describe('the AVV draft through the handlers', () => {
  it('checks completeness, says where each gap is, and moves to "draft sent" only on request', async () => {
    const gaps = await app.call('processors.checkDraft', {
      id: processorId,
      options: { language: 'de' },
    });
    expect(gaps.gaps.map((g) => `${g.place}:${g.item}`)).toEqual([
      'options:duration',
      'options:jurisdiction',
      'options:place',
    ]);
    const plain = await app.call('processors.draft', { id: processorId, options });
    expect(plain.filename).toBe('AVV-Entwurf_Personalwolke_Größl_GmbH_2026-11-23_v1.docx');
    expect(plain.check.complete).toBe(true);
    expect(plain.processor.agreement.status).toBe('missing');
    expect(plain.processor.draftOptions.jurisdiction).toBe('München');
    const sent = await app.call('processors.draft', { id: processorId, options, markSent: true });
    expect(sent.processor.agreement).toMatchObject({
      status: 'draft_sent',
      draftSentOn: '2026-11-23',
    });
    expect(sent.processor.warnings.map((w) => w.kind)).toEqual(['avv_missing']);
  });

  it.skipIf(skip)(
    'renders in LibreOffice with both parties, all categories, (a)-(h) and the annexes',
    async () => {
      const file = await app.call('processors.draft', { id: processorId, options });
      const text = normaliseSpace(await docxToText(bytesOf(file), 'avv-de'));
      expectParts(text);
      for (const l of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
        expect(text).toContain(`Art. 28 Abs. 3 lit. ${l}`);
      }
      for (const annex of ['Anhang I –', 'Anhang II –', 'Anhang III –', 'Anhang IV –']) {
        expect(text).toContain(annex);
      }
      expect(text).toContain('Technische und organisatorische Maßnahmen');
      expect(text).toMatch(/Seite 1 von \d+/);
    },
  );

  it.skipIf(skip)('fills a registered custom template, also rendered by LibreOffice', async () => {
    const template = await app.call('avvTemplates.add', {
      name: 'Kanzlei Weiß',
      filename: 'avv-vorlage.docx',
      base64: Buffer.from(await templateDocx(goodTemplateLines)).toString('base64'),
    });
    expect(template.placeholders).toContain('controller.name');
    expect(await app.call('avvTemplates.list', {})).toHaveLength(1);
    const file = await app.call('processors.draft', {
      id: processorId,
      options: { ...options, templateId: template.id },
    });
    const text = normaliseSpace(await docxToText(bytesOf(file), 'avv-template'));
    expect(text).toContain('Kanzlei Weiß – Auftragsverarbeitungsvertrag');
    expectParts(text);
    expect(text).toContain('Zugriffskontrolle: Rollenkonzept, Vier-Augen-Prinzip für Admin-Rechte');
  });
});

describe('the AVV draft for a third-country processor', () => {
  it.skipIf(skip)(
    'names SCC 2021/914, the TIA, onward transfers and every optional clause, in German and English (LibreOffice)',
    async () => {
      const us = await app.call('processors.create', {
        clientId,
        processor: {
          ...usProcessor,
          name: 'Cloudwerk Inc.',
          activityIds: (await app.call('activities.list', { clientId })).map((a) => a.id),
        },
      });
      const expectations = {
        de: [
          'Modul 2 (Übermittlung von Verantwortlichen an Auftragsverarbeiter)',
          'Modul 3 (Übermittlung von Auftragsverarbeitern an Auftragsverarbeiter)',
          'Durchführungsbeschluss (EU) 2021/914',
          'durchgeführt am 15.02.2026, Referenz: TIA-2026-07',
          'SCC ergänzt um Verschlüsselung mit Schlüsseln beim Verantwortlichen',
          'Support Bengaluru Pvt. Ltd. – Indien',
          'spätestens jedoch innerhalb von 24 Stunden',
          'Mobiles Arbeiten',
          'Zusammenarbeit mit der Aufsichtsbehörde (Art. 31 DSGVO)',
          'Verzeichnis des Auftragsverarbeiters (Art. 30 Abs. 2 und 4 DSGVO)',
          'Haftung (Art. 82 DSGVO)',
          'Priya Rao, privacy@support-blr.in',
          'Entwurf Nr. 1 vom 23.11.2026',
        ],
        en: [
          'Module Two (transfer controller to processor)',
          'Module Three (transfer processor to processor)',
          'Implementing Decision (EU) 2021/914',
          'carried out on 15 February 2026, reference: TIA-2026-07',
          'Support Bengaluru Pvt. Ltd. – Indien',
          'within 24 hours after becoming aware',
          'Remote work',
          'Cooperation with the supervisory authority (Art. 31 GDPR)',
          "The Processor's record of processing activities (Art. 30(2) and (4) GDPR)",
          'Liability (Art. 82 GDPR)',
          'Draft no. 2 of 23 November 2026',
        ],
      };
      for (const language of ['de', 'en'] as const) {
        const file = await app.call('processors.draft', {
          id: us.id,
          options: allClauses(language),
        });
        const text = normaliseSpace(await docxToText(bytesOf(file), `avv-us-${language}`));
        for (const expected of expectations[language]) expect(text).toContain(expected);
        expect(text).not.toContain('2021/915');
      }
    },
  );
});

describe('drafts kept with the processor', () => {
  it('stores each draft among its files with date and number, and audits the options', async () => {
    const first = await app.call('processors.draft', { id: processorId, options });
    const second = await app.call('processors.draft', {
      id: processorId,
      options: { ...options, breachNotice: true, breachNoticeHours: 12 },
    });
    expect([first.attachment.name, second.attachment.name]).toEqual([
      'AVV-Entwurf_Personalwolke_Größl_GmbH_2026-11-23_v1.docx',
      'AVV-Entwurf_Personalwolke_Größl_GmbH_2026-11-23_v2.docx',
    ]);
    const files = await app.call('attachments.list', {
      ownerType: 'processor',
      ownerId: processorId,
    });
    expect(files.map((f) => [f.role, f.name, f.createdAt])).toEqual([
      ['avv_draft', second.filename, NOW.toISOString()],
      ['avv_draft', first.filename, NOW.toISOString()],
    ]);
    // The stored file is the one handed out, and it says which draft it is.
    const stored = await app.call('attachments.get', { id: second.attachment.id });
    expect(stored.base64).toBe(second.base64);
    expect(docxText(bytesOf(stored))).toContain('Entwurf Nr. 2 vom 23.11.2026');
    expect(docxText(bytesOf(stored))).toContain('spätestens jedoch innerhalb von 12 Stunden');
    const history = await app.call('audit.list', { entity: 'processor', entityId: processorId });
    const changes = history.filter((h) => 'draftOptions' in h.changes);
    expect(changes).toHaveLength(2);
    expect(JSON.stringify(changes[0]!.changes)).toContain('"breachNoticeHours"');
    const third = await app.call('processors.draft', {
      id: processorId,
      options: { ...options, breachNotice: true, breachNoticeHours: 12 },
    });
    expect(third.attachment.name).toMatch(/_v3\.docx$/);
    // The same options again: a new file, but no new options entry.
    expect(
      (await app.call('audit.list', { entity: 'processor', entityId: processorId })).filter(
        (h) => 'draftOptions' in h.changes,
      ),
    ).toHaveLength(2);
  });

  it('stores nothing when a template fails while drafting', async () => {
    const template = await app.call('avvTemplates.add', {
      name: 'Vorlage',
      filename: 'v.docx',
      base64: Buffer.from(await templateDocx(goodTemplateLines)).toString('base64'),
    });
    app.ctx.workspace().sqlite.prepare('UPDATE avv_templates SET data = ?').run(Buffer.from('x'));
    const before = [count('attachments'), count('audit_log')];
    const failed = await app.raw('processors.draft', {
      id: processorId,
      options: { ...options, templateId: template.id },
    });
    expect(failed.ok || failed.error.code).toBe('VALIDATION_FAILED');
    expect([count('attachments'), count('audit_log')]).toEqual(before);
  });
});

describe('refused input', () => {
  it('refuses a broken template naming the placeholder, and stores nothing', async () => {
    const audit = count('audit_log');
    const broken = await app.raw('avvTemplates.add', {
      name: 'Kaputt',
      filename: 'kaputt.docx',
      base64: Buffer.from(await templateDocx(['{controller.nmae}', '{#toms}{area}'])).toString(
        'base64',
      ),
    });
    expect(broken.ok || broken.error.code).toBe('VALIDATION_FAILED');
    const messages = broken.ok ? [] : (broken.error.issues ?? []).map((i) => i.message);
    expect(messages.join(' ')).toContain('toms');
    const unknown = await app.raw('avvTemplates.add', {
      name: 'Tippfehler',
      filename: 't.docx',
      base64: Buffer.from(await templateDocx(['{controller.nmae}'])).toString('base64'),
    });
    expect(unknown.ok || unknown.error.issues?.[0]).toMatchObject({
      key: 'placeholder',
      message: 'Platzhalter „controller.nmae“ ist unbekannt (siehe Liste der Platzhalter).',
    });
    const notWord = await app.raw('avvTemplates.add', {
      name: 'Text',
      filename: 'a.txt',
      base64: Buffer.from('Hallo').toString('base64'),
    });
    expect(notWord.ok || notWord.error.issues?.[0]?.message).toBe(
      'Die Datei ist keine Word-Datei (.docx).',
    );
    expect([count('avv_templates'), count('audit_log')]).toEqual([0, audit]);
  });

  it('refuses a signed AVV copy over the size limit, keeping the processor as it was', async () => {
    const audit = count('audit_log');
    const result = await app.raw('attachments.add', {
      ownerType: 'processor',
      ownerId: processorId,
      role: 'signed_avv',
      name: 'AVV-Scan.pdf',
      base64: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1).toString('base64'),
    });
    expect(result.ok || result.error.code).toBe('TOO_LARGE');
    expect(result.ok || result.error.message).toContain('20 MB');
    expect([count('attachments'), count('audit_log')]).toEqual([0, audit]);
    const ok = await app.call('attachments.add', {
      ownerType: 'processor',
      ownerId: processorId,
      role: 'signed_avv',
      name: 'AVV unterschrieben.pdf',
      base64: Buffer.from('%PDF').toString('base64'),
    });
    expect(ok.clientId).toBe(clientId);
    expect(
      docxText(bytesOf(await app.call('processors.draft', { id: processorId, options }))),
    ).toContain('Personalwolke Größl GmbH');
  });
});
