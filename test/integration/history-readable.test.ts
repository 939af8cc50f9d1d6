import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as api from '../../core/api';
import type { AuditEntity, AuditEntry, Language } from '../../core/api';
import { describeEntry } from '../../renderer/components/history-format';
import { firstUser, openTestApp, sampleClient, secondUser, type TestApp } from '../helpers/app';
import { historyTexts, rendererI18n } from '../helpers/i18n';
import { accessRequest, seedRegister } from '../fixtures/requests';

// Every record page ends with its change history. Here each kind of record goes through the
// real handlers, and its history, written as the screen writes it, must read as a person
// would write it: labels, translated values, local dates; no keys, codes or JSON.

let app: TestApp;
const records: { entity: AuditEntity; id: number }[] = [];

/** Every code of every enum in the contract ('third_country', 'known_email', 'BY'...). */
const codes = new Set(
  (Object.values(api) as unknown[])
    .filter((value): value is z.ZodEnum => value instanceof z.ZodEnum)
    .flatMap((e) => e.options.map(String)),
);

/** Every text of a language, to tell a translation from a code that reads the same. */
const leaves = (tree: unknown): string[] =>
  typeof tree === 'string'
    ? [tree]
    : tree && typeof tree === 'object'
      ? Object.values(tree).flatMap(leaves)
      : [];

const pdf = Buffer.from('%PDF-1.4 test').toString('base64');

