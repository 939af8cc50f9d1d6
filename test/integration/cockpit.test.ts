import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CockpitItem } from '../../core/api';
import { openTestApp, sampleClient, tempDir, type TestApp } from '../helpers/app';
import { accessRequest } from '../fixtures/requests';

// The cockpit and the client list across every client, on a real workspace file: the same
// items as each client's home screen, the counts the completeness rule gives, and the
// stored completeness following every write that changes it.

let app: TestApp;
afterEach(() => app.close());
const now = () => new Date('2026-11-20T10:00:00Z');

const complete = {
  purposes: 'Lohnabrechnung',
  subjects: [{ name: 'Beschäftigte' }],
  dataCategories: [{ name: 'Bankverbindung' }],
  recipients: [{ name: 'Steuerberater', type: 'external' as const }],
  retention: '10 Jahre',
  toms: 'TOM-Konzept',
  status: 'active' as const,
  nextReview: '2027-06-30',
};

/** Three clients: one with something urgent, one with a review coming and one empty. */
async function seedThreeClients() {
  const urgent = await app.call('clients.create', {
    ...sampleClient,
    name: 'Alpha GmbH',
  });
  const payroll = await app.call('activities.create', {
    clientId: urgent.id,
    activity: { number: 'VT-01', name: 'Lohnabrechnung', ...complete },
  });
  await app.call('activities.create', {
    clientId: urgent.id,
    activity: { number: 'VT-02', name: 'Newsletter', purposes: 'Werbung', status: 'active' },
  });
  await app.call('processors.create', {
    clientId: urgent.id,
    processor: { name: 'Lohnbüro GmbH', activityIds: [payroll.id] },
  });
  await app.call('requests.create', { clientId: urgent.id, request: accessRequest() });

  const soon = await app.call('clients.create', { ...sampleClient, name: 'Beta KG' });
  await app.call('activities.create', {
    clientId: soon.id,
    activity: { number: 'VT-01', name: 'Bewerbungen', ...complete, nextReview: '2026-12-01' },
  });
  const empty = await app.call('clients.create', {
    ...sampleClient,
    name: 'Gamma e.V.',
  });
  return { urgent, soon, empty };
}

const withoutClient = ({ clientId: _o, clientName: _n, urgency: _u, ...item }: CockpitItem) => item;

/** What clients.list must say, from the completeness the activity list shows. */
async function expectedActivityCounts(clientId: number) {
  const current = (await app.call('activities.list', { clientId, status: 'all' })).filter(
    (a) => a.status !== 'archived',
  );
  return {
    activityCount: current.length,
    incompleteCount: current.filter((a) => !a.completeness.complete).length,
  };
}

async function expectCountsAsTheRule() {
  for (const client of await app.call('clients.list', {})) {
    expect(
      { activityCount: client.activityCount, incompleteCount: client.incompleteCount },
      client.name,
    ).toEqual(await expectedActivityCounts(client.id));
  }
}

describe('the cockpit across every client', () => {
  it("lists exactly each client's home items, grouped by client, with urgency", async () => {
    app = await openTestApp({ now });
    const { urgent, soon, empty } = await seedThreeClients();
    const cockpit = await app.call('home.cockpit', {});
    expect([...new Set(cockpit.map((i) => i.clientName))]).toEqual([
      'Alpha GmbH',
      'Beta KG',
      'Gamma e.V.',
    ]);
    for (const client of [urgent, soon, empty]) {
      const mine = cockpit.filter((i) => i.clientId === client.id);
      expect(mine.map(withoutClient)).toEqual(
        await app.call('home.attention', { clientId: client.id }),
      );
      expect(mine.every((i) => i.clientName === client.name)).toBe(true);
    }
    const kinds = (clientId: number) =>
      cockpit.filter((i) => i.clientId === clientId).map((i) => [i.kind, i.urgency]);
    expect(kinds(urgent.id)).toEqual([
      ['request_overdue', 'urgent'],
      ['avv_missing', 'urgent'],
      ['activity_incomplete', 'review'],
    ]);
    expect(kinds(soon.id)).toEqual([['review_soon', 'soon']]);
    expect(kinds(empty.id)).toEqual([['register_empty', 'review']]);
  });

  it('counts open items per client by urgency with a traffic light', async () => {
    app = await openTestApp({ now });
    await seedThreeClients();
    const list = await app.call('clients.list', {});
    expect(list.map((c) => [c.name, c.activityCount, c.incompleteCount, c.open, c.light])).toEqual([
      ['Alpha GmbH', 2, 1, { urgent: 2, soon: 0, review: 1 }, 'red'],
      ['Beta KG', 1, 0, { urgent: 0, soon: 1, review: 0 }, 'amber'],
      ['Gamma e.V.', 0, 0, { urgent: 0, soon: 0, review: 1 }, 'amber'],
    ]);
    await expectCountsAsTheRule();
  });
});

describe('the stored completeness', () => {
  it('follows writes to the client, its catalogue, processors and deletion rules', async () => {
    app = await openTestApp({ now });
    const { urgent } = await seedThreeClients();
    const clientId = urgent.id;
    await expectCountsAsTheRule();
    // Without a street, city, e-mail or phone the controller (lit. a) is missing everywhere.
    await app.call('clients.update', {
      ...sampleClient,
      id: clientId,
      name: 'Alpha GmbH',
      street: '',
      city: '',
      email: '',
    });
    expect((await app.call('clients.list', {}))[0]?.incompleteCount).toBe(2);
    await expectCountsAsTheRule();
    await app.call('clients.update', {
      ...sampleClient,
      id: clientId,
      name: 'Alpha GmbH',
    });
    // A recipient re-marked as in a third country needs a transfer (lit. e).
    const [recipient] = await app.call('catalogues.list', { clientId, kind: 'recipient' });
    await app.call('catalogues.update', {
      id: recipient!.id,
      name: recipient!.name,
      recipientType: 'third_country',
      country: 'USA',
    });
    expect((await app.call('clients.list', {}))[0]?.incompleteCount).toBe(2);
    await expectCountsAsTheRule();
    // A linked deletion rule documents the erasure period (lit. f) of the one without text.
    const newsletter = (await app.call('activities.list', { clientId })).find(
      (a) => a.name === 'Newsletter',
    );
    const before = (await app.call('home.attention', { clientId })).find(
      (i) => i.entityId === newsletter?.id,
    );
    expect(before?.details).toContain('retention');
    await app.call('retention.create', {
      clientId,
      rule: {
        name: 'Newsletter-Abos',
        startEvent: 'transaction_end',
        periodAmount: 1,
        periodUnit: 'years',
        activityIds: [newsletter!.id],
      },
    });
    const after = (await app.call('home.attention', { clientId })).find(
      (i) => i.entityId === newsletter?.id,
    );
    expect(after?.details).not.toContain('retention');
    await expectCountsAsTheRule();
  });

  it('is filled when a workspace from before the stored facts is opened', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    const seed = new Database(file);
    const fixture = path.resolve(import.meta.dirname, '../fixtures/workspaces/0012-consent.sql');
    seed.exec(fs.readFileSync(fixture, 'utf8'));
    seed.close();
    app = await openTestApp({ file, now });
    const unchecked = app.ctx
      .workspace()
      .sqlite.prepare('SELECT count(*) FROM activities WHERE complete IS NULL')
      .pluck()
      .get();
    expect(unchecked).toBe(0);
    expect((await app.call('clients.list', {})).length).toBeGreaterThan(0);
    await expectCountsAsTheRule();
  });
});
