import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityInput, ProcessorInput } from '../../core/api';
import { docxText } from '../helpers/docx';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

// The AVV tracker on a real workspace file: which warnings appear when, and that refused
// input leaves nothing behind.

let app: TestApp;
let clientId: number;
let now = new Date('2026-11-23T10:00:00Z');

beforeEach(async () => {
  now = new Date('2026-11-23T10:00:00Z');
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', sampleClient)).id;
});
afterEach(() => app.close());

const activity = (name: string, status: 'draft' | 'active' = 'active'): ActivityInput => ({
  name,
  purposes: `Zweck von ${name}`,
  subjects: [{ name: 'Beschäftigte' }],
  dataCategories: [{ name: 'Kontaktdaten' }, { name: 'Gesundheitsdaten', special: 'art9' }],
  recipients: [{ name: 'Steuerberater', type: 'external' }],
  retention: '6 Jahre',
  toms: 'TOM-Konzept',
  status,
});

const hosting: ProcessorInput = {
  name: 'Cloud-Hosting Süd GmbH',
  street: 'Rechenzentrumsweg 5',
  postcode: '90402',
  city: 'Nürnberg',
  country: 'Deutschland',
  contactName: 'Jörg Weiß',
  contactEmail: 'datenschutz@hosting-sued.de',
  service: 'Betrieb der Lohnsoftware in der Cloud',
  toms: [{ area: 'zutrittskontrolle', description: 'Rechenzentrum mit Zugangskarten' }],
};

const count = (table: string) =>
  (
    app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {
      n: number;
    }
  ).n;

async function setup() {
  const a1 = await app.call('activities.create', {
    clientId,
    activity: activity('Lohnabrechnung'),
  });
  const a2 = await app.call('activities.create', { clientId, activity: activity('Zeiterfassung') });
  const p = await app.call('processors.create', {
    clientId,
    processor: { ...hosting, activityIds: [a1.id, a2.id] },
  });
  return { a1, a2, p };
}

const kinds = async () => (await app.call('home.attention', { clientId })).map((i) => i.kind);

