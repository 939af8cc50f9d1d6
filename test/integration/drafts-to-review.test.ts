import { afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../core/api';
import { attentionUrgency } from '../../core/rules/attention-urgency';
import { reviewChecklist } from '../../core/rules/requests-workflow';
import { firstUser, openTestApp, sampleClient, secondUser, type TestApp } from '../helpers/app';
import { accessRequest } from '../fixtures/requests';

// "Drafts to review" on the client's home and in the cockpit: an activity still in draft
// (not yet confirmed as taking place) and a reply prepared and waiting for its four-eyes
// review. Each appears, leads to its record, and goes when the draft is confirmed or the
// reply reviewed; the kept cockpit follows every one of these writes.

let app: TestApp;
afterEach(() => app.close());
const now = () => new Date('2026-11-20T10:00:00Z');

type Cockpit = MethodOutput<'home.cockpit'>;
const drafts = (cockpit: Cockpit) =>
  cockpit
    .filter((i) => i.kind === 'activity_draft' || i.kind === 'reply_to_review')
    .map((i) => ({ kind: i.kind, entity: i.entity, entityId: i.entityId, urgency: i.urgency }));

/** The kept cockpit, checked against what every client's home screen says at this moment. */
async function cockpitAsEveryHome(): Promise<Cockpit> {
  const cockpit = await app.call('home.cockpit', {});
  const homes: Cockpit = [];
  for (const client of await app.call('clients.list', {})) {
    for (const item of await app.call('home.attention', { clientId: client.id })) {
      const urgency = attentionUrgency(item.kind);
      homes.push({ ...item, clientId: client.id, clientName: client.name, urgency });
    }
  }
  expect(cockpit).toEqual(homes);
  return cockpit;
}

/** Whole except for its status: a draft that lacks content shows what is missing instead. */
const newsletter = {
  name: 'Newsletter',
  purposes: 'Werbung an Kundinnen und Kunden, die eingewilligt haben',
  legalBases: ['art6_1_a' as const],
  subjects: [{ name: 'Interessenten' }],
  dataCategories: [{ name: 'E-Mail-Adresse' }],
  recipients: [{ name: 'Versanddienstleister', type: 'external' as const }],
  retention: 'Bis zum Widerruf der Einwilligung',
  toms: 'Siehe TOM-Konzept',
};

describe('drafts to review', () => {
  it('lists an activity in draft until it is confirmed as active', async () => {
    app = await openTestApp({ now });
    const client = await app.call('clients.create', sampleClient);
    await app.call('home.cockpit', {});
    const draft = await app.call('activities.create', {
      clientId: client.id,
      activity: newsletter,
    });
    expect(draft.status).toBe('draft');
    expect(draft.completeness.complete).toBe(true);
    expect(drafts(await cockpitAsEveryHome())).toEqual([
      { kind: 'activity_draft', entity: 'activity', entityId: draft.id, urgency: 'review' },
    ]);
    expect((await app.call('clients.list', {}))[0]?.open.review).toBeGreaterThan(0);

    await app.call('activities.update', {
      id: draft.id,
      activity: { ...newsletter, status: 'active' },
    });
    expect(drafts(await cockpitAsEveryHome())).toEqual([]);

    // An archived activity is not a draft either; a duplicate is a new draft.
    const copy = await app.call('activities.duplicate', { id: draft.id });
    expect(drafts(await cockpitAsEveryHome())).toEqual([
      { kind: 'activity_draft', entity: 'activity', entityId: copy.id, urgency: 'review' },
    ]);
    await app.call('activities.archive', { id: copy.id });
    expect(drafts(await cockpitAsEveryHome())).toEqual([]);

    // A renamed client: its kept cockpit rows are made again under the new name.
    await app.call('activities.create', { clientId: client.id, activity: { name: 'Offen' } });
    const stored = await app.call('clients.get', { id: client.id });
    await app.call('clients.update', { ...stored, name: 'Umbenannt GmbH' });
    const renamed = await cockpitAsEveryHome();
    expect(renamed.length).toBeGreaterThan(0);
    expect(new Set(renamed.map((i) => i.clientName))).toEqual(new Set(['Umbenannt GmbH']));
  });

  it('lists a reply in review until a second person has reviewed it, and again after a change', async () => {
    app = await openTestApp({ now });
    const client = await app.call('clients.create', { ...sampleClient, name: 'Alpha GmbH' });
    const other = await app.call('clients.create', { ...sampleClient, name: 'Beta KG' });
    const request = await app.call('requests.create', {
      clientId: client.id,
      request: { ...accessRequest(), receivedOn: '2026-11-02' },
    });
    await app.call('requests.transition', { id: request.id, to: 'in_progress' });
    await app.call('requests.saveReply', { id: request.id, replyText: 'Wir speichern nichts.' });
    expect(drafts(await cockpitAsEveryHome())).toEqual([]);

    await app.call('requests.transition', { id: request.id, to: 'in_review' });
    const waiting = (await cockpitAsEveryHome()).filter((i) => i.kind === 'reply_to_review');
    expect(waiting).toEqual([
      expect.objectContaining({
        clientId: client.id,
        entity: 'request',
        entityId: request.id,
        title: request.requesterName,
        date: request.deadlines.due,
        urgency: 'review',
      }),
    ]);
    // Another client's write leaves the waiting reply where it is.
    await app.call('activities.create', {
      clientId: other.id,
      activity: { name: 'Bewerbungen', status: 'active' },
    });
    expect(drafts(await cockpitAsEveryHome())).toHaveLength(1);

    app.actAs(secondUser);
    await app.call('requests.review', { id: request.id, checks: reviewChecklist(request.kind) });
    app.actAs(firstUser);
    expect(drafts(await cockpitAsEveryHome())).toEqual([]);

    // A change to the reviewed reply clears the review: it waits for four eyes again.
    await app.call('requests.saveReply', { id: request.id, replyText: 'Geänderte Antwort.' });
    expect(drafts(await cockpitAsEveryHome())).toEqual([
      { kind: 'reply_to_review', entity: 'request', entityId: request.id, urgency: 'review' },
    ]);
  });
});
