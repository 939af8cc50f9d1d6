import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../core/api';
import { attentionUrgency } from '../../core/rules/attention-urgency';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { accessRequest } from '../fixtures/requests';

// The cockpit and the client list keep what they read between calls and ask again only
// where something changed. Whatever happened in between (a write at one client, a new or
// deleted client, a write from another connection, a new day, hours passing on a breach
// clock), each answer must equal what every client's home screen says at that moment.

let app: TestApp;
afterEach(() => app.close());
let clock = new Date('2026-11-20T10:00:00Z');
const now = () => clock;

/** The cockpit as its definition says: each client's home items, by client name. */
async function fromEveryHome(): Promise<MethodOutput<'home.cockpit'>> {
  const clients = await app.call('clients.list', {});
  const items: MethodOutput<'home.cockpit'> = [];
  for (const client of clients) {
    for (const item of await app.call('home.attention', { clientId: client.id }))
      items.push({
        ...item,
        clientId: client.id,
        clientName: client.name,
        urgency: attentionUrgency(item.kind),
      });
  }
  return items;
}

async function expectAsAsked() {
  const cockpit = await app.call('home.cockpit', {});
  expect(cockpit).toEqual(await fromEveryHome());
  const list = await app.call('clients.list', {});
  for (const client of list) {
    const mine = cockpit.filter((i) => i.clientId === client.id);
    const count = (u: string) => mine.filter((i) => i.urgency === u).length;
    expect(client.open).toEqual({
      urgent: count('urgent'),
      soon: count('soon'),
      review: count('review'),
    });
  }
  return cockpit;
}

const kindsOf = (cockpit: MethodOutput<'home.cockpit'>, clientName: string) =>
  cockpit.filter((i) => i.clientName === clientName).map((i) => i.kind);

describe('the kept cockpit and client list', () => {
  it('answer after every change as if asked afresh', async () => {
    clock = new Date('2026-11-20T10:00:00Z');
    app = await openTestApp({ now });
    const alpha = await app.call('clients.create', { ...sampleClient, name: 'Alpha GmbH' });
    const beta = await app.call('clients.create', { ...sampleClient, name: 'Beta KG' });
    const newsletter = await app.call('activities.create', {
      clientId: alpha.id,
      activity: { name: 'Newsletter', purposes: 'Werbung', status: 'active' },
    });
    let cockpit = await expectAsAsked();
    expect(kindsOf(cockpit, 'Beta KG')).toEqual(['register_empty']);

    // A write at one client: only its items change.
    await app.call('activities.create', {
      clientId: beta.id,
      activity: { name: 'Bewerbungen', status: 'active', nextReview: '2026-12-01' },
    });
    cockpit = await expectAsAsked();
    expect(kindsOf(cockpit, 'Beta KG')).toEqual(['activity_incomplete', 'review_soon']);

    await app.call('requests.create', { clientId: alpha.id, request: accessRequest() });
    await expectAsAsked();

    // A new client, and a client deleted.
    const gamma = await app.call('clients.create', { ...sampleClient, name: 'Gamma e.V.' });
    expect(kindsOf(await expectAsAsked(), 'Gamma e.V.')).toEqual(['register_empty']);
    await app.call('clients.delete', { id: gamma.id });
    expect(kindsOf(await expectAsAsked(), 'Gamma e.V.')).toEqual([]);

    // A write from another connection (another window, a script) leaves no audit entry here.
    const other = new Database(app.file);
    other
      .prepare("UPDATE activities SET next_review = '2026-11-01' WHERE id = ?")
      .run(newsletter.id);
    other.close();
    expect(kindsOf(await expectAsAsked(), 'Alpha GmbH')).toContain('review_due');

    // A new day: the review of Beta's activity comes due without any write.
    clock = new Date('2026-12-02T10:00:00Z');
    cockpit = await expectAsAsked();
    expect(kindsOf(cockpit, 'Beta KG')).toEqual(['review_due', 'activity_incomplete']);
  });

  it('counts the hours of a breach clock anew on every read', async () => {
    clock = new Date('2026-11-20T10:00:00Z');
    app = await openTestApp({ now });
    const client = await app.call('clients.create', { ...sampleClient, name: 'Alpha GmbH' });
    await app.call('breaches.create', {
      clientId: client.id,
      breach: {
        title: 'Laptop verloren',
        awareAt: '2026-11-20T09:00:00Z',
        kinds: ['confidentiality'],
      },
    });
    const hoursLeft = async () =>
      (await expectAsAsked()).find((i) => i.entity === 'breach')?.details[0];
    expect(await hoursLeft()).toBe('71');
    clock = new Date('2026-11-20T15:00:00Z');
    expect(await hoursLeft()).toBe('66');
    clock = new Date('2026-11-23T12:00:00Z');
    expect((await expectAsAsked()).find((i) => i.entity === 'breach')?.kind).toBe(
      'breach_clock_passed',
    );
  });
});