beforeAll(async () => {
  const now = new Date('2026-11-20T10:00:00Z');
  app = await openTestApp({ now: () => now });
  const client = await app.call('clients.create', sampleClient);
  const clientId = client.id;
  await app.call('clients.update', {
    id: clientId,
    ...sampleClient,
    land: 'BE',
    dpoName: 'Dr. Änne Weiß',
  });
  records.push({ entity: 'client', id: clientId });

  const seeded = await seedRegister(app, clientId);
  const activity = await app.call('activities.get', { id: seeded.activityIds[0]! });
  await app.call('activities.update', {
    id: activity.id,
    activity: {
      name: activity.name,
      number: activity.number,
      purposes: activity.purposes,
      subjects: [...activity.subjects.map((s) => ({ name: s.name })), { name: 'Interessenten' }],
      dataCategories: [
        ...activity.dataCategories.map((d) => ({ name: d.name })),
        { name: 'Gesundheitsdaten', special: 'art9' },
      ],
      recipients: [
        ...activity.recipients.map((r) => ({ name: r.name, type: r.type, country: r.country })),
        { name: 'Cloud Inc', type: 'third_country', country: 'USA' },
      ],
      transfers: [
        { country: 'USA', recipient: 'Cloud Inc', safeguard: 'adequacy' },
        {
          country: 'Indien',
          recipient: 'Support',
          safeguard: 'art49',
          safeguardNote: 'Einzelfall',
        },
      ],
      legalBases: ['art6_1_b', 'art9_2_h'],
      retention: activity.retention,
      status: 'draft',
      dpiaStatus: 'not_needed',
      nextReview: '2027-01-31',
    },
  });
  records.push({ entity: 'activity', id: activity.id });

  const data = await app.call('catalogues.list', { clientId, kind: 'data' });
  const contact = data.find((d) => d.name === 'Kontaktdaten')!;
  await app.call('catalogues.update', { id: contact.id, name: 'Kontaktdaten (E-Mail, Telefon)' });
  const recipient = (await app.call('catalogues.list', { clientId, kind: 'recipient' }))[0]!;
  await app.call('catalogues.update', {
    id: recipient.id,
    name: recipient.name,
    recipientType: 'third_country',
    country: 'USA',
  });
  records.push({ entity: 'catalogue', id: contact.id }, { entity: 'catalogue', id: recipient.id });

  const processorInput = {
    name: 'Cloud-Hosting Süd GmbH',
    city: 'Nürnberg',
    country: 'USA',
    countryKind: 'third_country' as const,
    safeguard: 'scc' as const,
    service: 'Hosting',
    activityIds: [activity.id],
    toms: [{ area: 'zutrittskontrolle' as const, description: 'Chipkarte' }],
    subProcessors: [
      { name: 'Backup AG', address: 'Zürich', country: 'Schweiz', service: 'Backup' },
    ],
  };
  const processor = await app.call('processors.create', { clientId, processor: processorInput });
  await app.call('processors.update', {
    id: processor.id,
    processor: {
      ...processorInput,
      countryKind: 'adequacy',
      safeguard: 'adequacy',
      activityIds: [],
      toms: [
        { area: 'zutrittskontrolle', description: 'Chipkarte und PIN' },
        { area: 'pseudonymisierung', description: 'AES-256' },
      ],
      subProcessors: [
        { name: 'Backup AG', address: 'Zürich', country: 'Schweiz', service: 'Archiv' },
      ],
    },
  });
  await app.call('processors.setAgreement', {
    id: processor.id,
    agreement: { status: 'requested', requestedOn: '2026-11-01' },
  });
  await app.call('processors.setAgreement', {
    id: processor.id,
    agreement: { status: 'signed', signedOn: '2026-11-19', version: '1.0', reviewOn: '2027-11-19' },
  });
  const avv = await app.call('attachments.add', {
    ownerType: 'processor',
    ownerId: processor.id,
    role: 'signed_avv',
    name: 'AVV unterschrieben.pdf',
    base64: pdf,
  });
  await app.call('attachments.delete', { id: avv.id });
  records.push({ entity: 'processor', id: processor.id });

  const request = await app.call('requests.create', {
    clientId,
    request: { ...accessRequest([seeded.subjectId('Kunden')]), receivedOn: '2026-11-10' },
  });
  const id = request.id;
  await app.call('requests.transition', { id, to: 'identity_check' });
  await app.call('requests.recordIdentity', {
    id,
    method: 'known_email',
    checkedBy: 'Test Nutzerin',
    checkedOn: '2026-11-12',
    note: 'Adresse aus dem Kundenkonto',
  });
  await app.call('requests.transition', { id, to: 'in_progress' });
  await app.call('requests.extend', { id, on: '2026-11-15', reason: 'Umfang der Daten' });
  await app.call('requests.recordInterim', { id, on: '2026-11-16', reason: 'Zwischenstand' });
  await app.call('requests.saveReply', {
    id,
    activityIds: [activity.id],
    copyDescription: 'Kundenstammblatt',
    replyText: 'Anbei die Auskunft.',
  });
  const withRecipients = await app.call('requests.setRecipients', {
    id,
    names: ['Versanddienstleister', 'Steuerberater'],
  });
  await app.call('requests.tickRecipient', {
    id,
    recipientId: withRecipients.recipients[0]!.id,
    done: true,
  });
  await app.call('attachments.add', {
    ownerType: 'request',
    ownerId: id,
    role: 'copy_of_data',
    name: 'Kopie der Daten.pdf',
    base64: pdf,
  });
  await app.call('requests.transition', { id, to: 'in_review' });
  app.actAs(secondUser);
  await app.call('requests.review', { id, checks: [...api.reviewChecks], note: 'Anlagen geprüft' });
  app.actAs(firstUser);
  await app.call('requests.transition', { id, to: 'answered' });
  await app.call('requests.transition', { id, to: 'closed' });
  records.push({ entity: 'request', id });

  const refused = await app.call('requests.create', {
    clientId,
    request: { ...accessRequest(), receivedOn: '2026-11-18', channel: 'phone' },
  });
  await app.call('requests.transition', { id: refused.id, to: 'in_progress' });
  await app.call('requests.transition', { id: refused.id, to: 'in_review' });
  app.actAs(secondUser);
  await app.call('requests.review', { id: refused.id, checks: [...api.reviewChecks] });
  app.actAs(firstUser);
  await app.call('requests.transition', {
    id: refused.id,
    to: 'refused',
    refusalGround: 'art12_5',
    refusalNote: 'Offenkundig unbegründet',
    overrideReason: 'Keine Daten herausgegeben',
  });
  records.push({ entity: 'request', id: refused.id });

  const rule = await app.call('retention.create', {
    clientId,
    rule: {
      name: 'Bestelldaten',
      startEvent: 'transaction_end',
      periodAmount: 6,
      periodUnit: 'years',
      runInterval: 'yearly',
      method: 'delete',
      activityIds: [activity.id],
      dataCategoryIds: [data.find((d) => d.name === 'Bestelldaten')!.id],
    },
  });
  await app.call('retention.update', {
    id: rule.id,
    rule: {
      name: 'Bestelldaten',
      startEvent: 'creation',
      yearEnd: true,
      periodAmount: 10,
      periodUnit: 'years',
      runInterval: 'quarterly',
      method: 'restrict',
      norm: '§ 147 AO',
      systems: ['DATEV', 'Warenwirtschaft'],
      legalHold: true,
      holdReason: 'Laufende Betriebsprüfung',
      catalogueKey: 'hgb-ao-buchungsbelege',
    },
  });
  records.push({ entity: 'retention_rule', id: rule.id });

  const breachFacts = {
    title: 'Laptop im Zug verloren',
    starter: 'lost_device' as const,
    occurredFrom: '2026-11-18T17:30:00+01:00',
    awareAt: '2026-11-19T08:00:00+01:00',
    kinds: ['confidentiality' as const],
    subjectIds: [seeded.subjectId('Kunden')],
    dataIds: [contact.id],
    subjectsCount: 120,
    activityIds: [activity.id],
    consequences: 'Kundendaten lesbar',
  };
  const breach = await app.call('breaches.create', { clientId, breach: breachFacts });
  await app.call('breaches.update', {
    id: breach.id,
    breach: {
      ...breachFacts,
      kinds: ['confidentiality', 'availability'],
      dataIds: [contact.id, data.find((d) => d.name === 'Gesundheitsdaten')!.id],
      subjectsCount: 140,
      atProcessorId: processor.id,
      processorNoticeAt: '2026-11-19T07:30:00+01:00',
      measuresTaken: 'Gerät gesperrt',
    },
  });
  await app.call('breaches.assess', {
    id: breach.id,
    assessment: {
      criteria: {
        breachType: 'medium',
        sensitivity: 'high',
        volume: 'medium',
        identification: 'high',
        severity: 'high',
        persons: 'medium',
        specialCategories: true,
        vulnerable: true,
      },
      level: 'high',
      art34Ground: 'unintelligible',
      art34Note: 'Festplatte mit AES-256 verschlüsselt',
    },
  });
  await app.call('breaches.notify', {
    id: breach.id,
    notice: {
      kind: 'first',
      at: '2026-11-19T12:00:00+01:00',
      reference: 'LDA-77',
      channel: 'email',
    },
  });
  await app.call('breaches.informSubjects', {
    id: breach.id,
    inform: { at: '2026-11-19T15:00:00+01:00', channel: 'letter', note: 'Serienbrief' },
  });
  await app.call('breaches.close', { id: breach.id, note: 'Erledigt' });
  await app.call('attachments.add', {
    ownerType: 'breach',
    ownerId: breach.id,
    role: 'evidence',
    name: 'Eingangsbestätigung.pdf',
    base64: pdf,
  });
  records.push({ entity: 'breach', id: breach.id });
});

