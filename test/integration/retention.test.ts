import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetentionRuleInput } from '../../core/api';
import { docxText } from '../helpers/docx';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

let app: TestApp;
let clientId: number;
let activityId: number;
let bankCategoryId: number;
let now = new Date('2026-01-10T10:00:00Z');

beforeEach(async () => {
  now = new Date('2026-01-10T10:00:00Z');
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', sampleClient)).id;
  const activity = await app.call('activities.create', {
    clientId,
    activity: {
      name: 'Buchhaltung',
      purposes: 'Rechnungen',
      subjects: [{ name: 'Kunden' }],
      dataCategories: [{ name: 'Bankverbindung' }],
      recipients: [{ name: 'Steuerberater' }],
      toms: 'Siehe TOM-Konzept',
    },
  });
  activityId = activity.id;
  bankCategoryId = activity.dataCategories[0]!.id;
});
afterEach(() => app.close());

const invoices: RetentionRuleInput = {
  name: 'Rechnungen (Buchungsbelege)',
  catalogueKey: 'booking_vouchers',
  startEvent: 'creation',
  startDescription: 'Rechnungsdatum',
  periodAmount: 8,
  periodUnit: 'years',
  yearEnd: true,
  runInterval: 'monthly',
  method: 'delete',
  norm: '§ 147 Abs. 1 Nr. 4, Abs. 3 AO',
  reason: 'Steuerliche Aufbewahrungspflicht',
  systems: ['DATEV', 'Papierarchiv'],
  responsible: 'Jürgen Müller',
};

