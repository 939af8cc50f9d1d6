import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../core/api';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

let app: TestApp;
let clientId: number;
const NOW = new Date('2026-11-23T10:00:00Z');

beforeEach(async () => {
  app = await openTestApp({ now: () => NOW });
  clientId = (await app.call('clients.create', sampleClient)).id;
});
afterEach(() => app.close());

const complete: ActivityInput = {
  number: 'VT-01',
  name: 'Lohn- und Gehaltsabrechnung',
  purposes: 'Abrechnung der Löhne',
  legalBases: ['art6_1_b', 'art6_1_c'],
  subjects: [{ name: 'Beschäftigte' }],
  dataCategories: [{ name: 'Bankverbindung' }, { name: 'Religionszugehörigkeit', special: 'art9' }],
  recipients: [{ name: 'Steuerberater', type: 'external' }],
  retention: 'Lohnkonto: 6 Jahre nach Ende des Kalenderjahres der letzten Eintragung',
  toms: 'Siehe TOM-Konzept',
  status: 'active',
};

describe('processing activities', () => {
  it('stores every field and reports it complete, recommending an Art. 9(2) basis', async () => {
    const a = await app.call('activities.create', { clientId, activity: complete });
    expect(a.completeness).toEqual({
      complete: true,
      missing: [],
      recommended: ['art9Basis', 'dpia', 'nextReview'],
      unconfirmed: [],
      transferIssues: [],
    });
    const again = await app.call('activities.get', { id: a.id });
    expect(again.dataCategories.map((d) => [d.name, d.special])).toEqual([
      ['Bankverbindung', 'none'],
      ['Religionszugehörigkeit', 'art9'],
    ]);
    expect(again.createdAt).toBe(NOW.toISOString());
  });

  it('names the missing Art. 30(1) items, never the legal basis', async () => {
    const a = await app.call('activities.create', { clientId, activity: { name: 'Entwurf' } });
    expect(a.completeness.complete).toBe(false);
    expect(a.completeness.missing).toEqual([
      'purposes',
      'subjects',
      'dataCategories',
      'recipients',
      'retention',
      'toms',
    ]);
    expect(a.completeness.recommended).toContain('legalBasis');
  });

  it('requires a documented transfer for a third-country recipient', async () => {
    const recipients = [
      { name: 'Newsletter-Dienst (USA)', type: 'third_country' as const, country: 'USA' },
    ];
    const a = await app.call('activities.create', {
      clientId,
      activity: { ...complete, recipients },
    });
    expect(a.completeness.missing).toEqual(['transfers']);
    const fixed = await app.call('activities.update', {
      id: a.id,
      activity: { ...complete, recipients, transfers: [{ country: 'USA', safeguard: 'adequacy' }] },
    });
    expect(fixed.completeness.complete).toBe(true);
  });

  it('reuses catalogue entries by name across activities and counts their usage', async () => {
    await app.call('activities.create', { clientId, activity: complete });
    await app.call('activities.create', {
      clientId,
      activity: { name: 'Zeiterfassung', subjects: [{ name: 'beschäftigte' }] },
    });
    const subjects = await app.call('catalogues.list', { clientId, kind: 'subject' });
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatchObject({ name: 'Beschäftigte', usage: 2 });
  });

  it('reuses an entry whose name starts with an umlaut, whatever its case', async () => {
    // SQLite folds ASCII only: "Ärzte" and "ärzte" once made a second insert fail.
    const withDoctors = { ...complete, recipients: [{ name: 'Ärzte', type: 'external' as const }] };
    await app.call('activities.create', { clientId, activity: withDoctors });
    await app.call('activities.create', { clientId, activity: withDoctors });
    await app.call('activities.create', {
      clientId,
      activity: { name: 'Betriebsarzt', recipients: [{ name: 'ärzte' }] },
    });
    const recipients = await app.call('catalogues.list', { clientId, kind: 'recipient' });
    expect(recipients).toMatchObject([{ name: 'Ärzte', usage: 3 }]);
  });

  it('renames a catalogue entry everywhere and refuses to delete one in use', async () => {
    const a = await app.call('activities.create', { clientId, activity: complete });
    const [bank] = (await app.call('catalogues.list', { clientId, kind: 'data' })).filter(
      (e) => e.name === 'Bankverbindung',
    );
    await app.call('catalogues.update', { id: bank!.id, name: 'Bankdaten (IBAN)' });
    expect((await app.call('activities.get', { id: a.id })).dataCategories[0]!.name).toBe(
      'Bankdaten (IBAN)',
    );
    const refused = await app.raw('catalogues.delete', { id: bank!.id });
    expect(refused.ok || refused.error.code).toBe('IN_USE');
    expect(await app.call('catalogues.list', { clientId, kind: 'data' })).toHaveLength(2);
  });

  it('refuses to delete a category that only a deletion rule or a request still uses', async () => {
    const a = await app.call('activities.create', { clientId, activity: complete });
    const bank = a.dataCategories.find((d) => d.name === 'Bankverbindung')!;
    const employees = a.subjects[0]!;
    await app.call('retention.create', {
      clientId,
      rule: {
        name: 'Bankdaten',
        startEvent: 'relationship_end',
        periodAmount: 6,
        periodUnit: 'years',
        runInterval: 'yearly',
        method: 'delete',
        dataCategoryIds: [bank.id],
      },
    });
    await app.call('requests.create', {
      clientId,
      request: {
        kind: 'access',
        receivedOn: '2026-11-20',
        channel: 'letter',
        requesterName: 'Eva Groß',
        subjectIds: [employees.id],
      },
    });
    await app.call('activities.delete', { id: a.id });
    for (const entry of [bank, employees]) {
      const refused = await app.raw('catalogues.delete', { id: entry.id });
      expect(refused.ok || refused.error.code).toBe('IN_USE');
    }
    const names = (await app.call('catalogues.list', { clientId })).map((e) => [e.name, e.usage]);
    expect(names).toContainEqual(['Bankverbindung', 1]);
    expect(names).toContainEqual(['Beschäftigte', 1]);
  });

  it('rejects bad input with its code and writes nothing', async () => {
    const before = await app.call('audit.list', { limit: 1000 });
    const bad = await app.raw('activities.create', {
      clientId,
      activity: {
        name: '',
        legalBases: ['art6_1_z'],
        nextReview: '2026-02-30',
        contactEmail: 'x@',
      },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('VALIDATION_FAILED');
    expect(bad.error.issues!.map((i) => i.path).sort()).toEqual([
      'activity.contactEmail',
      'activity.legalBases.0',
      'activity.name',
      'activity.nextReview',
    ]);
    const missingClient = await app.raw('activities.create', {
      clientId: 4242,
      activity: { name: 'X', subjects: [{ name: 'Neu' }] },
    });
    expect(missingClient.ok || missingClient.error.code).toBe('NOT_FOUND');
    expect(await app.call('activities.list', { clientId })).toEqual([]);
    expect(await app.call('catalogues.list', { clientId })).toEqual([]);
    expect(await app.call('audit.list', { limit: 1000 })).toEqual(before);
  });

  it('filters, searches and sorts the list', async () => {
    await app.call('activities.create', { clientId, activity: complete });
    await app.call('activities.create', {
      clientId,
      activity: { name: 'Videoüberwachung', number: 'VT-10', nextReview: '2026-01-01' },
    });
    const archived = await app.call('activities.create', {
      clientId,
      activity: { name: 'Alt', number: 'VT-02' },
    });
    await app.call('activities.archive', { id: archived.id });
    const names = async (input: Record<string, unknown>) =>
      (await app.call('activities.list', { clientId, ...input })).map((a) => a.name);
    expect(await names({})).toEqual(['Lohn- und Gehaltsabrechnung', 'Videoüberwachung']);
    expect(await names({ status: 'all', sort: 'number', direction: 'desc' })).toEqual([
      'Videoüberwachung',
      'Alt',
      'Lohn- und Gehaltsabrechnung',
    ]);
    expect(await names({ status: 'archived' })).toEqual(['Alt']);
    expect(await names({ completeness: 'incomplete' })).toEqual(['Videoüberwachung']);
    expect(await names({ reviewDue: true })).toEqual(['Videoüberwachung']);
    expect(await names({ search: 'videouberwachung' })).toEqual(['Videoüberwachung']);
    expect(await names({ search: 'religionszugeh' })).toEqual(['Lohn- und Gehaltsabrechnung']);
  });

  it('duplicates an activity as a draft and deletes one with a history entry', async () => {
    const a = await app.call('activities.create', { clientId, activity: complete });
    const copy = await app.call('activities.duplicate', { id: a.id });
    expect(copy).toMatchObject({ name: `${complete.name} (Kopie)`, status: 'draft' });
    expect(copy.subjects.map((s) => s.id)).toEqual(a.subjects.map((s) => s.id));
    // The copy is done by the same processors and follows the same deletion rules.
    const p = await app.call('processors.create', {
      clientId,
      processor: { name: 'Lohnbüro', activityIds: [a.id] },
    });
    const rule = await app.call('retention.create', {
      clientId,
      rule: {
        name: 'Lohnkonto',
        startEvent: 'transaction_end',
        periodAmount: 6,
        periodUnit: 'years',
        runInterval: 'yearly',
        method: 'delete',
        activityIds: [a.id],
      },
    });
    const second = await app.call('activities.duplicate', { id: a.id });
    expect(second.retentionRules?.map((r) => r.id)).toEqual([rule.id]);
    expect(
      (await app.call('processors.forActivity', { activityId: second.id })).map((x) => x.id),
    ).toEqual([p.id]);
    await app.call('activities.delete', { id: a.id });
    expect((await app.raw('activities.get', { id: a.id })).ok).toBe(false);
    const history = await app.call('audit.list', { entity: 'activity', entityId: a.id });
    expect(history.map((h) => h.action)).toEqual(['delete', 'create']);
  });

  it('records each change of an activity with before and after', async () => {
    const a = await app.call('activities.create', { clientId, activity: complete });
    await app.call('activities.update', {
      id: a.id,
      activity: { ...complete, purposes: 'Neu', subjects: [{ name: 'Auszubildende' }] },
    });
    const [update] = await app.call('audit.list', { entity: 'activity', entityId: a.id });
    expect(update!.changes).toEqual({
      purposes: ['Abrechnung der Löhne', 'Neu'],
      subjects: [['Beschäftigte'], ['Auszubildende']],
    });
  });

  it('shows incomplete activities and due reviews on the home screen', async () => {
    await app.call('activities.create', {
      clientId,
      activity: { ...complete, nextReview: '2026-11-01' },
    });
    await app.call('activities.create', {
      clientId,
      activity: { ...complete, name: 'Bald', nextReview: '2026-12-10' },
    });
    await app.call('activities.create', { clientId, activity: { name: 'Unvollständig' } });
    const items = await app.call('home.attention', { clientId });
    // The incomplete one is also a draft (the default status): what is missing comes first,
    // "confirm the draft" only once it is whole.
    expect(items.map((i) => [i.kind, i.title])).toEqual([
      ['review_due', complete.name],
      ['activity_incomplete', 'Unvollständig'],
      ['review_soon', 'Bald'],
    ]);
  });
});
