import { describe, expect, it } from 'vitest';
import type { CockpitItem } from '../../core/api';
import { groupByClient, groupByUrgency } from '../../renderer/features/home/cockpit-order';

// The cockpit's two orders: what is most pressing across every client first, or client by
// client as each home lists it.

const item = (over: Partial<CockpitItem> & Pick<CockpitItem, 'kind' | 'urgency'>): CockpitItem => ({
  clientId: 1,
  clientName: 'Alpha GmbH',
  entity: 'activity',
  entityId: 1,
  title: 'Eintrag',
  date: null,
  details: [],
  ...over,
});

// As the server sends them: by client name, then as each client's home orders them.
const items: CockpitItem[] = [
  item({ kind: 'avv_missing', urgency: 'urgent', entity: 'processor', entityId: 7 }),
  item({ kind: 'activity_incomplete', urgency: 'review', entityId: 2 }),
  item({ kind: 'review_soon', urgency: 'soon', date: '2026-12-20', entityId: 3 }),
  item({
    kind: 'request_overdue',
    urgency: 'urgent',
    clientId: 2,
    clientName: 'Beta KG',
    entity: 'request',
    entityId: 4,
    date: '2026-10-01',
  }),
  item({
    kind: 'breach_clock_running',
    urgency: 'urgent',
    clientId: 2,
    clientName: 'Beta KG',
    entity: 'breach',
    entityId: 5,
    date: '2026-11-22T09:00:00.000Z',
  }),
  item({
    kind: 'review_soon',
    urgency: 'soon',
    clientId: 3,
    clientName: 'Gamma e.V.',
    date: '2026-12-05',
    entityId: 6,
  }),
];

const keys = (list: CockpitItem[]) => list.map((i) => `${i.clientName}: ${i.kind}`);

describe('the cockpit by urgency', () => {
  it('puts urgent before soon before review, passed deadlines and clocks before missing records, earliest first', () => {
    const groups = groupByUrgency(items);
    expect(groups.map((g) => g.urgency)).toEqual(['urgent', 'soon', 'review']);
    expect(keys(groups[0]!.items)).toEqual([
      'Beta KG: request_overdue',
      'Beta KG: breach_clock_running',
      'Alpha GmbH: avv_missing',
    ]);
    expect(keys(groups[1]!.items)).toEqual(['Gamma e.V.: review_soon', 'Alpha GmbH: review_soon']);
    expect(keys(groups[2]!.items)).toEqual(['Alpha GmbH: activity_incomplete']);
  });

  it('leaves out an urgency without items', () => {
    expect(groupByUrgency(items.filter((i) => i.urgency !== 'soon')).map((g) => g.urgency)).toEqual(
      ['urgent', 'review'],
    );
    expect(groupByUrgency([])).toEqual([]);
  });
});

describe('the cockpit by client', () => {
  it("keeps the clients in the server's order and each client's items as its home lists them", () => {
    const groups = groupByClient(items);
    expect(groups.map((g) => [g.clientId, g.title])).toEqual([
      [1, 'Alpha GmbH'],
      [2, 'Beta KG'],
      [3, 'Gamma e.V.'],
    ]);
    expect(keys(groups[0]!.items)).toEqual([
      'Alpha GmbH: avv_missing',
      'Alpha GmbH: activity_incomplete',
      'Alpha GmbH: review_soon',
    ]);
  });
});