describe('the AVV tracker', () => {
  it('warns about a missing AVV for active activities, on home, processor and activity', async () => {
    const { a1, p } = await setup();
    expect(p.agreement.status).toBe('missing');
    expect(p.warnings).toEqual([
      {
        kind: 'avv_missing',
        date: null,
        activities: ['Lohnabrechnung', 'Zeiterfassung'],
        draftActivities: [],
      },
    ]);
    const home = await app.call('home.attention', { clientId });
    expect(home.filter((i) => i.entity === 'processor')).toEqual([
      {
        kind: 'avv_missing',
        entity: 'processor',
        entityId: p.id,
        title: 'Cloud-Hosting Süd GmbH',
        date: null,
        details: ['Lohnabrechnung', 'Zeiterfassung'],
        drafts: [],
      },
    ]);
    const forActivity = await app.call('processors.forActivity', { activityId: a1.id });
    expect(forActivity.map((s) => [s.name, s.warnings.map((w) => w.kind)])).toEqual([
      ['Cloud-Hosting Süd GmbH', ['avv_missing']],
    ]);

    const signed = await app.call('processors.setAgreement', {
      id: p.id,
      agreement: { status: 'signed', signedOn: '2026-11-20', version: '1.0' },
    });
    expect(signed.warnings).toEqual([]);
    expect(await kinds()).not.toContain('avv_missing');
  });

  it('warns for draft activities too, marked as draft, but not for an AVV not required', async () => {
    const draft = await app.call('activities.create', {
      clientId,
      activity: activity('Geplant', 'draft'),
    });
    const p = await app.call('processors.create', {
      clientId,
      processor: { ...hosting, activityIds: [draft.id] },
    });
    expect(p.warnings).toEqual([
      { kind: 'avv_missing', date: null, activities: [], draftActivities: ['Geplant'] },
    ]);
    const home = (await app.call('home.attention', { clientId })).filter(
      (i) => i.entity === 'processor',
    );
    expect(home).toEqual([
      expect.objectContaining({ kind: 'avv_missing', details: ['Geplant'], drafts: ['Geplant'] }),
    ]);
    const other = await app.call('activities.create', { clientId, activity: activity('Aktiv') });
    await app.call('processors.linkActivity', { processorId: p.id, activityId: other.id });
    expect((await app.call('processors.get', { id: p.id })).warnings).toEqual([
      { kind: 'avv_missing', date: null, activities: ['Aktiv'], draftActivities: ['Geplant'] },
    ]);
    // An archived activity is no longer carried out: it does not count.
    await app.call('activities.archive', { id: draft.id });
    await app.call('activities.archive', { id: other.id });
    expect((await app.call('processors.get', { id: p.id })).warnings).toEqual([]);
    await app.call('processors.linkActivity', {
      processorId: p.id,
      activityId: (await app.call('activities.create', { clientId, activity: activity('Neu') })).id,
    });
    const refused = await app.raw('processors.setAgreement', {
      id: p.id,
      agreement: { status: 'not_required' },
    });
    expect(refused.ok || refused.error.issues?.[0]).toMatchObject({
      path: 'agreement.notRequiredReason',
      key: 'required',
    });
    const exempt = await app.call('processors.setAgreement', {
      id: p.id,
      agreement: { status: 'not_required', notRequiredReason: 'Nur Wartung ohne Datenzugriff' },
    });
    expect(exempt.warnings).toEqual([]);
  });

  it('flags a request after the configured number of days, not before', async () => {
    const { p } = await setup();
    await app.call('processors.setAgreement', {
      id: p.id,
      agreement: { status: 'requested', requestedOn: '2026-11-03' },
    });
    // 20 days ago: the default is 21.
    expect(await kinds()).not.toContain('avv_request_overdue');
    now = new Date('2026-11-24T10:00:00Z');
    const due = await app.call('home.attention', { clientId });
    expect(due.find((i) => i.kind === 'avv_request_overdue')).toMatchObject({
      date: '2026-11-03',
      entityId: p.id,
    });
    await app.call('processors.setSettings', { clientId, requestOverdueDays: 30 });
    expect(await kinds()).not.toContain('avv_request_overdue');
    expect(await app.call('processors.getSettings', { clientId })).toEqual({
      requestOverdueDays: 30,
    });
    const bad = await app.raw('processors.setSettings', { clientId, requestOverdueDays: 0 });
    expect(bad.ok || bad.error.code).toBe('VALIDATION_FAILED');
  });

  it('reminds of the review date and the end date once reached, until terminated', async () => {
    const { p } = await setup();
    const agreement = {
      status: 'signed' as const,
      signedOn: '2025-01-10',
      reviewOn: '2026-11-23',
      endsOn: '2026-11-24',
    };
    await app.call('processors.setAgreement', { id: p.id, agreement });
    expect(await kinds()).toEqual(expect.arrayContaining(['avv_review_due']));
    expect(await kinds()).not.toContain('avv_end_reached');
    now = new Date('2026-11-24T10:00:00Z');
    expect(await kinds()).toEqual(expect.arrayContaining(['avv_review_due', 'avv_end_reached']));
    const ended = await app.call('processors.setAgreement', {
      id: p.id,
      agreement: { ...agreement, status: 'terminated' },
    });
    // Terminated while active activities still use it: the AVV is missing again.
    expect(ended.warnings.map((w) => w.kind)).toEqual(['avv_missing']);
  });

  it('lists with filters and counts', async () => {
    const { p } = await setup();
    await app.call('processors.create', {
      clientId,
      processor: { name: 'US Mail Inc.', country: 'USA', countryKind: 'third_country' },
    });
    await app.call('processors.setAgreement', {
      id: p.id,
      agreement: { status: 'requested', requestedOn: '2026-11-20' },
    });
    const all = await app.call('processors.list', { clientId });
    expect(all.items.map((i) => i.name)).toEqual(['Cloud-Hosting Süd GmbH', 'US Mail Inc.']);
    expect(all.counts).toMatchObject({ total: 2, attention: 1 });
    expect(all.counts.byStatus).toMatchObject({ requested: 1, missing: 1, signed: 0 });
    const third = await app.call('processors.list', { clientId, countryKind: 'third_country' });
    expect(third.items.map((i) => i.name)).toEqual(['US Mail Inc.']);
    const attention = await app.call('processors.list', { clientId, attention: true });
    expect(attention.items.map((i) => i.name)).toEqual(['Cloud-Hosting Süd GmbH']);
    const search = await app.call('processors.list', { clientId, search: 'sud' });
    expect(search.items).toHaveLength(1);
  });
});

