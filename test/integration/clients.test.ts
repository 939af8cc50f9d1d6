import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

const countRows = (table: string) =>
  (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n;

describe('clients', () => {
  it('creates a client with its Art. 30(1)(a) details and records who did it', async () => {
    const client = await app.call('clients.create', {
      ...sampleClient,
      dpoName: 'Dr. Jörg Weiß',
    });
    expect(client).toMatchObject({
      name: sampleClient.name,
      land: 'BY',
      dpoName: 'Dr. Jörg Weiß',
      country: '',
    });
    const history = await app.call('audit.list', { entity: 'client', entityId: client.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'create',
      actor: 'Test Nutzerin',
      label: client.name,
    });
    expect(history[0]!.changes.name).toEqual([null, sampleClient.name]);
  });

  it('refuses a missing name and an unknown Land with translated field errors, writing nothing', async () => {
    const result = await app.raw('clients.create', {
      name: '  ',
      land: 'XX',
      email: 'kein-at',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.message).toContain('Es wurde nichts gespeichert');
    const byPath = Object.fromEntries(result.error.issues!.map((i) => [i.path, i]));
    expect(byPath.name).toMatchObject({
      key: 'required',
      message: 'Pflichtfeld: bitte ausfüllen.',
    });
    expect(byPath.land!.key).toBe('land');
    expect(byPath.email!.key).toBe('email');
    expect(countRows('clients')).toBe(0);
    expect(countRows('audit_log')).toBe(0);
  });

  it('answers errors in English when the user chose English', async () => {
    app.ctx.settings.setPreferences({ userName: 'Test', language: 'en' });
    const result = await app.raw('clients.create', { name: '', land: 'BY' });
    expect(result.ok || result.error.issues![0]!.message).toBe('Required: please fill in.');
  });

  it('refuses a duplicate client name (any case) with CONFLICT', async () => {
    await app.call('clients.create', sampleClient);
    const result = await app.raw('clients.create', {
      ...sampleClient,
      name: sampleClient.name.toUpperCase(),
    });
    expect(result.ok || result.error.code).toBe('CONFLICT');
    expect(result.ok || result.error.issues).toEqual([
      { path: 'name', key: 'nameTaken', message: 'Dieser Name ist schon vergeben.' },
    ]);
    expect(countRows('clients')).toBe(1);
  });

  it('refuses a duplicate name that differs only in the case of an umlaut', async () => {
    await app.call('clients.create', { ...sampleClient, name: 'Ärztehaus Nord' });
    const result = await app.raw('clients.create', { ...sampleClient, name: 'ärztehaus nord' });
    expect(result.ok || result.error.code).toBe('CONFLICT');
    expect(countRows('clients')).toBe(1);
  });

  it('updates a client and logs only the fields that changed, before and after', async () => {
    const client = await app.call('clients.create', sampleClient);
    const updated = await app.call('clients.update', {
      ...client,
      city: 'Augsburg',
      land: 'BY',
    });
    expect(updated.city).toBe('Augsburg');
    const [latest] = await app.call('audit.list', { entity: 'client', entityId: client.id });
    expect(latest!.action).toBe('update');
    expect(latest!.changes).toEqual({ city: ['München', 'Augsburg'] });
  });

  it('names what a deletion removes, deletes everything of the client, and keeps the history', async () => {
    const client = await app.call('clients.create', sampleClient);
    const other = await app.call('clients.create', { name: 'Zweiter Mandant', land: 'HH' });
    const payroll = await app.call('activities.create', {
      clientId: client.id,
      activity: {
        name: 'Lohnabrechnung',
        subjects: [{ name: 'Beschäftigte' }],
        dataCategories: [{ name: 'Bankverbindung' }],
      },
    });
    await app.call('activities.create', { clientId: other.id, activity: { name: 'Newsletter' } });
    // Records of every module, linked to the register, so the cascades are exercised.
    const processor = await app.call('processors.create', {
      clientId: client.id,
      processor: { name: 'Lohnbüro Süd GmbH', activityIds: [payroll.id] },
    });
    await app.call('attachments.add', {
      ownerType: 'processor',
      ownerId: processor.id,
      name: 'AVV.pdf',
      base64: Buffer.from('%PDF').toString('base64'),
    });
    await app.call('requests.create', {
      clientId: client.id,
      request: {
        kind: 'access',
        receivedOn: '2026-11-20',
        channel: 'email',
        requesterName: 'Jürgen Größmann',
        subjectIds: [payroll.subjects[0]!.id],
      },
    });
    await app.call('retention.create', {
      clientId: client.id,
      rule: {
        name: 'Lohnkonto',
        startEvent: 'transaction_end',
        periodAmount: 6,
        periodUnit: 'years',
        yearEnd: true,
        runInterval: 'yearly',
        method: 'delete',
        activityIds: [payroll.id],
        dataCategoryIds: [payroll.dataCategories[0]!.id],
      },
    });
    const impact = await app.call('clients.deletionImpact', { id: client.id });
    expect(impact).toEqual({
      name: client.name,
      activities: 1,
      catalogueEntries: 2,
      processors: 1,
      requests: 1,
      // Lohnkonto, and the rule every client has for its closed requests.
      retentionRules: 2,
      attachments: 1,
    });
    expect(await app.call('clients.delete', { id: client.id })).toEqual(impact);
    expect((await app.call('clients.list', {})).map((o) => o.name)).toEqual(['Zweiter Mandant']);
    for (const table of ['catalogue_entries', 'processors', 'requests', 'attachments']) {
      expect(countRows(table)).toBe(0);
    }
    expect(countRows('activities')).toBe(1);
    // What is left is the other client's rule for its closed requests.
    expect(countRows('retention_rules')).toBe(1);
    expect(app.ctx.workspace().sqlite.pragma('foreign_key_check')).toEqual([]);
    const history = await app.call('audit.list', { entity: 'client', entityId: client.id });
    // The deletion is on record, followed by the removal of the client's contact data.
    expect(history.slice(0, 2).map((e) => e.action)).toEqual(['redact', 'delete']);
    expect(history[1]!.label).toBe(client.name);
  });

  it('counts incomplete activities in the client list exactly as the register does', async () => {
    const client = await app.call('clients.create', sampleClient);
    for (const key of ['payroll', 'newsletter', 'web_analytics', 'video_surveillance']) {
      await app.call('activities.fromTemplate', { clientId: client.id, key, language: 'de' });
    }
    const base = {
      purposes: 'Zweck',
      subjects: [{ name: 'Kunden' }],
      dataCategories: [{ name: 'Kontaktdaten' }],
    };
    // Third country without a transfer; only a linked rule for lit. f; nothing at all.
    const usa = await app.call('activities.create', {
      clientId: client.id,
      activity: {
        ...base,
        name: 'USA',
        retention: '1 Jahr',
        toms: 'TOM',
        recipients: [{ name: 'US-Dienst', type: 'third_country', country: 'USA' }],
      },
    });
    const ruled = await app.call('activities.create', {
      clientId: client.id,
      activity: { ...base, name: 'Mit Regel', toms: 'TOM', recipients: [{ name: 'Bank' }] },
    });
    await app.call('retention.create', {
      clientId: client.id,
      rule: {
        name: 'Regel',
        startEvent: 'creation',
        periodAmount: 1,
        periodUnit: 'years',
        runInterval: 'monthly',
        method: 'delete',
        activityIds: [ruled.id],
      },
    });
    await app.call('activities.create', { clientId: client.id, activity: { name: 'Leer' } });
    const register = await app.call('activities.list', { clientId: client.id });
    const incomplete = register.filter((a) => !a.completeness.complete).map((a) => a.name);
    // Template content the user never confirmed keeps an activity from being complete too.
    const templates = ['Lohn- und Gehaltsabrechnung', 'Newsletter-Versand', 'Webanalyse'];
    expect(incomplete.sort()).toEqual(['Leer', usa.name, 'Videoüberwachung', ...templates].sort());
    const [listed] = await app.call('clients.list', {});
    expect(listed).toMatchObject({
      activityCount: register.length,
      incompleteCount: incomplete.length,
    });
  });

  it('reports NOT_FOUND for a client that does not exist', async () => {
    const result = await app.raw('clients.get', { id: 999 });
    expect(result.ok || result.error.code).toBe('NOT_FOUND');
  });

  it('lists clients by name with activity and incomplete counts', async () => {
    const b = await app.call('clients.create', {
      name: 'Beta GmbH',
      land: 'BE',
      email: 'b@example.de',
    });
    await app.call('clients.create', { name: 'Alpha KG', land: 'NW' });
    await app.call('activities.create', { clientId: b.id, activity: { name: 'Kundenservice' } });
    const list = await app.call('clients.list', {});
    expect(list.map((o) => o.name)).toEqual(['Alpha KG', 'Beta GmbH']);
    expect(list[1]).toMatchObject({ activityCount: 1, incompleteCount: 1 });
  });
});