const count = (table: string) =>
  (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n;
const auditCount = () => count('audit_log');
/** The rules the user made (every client also has the one for its closed requests). */
const ownRules = () => count('retention_rules WHERE applies_to IS NULL');

async function createInvoices(extra: Partial<RetentionRuleInput> = {}) {
  return app.call('retention.create', { clientId, rule: { ...invoices, ...extra } });
}

describe('catalogue of statutory periods', () => {
  it('lists the statutory periods in German and English, and own periods workspace-wide', async () => {
    const de = await app.call('retention.catalogue', { language: 'de' });
    const vouchers = de.find((p) => p.key === 'booking_vouchers')!;
    expect(vouchers).toMatchObject({ periodAmount: 8, periodUnit: 'years', yearEnd: true });
    expect(vouchers.name).toBe('Buchungsbelege einschließlich Rechnungen');
    const en = await app.call('retention.catalogue', { language: 'en' });
    expect(en.find((p) => p.key === 'booking_vouchers')!.name).toBe(
      'Accounting vouchers including invoices',
    );

    const own = await app.call('retention.addPeriod', {
      name: 'Videoüberwachung',
      norm: 'Art. 6 Abs. 1 lit. f DSGVO',
      periodAmount: 72,
      periodUnit: 'days',
      startEvent: 'creation',
    });
    expect(own).toMatchObject({ source: 'custom', key: `custom:${own.id}` });
    expect((await app.call('retention.catalogue', { language: 'en' })).at(-1)!.name).toBe(
      'Videoüberwachung',
    );
    const dup = await app.raw('retention.addPeriod', { ...own, name: 'videoüberwachung' });
    expect(dup.ok || dup.error.code).toBe('CONFLICT');
    await app.call('retention.deletePeriod', { id: own.id! });
    expect((await app.call('retention.catalogue', { language: 'de' })).some((p) => p.id)).toBe(
      false,
    );
  });
});

describe('deletion rules', () => {
  it('creates a rule linked to an activity and a data category, with its Regellöschfrist', async () => {
    const rule = await createInvoices({
      activityIds: [activityId],
      dataCategoryIds: [bankCategoryId],
    });
    expect(rule).toMatchObject({
      clientId,
      name: 'Rechnungen (Buchungsbelege)',
      activities: [{ id: activityId, name: 'Buchhaltung' }],
      dataCategories: [{ id: bankCategoryId, name: 'Bankverbindung' }],
      regularPeriod: { months: 97, days: 0 },
      overdue: false,
    });
    expect(rule.runs.map((r) => [r.system, r.nextDue])).toEqual([
      ['DATEV', '2026-02-10'],
      ['Papierarchiv', '2026-02-10'],
    ]);
    const [entry] = await app.call('audit.list', { entity: 'retention_rule', entityId: rule.id });
    expect(entry).toMatchObject({ action: 'create', label: rule.name, actor: 'Test Nutzerin' });
    expect(entry!.changes.activities).toEqual([null, ['Buchhaltung']]);

    // The register: the activity carries the rule, and its erasure period counts as documented.
    const activity = await app.call('activities.get', { id: activityId });
    expect(activity.retention).toBe('');
    expect(activity.retentionRules!.map((r) => r.name)).toEqual([rule.name]);
    expect(activity.completeness.missing).not.toContain('retention');
    const list = await app.call('activities.list', { clientId });
    expect(list[0]!.completeness.complete).toBe(true);
  });

  it('refuses a negative period with a translated message, writing nothing', async () => {
    const before = auditCount();
    const bad = await app.raw('retention.create', {
      clientId,
      rule: { ...invoices, periodAmount: -1 },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('VALIDATION_FAILED');
    expect(bad.error.issues).toEqual([
      {
        path: 'rule.periodAmount',
        key: 'notNegative',
        message: 'Der Wert darf nicht negativ sein.',
      },
    ]);
    expect(ownRules()).toBe(0);
    expect(auditCount()).toBe(before);
  });

  it('refuses a legal hold without a reason, a duplicate system and a duplicate name', async () => {
    const hold = await app.raw('retention.create', {
      clientId,
      rule: { ...invoices, legalHold: true, systems: ['DATEV', 'datev'] },
    });
    expect(hold.ok || hold.error.issues!.map((i) => [i.path, i.key])).toEqual([
      ['rule.holdReason', 'required'],
      ['rule.systems.1', 'duplicate'],
    ]);
    await createInvoices();
    const before = auditCount();
    const dup = await app.raw('retention.create', {
      clientId,
      rule: { ...invoices, name: 'rechnungen (buchungsbelege)' },
    });
    expect(dup.ok || [dup.error.code, dup.error.message]).toEqual([
      'CONFLICT',
      'Es gibt bereits einen Eintrag mit diesem Namen.',
    ]);
    expect(ownRules()).toBe(1);
    expect(auditCount()).toBe(before);
  });

  it("refuses links into another client's register", async () => {
    const other = await app.call('clients.create', { ...sampleClient, name: 'Andere' });
    const before = auditCount();
    const bad = await app.raw('retention.create', {
      clientId: other.id,
      rule: { ...invoices, activityIds: [activityId] },
    });
    expect(bad.ok || [bad.error.code, bad.error.issues![0]!.path]).toEqual([
      'VALIDATION_FAILED',
      'activityIds',
    ]);
    expect(ownRules()).toBe(0);
    // A category of data subjects is no data category (Datenart), even of the same client.
    const [customers] = await app.call('catalogues.list', { clientId, kind: 'subject' });
    const wrongKind = await app.raw('retention.create', {
      clientId,
      rule: { ...invoices, dataCategoryIds: [customers!.id] },
    });
    expect(wrongKind.ok || [wrongKind.error.code, wrongKind.error.issues![0]!.path]).toEqual([
      'VALIDATION_FAILED',
      'dataCategoryIds',
    ]);
    expect(ownRules()).toBe(0);
    expect(auditCount()).toBe(before);
  });

  it('refuses to delete a linked rule; unlinked, it goes and its log stays', async () => {
    const rule = await createInvoices({ activityIds: [activityId] });
    await app.call('retention.recordRun', {
      ruleId: rule.id,
      date: '2026-01-10',
      system: 'DATEV',
      count: 12,
      method: 'delete',
      person: 'Jürgen Müller',
    });
    const before = auditCount();
    const refused = await app.raw('retention.delete', { id: rule.id });
    expect(refused.ok || [refused.error.code, refused.error.message]).toEqual([
      'IN_USE',
      'Der Eintrag wird noch verwendet und kann nicht gelöscht werden.',
    ]);
    expect(auditCount()).toBe(before);
    expect((await app.call('retention.get', { id: rule.id })).activities).toHaveLength(1);

    await app.call('retention.setActivityRules', { activityId, ruleIds: [] });
    await app.call('retention.delete', { id: rule.id });
    expect((await app.raw('retention.get', { id: rule.id })).ok).toBe(false);
    const [run] = await app.call('retention.runs', { clientId });
    expect(run).toMatchObject({ ruleId: null, ruleName: rule.name, count: 12 });
  });

  it('links and unlinks rules from the activity side, with an audit entry on the activity', async () => {
    const rule = await createInvoices();
    const linked = await app.call('retention.setActivityRules', {
      activityId,
      ruleIds: [rule.id],
    });
    expect(linked).toEqual([
      expect.objectContaining({ id: rule.id, periodAmount: 8, norm: invoices.norm }),
    ]);
    expect(await app.call('retention.forActivity', { activityId })).toEqual(linked);
    const [entry] = await app.call('audit.list', { entity: 'activity', entityId: activityId });
    expect(entry!.changes).toEqual({ retentionRules: [[], [rule.name]] });
    // Deleting the activity removes the link, not the rule.
    await app.call('activities.delete', { id: activityId });
    expect((await app.call('retention.get', { id: rule.id })).activities).toEqual([]);
  });

  it('computes due dates with the BEG IV change for vouchers', async () => {
    const rule = await createInvoices();
    expect(
      await app.call('retention.dueDates', { ruleId: rule.id, startDate: '2025-03-15' }),
    ).toEqual({
      keepUntil: '2033-12-31',
      deletableFrom: '2034-01-01',
      deleteBy: '2034-01-31',
      legalHold: false,
    });
    const old = await app.call('retention.dueDates', { ruleId: rule.id, startDate: '2016-05-01' });
    expect(old.deletableFrom).toBe('2025-01-01');
  });

  it('groups rules into the matrix of deletion classes', async () => {
    const a = await createInvoices();
    const b = await createInvoices({ name: 'Geschäftsbriefe', periodAmount: 8 });
    const c = await createInvoices({
      name: 'Bewerbungen',
      startEvent: 'transaction_end',
      periodAmount: 6,
      periodUnit: 'months',
      yearEnd: false,
    });
    const m = await app.call('retention.classes', { clientId });
    // 37 months from the end of the year: the client's rule for closed requests (3 years + 1).
    expect(m.periods.map((p) => p.key)).toEqual(['7m0d', '37m0dY', '97m0dY']);
    const ids = (event: string, key: string) =>
      m.cells.find((x) => x.startEvent === event && x.periodKey === key)!.ruleIds.sort();
    expect(ids('creation', '97m0dY')).toEqual([a.id, b.id].sort());
    expect(ids('transaction_end', '7m0d')).toEqual([c.id]);
  });
});

describe('deletion log and plan', () => {
  it('logs a run done before the rule was entered, audited like any other', async () => {
    const rule = await createInvoices();
    const before = auditCount();
    const run = await app.call('retention.recordRun', {
      ruleId: rule.id,
      date: '2019-12-30',
      system: 'DATEV',
      description: 'Belege 2009, vor Einführung des Löschkonzepts gelöscht',
      method: 'delete',
      person: 'Jürgen Müller',
    });
    expect(run).toMatchObject({ date: '2019-12-30', ruleName: rule.name });
    expect((await app.call('retention.runs', { clientId })).map((r) => r.date)).toEqual([
      '2019-12-30',
    ]);
    expect(auditCount()).toBe(before + 1);
  });

  it('refuses a run in the future or on an unknown system', async () => {
    const rule = await createInvoices();
    const before = auditCount();
    const run = { ruleId: rule.id, system: 'DATEV', method: 'delete' as const, person: 'J. M.' };
    for (const [input, path, key, message] of [
      [{ ...run, date: '2026-01-11' }, 'date', 'inFuture', 'Das Datum liegt in der Zukunft.'],
      [
        { ...run, date: '2026-01-10', system: 'SAP' },
        'system',
        'unknownSystem',
        'Bitte eines der Systeme der Löschregel wählen.',
      ],
      [
        { ...run, date: '2026-01-10', count: -3 },
        'count',
        'notNegative',
        'Der Wert darf nicht negativ sein.',
      ],
    ] as const) {
      const bad = await app.raw('retention.recordRun', input);
      expect(bad.ok || [bad.error.code, bad.error.issues]).toEqual([
        'VALIDATION_FAILED',
        [{ path, key, message }],
      ]);
    }
    expect(count('deletion_runs')).toBe(0);
    expect(auditCount()).toBe(before);
  });

  it('flags overdue runs on the home screen until they are logged', async () => {
    const rule = await createInvoices();
    const overdue = async () =>
      (await app.call('home.attention', { clientId })).filter(
        (i) => i.kind === 'deletion_run_overdue',
      );
    expect(await overdue()).toEqual([]);
    now = new Date('2026-03-01T10:00:00Z');
    const due = await overdue();
    expect(due).toEqual([
      {
        kind: 'deletion_run_overdue',
        entity: 'retention_rule',
        entityId: rule.id,
        title: rule.name,
        date: '2026-02-10',
        details: ['DATEV', 'Papierarchiv'],
      },
    ]);
    const logged = await app.call('retention.recordRun', {
      ruleId: rule.id,
      date: '2026-02-27',
      system: 'datev',
      count: 340,
      description: 'Belege 2017',
      method: 'delete',
      person: 'Jürgen Müller',
    });
    expect(logged).toMatchObject({ system: 'DATEV', ruleName: rule.name, count: 340 });
    const [entry] = await app.call('audit.list', { entity: 'deletion_run', entityId: logged.id });
    expect(entry).toMatchObject({ action: 'create', label: `${rule.name} (DATEV)` });
    const [item] = await overdue();
    expect(item!.details).toEqual(['Papierarchiv']);
    const got = await app.call('retention.get', { id: rule.id });
    expect(got.runs[0]).toEqual({
      system: 'DATEV',
      lastRun: '2026-02-27',
      nextDue: '2026-03-27',
      overdue: false,
    });
    // A legal hold stops the schedule.
    await app.call('retention.update', {
      id: rule.id,
      rule: { ...invoices, legalHold: true, holdReason: 'Betriebsprüfung 2026 offen' },
    });
    expect(await overdue()).toEqual([]);
  });

  it('plans a month and a quarter for one client and across all clients', async () => {
    const rule = await createInvoices({ runInterval: 'yearly' });
    const other = await app.call('clients.create', {
      ...sampleClient,
      name: 'Zweite GmbH',
    });
    await app.call('retention.create', {
      clientId: other.id,
      rule: {
        ...invoices,
        name: 'Bewerbungen',
        startEvent: 'transaction_end',
        periodAmount: 6,
        periodUnit: 'months',
        yearEnd: false,
        systems: [],
      },
    });
    const jan = await app.call('retention.plan', { clientId, month: '2027-01' });
    expect(jan.from).toBe('2027-01-01');
    expect(
      jan.entries.map((e) => [e.ruleId, e.system, e.cohortFrom, e.cohortTo, e.runDue]),
    ).toEqual([
      [rule.id, 'DATEV', '2018-01-01', '2018-12-31', '2027-01-10'],
      [rule.id, 'Papierarchiv', '2018-01-01', '2018-12-31', '2027-01-10'],
    ]);
    const all = await app.call('retention.plan', { month: '2026-03', span: 'quarter' });
    expect(all.to).toBe('2026-05-31');
    expect(all.entries.map((e) => [e.clientName, e.ruleName, e.cohortFrom, e.cohortTo])).toEqual([
      ['Zweite GmbH', 'Bewerbungen', '2025-08-28', '2025-11-30'],
    ]);
    const bad = await app.raw('retention.plan', { month: '2026-13' });
    expect(bad.ok || bad.error.issues![0]!.message).toBe('Bitte einen Monat angeben (JJJJ-MM).');
  });
});

describe('documents', () => {
  it('exports the deletion concept and prints linked rules in the register', async () => {
    const rule = await createInvoices({ activityIds: [activityId] });
    await app.call('retention.recordRun', {
      ruleId: rule.id,
      date: '2026-01-10',
      system: 'DATEV',
      count: 5,
      method: 'delete',
      person: 'Jürgen Müller',
    });
    const file = await app.call('retention.exportConcept', { clientId, language: 'de' });
    expect(file.filename).toBe('Löschkonzept_Bäckerei_Müller_&_Söhne_GmbH_2026-01-10.docx');
    const text = docxText(Buffer.from(file.base64, 'base64'));
    for (const expected of [rule.name, invoices.norm!, 'Buchhaltung', '8 Jahre', '5 Datensätze'])
      expect(text).toContain(expected);

    const register = await app.call('activities.exportRegister', {
      clientId,
      format: 'docx',
      language: 'de',
    });
    expect(docxText(Buffer.from(register.base64, 'base64'))).toContain(
      'Rechnungen (Buchungsbelege): 8 Jahre ab Schluss des Kalenderjahres; Startzeitpunkt: Erhebung bzw. Entstehung (Rechnungsdatum); § 147 Abs. 1 Nr. 4, Abs. 3 AO',
    );
  });

  it('goes with the client: deleting a client removes its rules and log', async () => {
    const rule = await createInvoices({ activityIds: [activityId] });
    await app.call('retention.recordRun', {
      ruleId: rule.id,
      date: '2026-01-10',
      system: 'DATEV',
      method: 'delete',
      person: 'J. M.',
    });
    await app.call('clients.delete', { id: clientId });
    expect(count('retention_rules')).toBe(0);
    expect(count('deletion_runs')).toBe(0);
    expect(count('retention_rule_activities')).toBe(0);
  });
});