describe('refused input leaves nothing behind', () => {
  it('refuses deleting a linked processor (IN_USE), then deletes it with its files', async () => {
    const { a1, a2, p } = await setup();
    await app.call('attachments.add', {
      ownerType: 'processor',
      ownerId: p.id,
      role: 'signed_avv',
      name: 'AVV unterschrieben.pdf',
      base64: Buffer.from('%PDF-1.4 AVV').toString('base64'),
    });
    const audit = count('audit_log');
    const refused = await app.raw('processors.delete', { id: p.id });
    expect(refused.ok || refused.error.code).toBe('IN_USE');
    expect(refused.ok || refused.error.message).toContain('verwendet');
    expect(refused.ok || refused.error.issues?.[0]?.message).toBe('Lohnabrechnung, Zeiterfassung');
    expect([count('processors'), count('processor_activities'), count('attachments')]).toEqual([
      1, 2, 1,
    ]);
    expect(count('audit_log')).toBe(audit);

    await app.call('processors.unlinkActivity', { processorId: p.id, activityId: a1.id });
    await app.call('processors.update', {
      id: p.id,
      processor: { ...hosting, activityIds: [] },
    });
    expect((await app.call('activities.get', { id: a2.id })).name).toBe('Zeiterfassung');
    await app.call('processors.delete', { id: p.id });
    expect([count('processors'), count('processor_activities'), count('attachments')]).toEqual([
      0, 0, 0,
    ]);
    // The processor's history keeps the file it held, with the day it was added.
    const history = await app.call('audit.list', { entity: 'processor', entityId: p.id });
    expect(history.map((h) => `${h.entity} ${h.action}`)).toEqual([
      'processor delete',
      'processor update',
      'processor update',
      'attachment create',
      'processor create',
    ]);
  });

  it('refuses an AVV signed in the future or before it was requested, naming the field', async () => {
    const { p } = await setup();
    const snapshot = () => [
      count('audit_log'),
      JSON.stringify(app.ctx.workspace().sqlite.prepare('SELECT * FROM processors').all()),
    ];
    const before = snapshot();
    const future = await app.raw('processors.setAgreement', {
      id: p.id,
      agreement: { status: 'signed', signedOn: '2026-11-24' },
    });
    expect(future.ok || future.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        { path: 'agreement.signedOn', key: 'inFuture', message: 'Das Datum liegt in der Zukunft.' },
      ],
    });
    const early = await app.raw('processors.setAgreement', {
      id: p.id,
      agreement: { status: 'signed', requestedOn: '2026-10-01', signedOn: '2026-09-30' },
    });
    expect(early.ok || early.error.issues?.[0]).toMatchObject({
      path: 'agreement.signedOn',
      key: 'signedBeforeRequested',
    });
    expect(early.ok || early.error.issues?.[0]?.message).toContain('vor seiner Anforderung');
    const tia = await app.raw('processors.update', {
      id: p.id,
      processor: { ...hosting, tiaDoneOn: '2026-12-01' },
    });
    expect(tia.ok || tia.error.issues?.[0]).toMatchObject({
      path: 'processor.tiaDoneOn',
      key: 'inFuture',
    });
    expect(snapshot()).toEqual(before);
    // Today and the day of the request itself are fine; a far review date is only warned about.
    const signed = await app.call('processors.setAgreement', {
      id: p.id,
      agreement: {
        status: 'signed',
        requestedOn: '2026-10-01',
        signedOn: '2026-11-23',
        reviewOn: '2040-01-01',
      },
    });
    expect(signed.agreement).toMatchObject({ signedOn: '2026-11-23', reviewOn: '2040-01-01' });
    await app.call('processors.setAgreement', {
      id: p.id,
      agreement: { status: 'signed', requestedOn: '2026-10-01', signedOn: '2026-10-01' },
    });
  });

  it('refuses a duplicate name, an activity of another client and a bad e-mail', async () => {
    await setup();
    const other = (await app.call('clients.create', { name: 'Andere GmbH', land: 'BE' })).id;
    const foreign = await app.call('activities.create', {
      clientId: other,
      activity: { name: 'Fremd' },
    });
    const snapshot = () => [count('processors'), count('processor_activities'), count('audit_log')];
    const before = snapshot();
    const dup = await app.raw('processors.create', {
      clientId,
      processor: { name: 'cloud-hosting süd gmbh' },
    });
    expect(dup.ok || dup.error.code).toBe('CONFLICT');
    const cross = await app.raw('processors.create', {
      clientId,
      processor: { name: 'Neu', activityIds: [foreign.id] },
    });
    expect(cross.ok || cross.error.code).toBe('VALIDATION_FAILED');
    const email = await app.raw('processors.create', {
      clientId,
      processor: { name: 'Neu', contactEmail: 'kein-at' },
    });
    expect(email.ok || email.error.issues?.[0]).toMatchObject({
      path: 'processor.contactEmail',
      key: 'email',
      message: 'Bitte eine gültige E-Mail-Adresse angeben.',
    });
    expect(snapshot()).toEqual(before);
  });

  it('lists linked processors as recipients in the register export', async () => {
    await setup();
    const file = await app.call('activities.exportRegister', {
      clientId,
      format: 'docx',
      language: 'de',
    });
    const text = docxText(Buffer.from(file.base64, 'base64'));
    expect(text).toContain('Cloud-Hosting Süd GmbH (Auftragsverarbeiter, Art. 28 DSGVO)');
    const csv = await app.call('activities.exportRegister', {
      clientId,
      format: 'csv',
      language: 'en',
    });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain(
      'Cloud-Hosting Süd GmbH (processor, Art. 28 GDPR)',
    );
    // The JSON copy keeps the stored recipients and names the links in a field of their own.
    const json = await app.call('activities.exportRegister', {
      clientId,
      format: 'json',
      language: 'de',
    });
    const data = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as {
      activities: { recipients: { id: number }[]; processors: { name: string }[] }[];
    };
    for (const activity of data.activities) {
      expect(activity.recipients.every((r) => r.id > 0)).toBe(true);
      expect(activity.processors.map((p) => p.name)).toEqual(['Cloud-Hosting Süd GmbH']);
    }
  });
});