afterAll(() => app.close());

const history = (entity: AuditEntity, id: number) =>
  app.call('audit.list', { entity, entityId: id, limit: 200 });

async function written(language: Language) {
  const activities = await app.call('activities.list', { clientId: 1, status: 'all' });
  const texts = historyTexts(language, (id) => activities.find((a) => a.id === id)?.name);
  const out: { entity: AuditEntity; entry: AuditEntry; text: ReturnType<typeof describeEntry> }[] =
    [];
  for (const { entity, id } of records) {
    for (const entry of await history(entity, id)) {
      out.push({ entity, entry, text: describeEntry(entry, texts) });
    }
  }
  return out;
}

describe.each(['de', 'en'] as const)('the change history in %s', (language) => {
  it('has a change with rows for each kind of record', async () => {
    const all = await written(language);
    for (const { entity } of records) {
      const rows = all.filter((w) => w.entity === entity).flatMap((w) => w.text.rows);
      expect(rows.length, entity).toBeGreaterThan(0);
    }
  });

  it('names every field by its label and writes values without keys, codes or JSON', async () => {
    const problems: string[] = [];
    const translations = new Set(leaves(rendererI18n(language).store.data[language]));
    for (const { entity, text } of await written(language)) {
      const say = (what: string) => problems.push(`${entity}: ${what}`);
      if (/^[\w]+[:.][\w.]+$/.test(text.summary)) say(`summary is a key: ${text.summary}`);
      for (const row of text.rows) {
        for (const part of row.label.split(' – ')) {
          // A field name, a namespaced key or a dotted key shown for want of a text.
          if (
            /^[a-z]+([A-Z][a-z]*)*$/.test(part) ||
            /^\w+:[\w.]+$/.test(part) ||
            /^[a-z]+(\.[a-zA-Z]+)+$/.test(part)
          ) {
            say(`label "${row.label}"`);
          }
        }
        for (const line of [...row.before, ...row.after]) {
          if (/[{}[\]"]/.test(line)) say(`JSON in ${row.label}: ${line}`);
          // A file name keeps the date it was given ("Auskunft_…_2026-11-20.docx").
          const fileName = /^[^\s]+\.(docx|pdf|eml|csv|json)$/.test(line);
          if (/\d{4}-\d{2}-\d{2}/.test(line) && !fileName) say(`ISO date in ${row.label}: ${line}`);
          // A code as a whole value, unless a translation reads the same ('yearly').
          const word = line.split(/[\s,;:()–]+/).find((w) => w.includes('_') && codes.has(w));
          if (word || (codes.has(line) && !translations.has(line))) {
            say(`code in ${row.label}: ${line}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes the nested values of agreements, identity checks and reviews as fields', async () => {
    const labels = (await written(language)).flatMap((w) => w.text.rows.map((r) => r.label));
    const expected =
      language === 'de'
        ? ['AV-Vertrag – Status', 'Identitätsprüfung – Verfahren', 'Prüfung – Geprüft von']
        : ['DPA – Status', 'Identity check – Method', 'Review – Reviewed by'];
    expect(labels).toEqual(expect.arrayContaining(expected));
  });
});

describe('files in the change history', () => {
  it('shows files added to and removed from a processor and a request', async () => {
    const summaries = (await written('de')).map((w) => `${w.entity}: ${w.text.summary}`);
    expect(summaries).toEqual(
      expect.arrayContaining([
        // A deleted file's name leaves the log (it may name a person); its role stays.
        'processor: Datei hinzugefügt: Name entfernt (Unterzeichneter AVV)',
        'processor: Datei entfernt: Name entfernt (Unterzeichneter AVV)',
        'request: Datei hinzugefügt: Kopie der Daten.pdf (Kopie der Daten)',
      ]),
    );
  });

  it('keeps another record’s files out of a record’s history', async () => {
    // The processor's file was removed before the request's was added: SQLite gives the new
    // file the same id, and still each record shows only its own.
    const files = async (entity: AuditEntity, n = 0) => {
      const record = records.filter((r) => r.entity === entity)[n]!;
      return (await history(entity, record.id))
        .filter((e) => e.entity === 'attachment')
        .map((e) => `${e.action} ${e.label}`);
    };
    expect(await files('processor')).toEqual(['delete #1', 'create #1']);
    // The reply as sent is one of the request's files (frozen with the request).
    expect(await files('request')).toEqual([
      'create Auskunft_Art15_Jürgen_Größmann_2026-11-20.docx',
      'create Kopie der Daten.pdf',
    ]);
    expect(await files('request', 1)).toEqual(['create Ablehnung_Jürgen_Größmann_2026-11-20.docx']);
  });
});
