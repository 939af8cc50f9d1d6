import type { ClientSummary, CockpitItem } from '../../../core/api';
import {
  attentionUrgency,
  countByUrgency,
  trafficLight,
} from '../../../core/rules/attention-urgency';
import { activityCountsByClient } from '../../../db/repos/completeness-facts.repo';
import { findClient, listClients } from '../../../db/repos/clients.repo';
import { collectAttention, type ClientAttentionItem } from './attention';
import { clientAttention, itemsOf } from './attention-cache';
import type { Handlers } from '../context';
import { found } from '../support';

type HomeHandlers = Pick<Handlers, 'home.attention' | 'home.cockpit' | 'clients.list'>;

/** An item as one client's home lists it: without the client it belongs to. */
const withoutClient = ({ clientId: _clientId, ...item }: ClientAttentionItem) => item;

/**
 * A client's cockpit rows, kept with the list of its day items they were made from: the
 * attention cache hands out the same list until a write names the client (a rename too),
 * so after a write only that client's rows are made again, not the thousands of the rest.
 */
const rowsKept = new WeakMap<ClientAttentionItem[], { name: string; rows: CockpitItem[] }>();

const cockpitRows = (client: { id: number; name: string }, items: ClientAttentionItem[]) =>
  items.map((item): CockpitItem => ({
    ...item,
    clientName: client.name,
    urgency: attentionUrgency(item.kind),
  }));

function keptRows(client: { id: number; name: string }, items: ClientAttentionItem[]) {
  const kept = rowsKept.get(items);
  if (kept && kept.name === client.name) return kept.rows;
  // Frozen: the contract check passes a kept row once (electron/output-check.ts).
  const rows = cockpitRows(client, items).map((row) => Object.freeze(row));
  rowsKept.set(items, { name: client.name, rows });
  return rows;
}

export const homeHandlers: HomeHandlers = {
  'home.attention': async ({ clientId }, ctx) => {
    found(await findClient(ctx.workspace().db, clientId), 'client');
    return (await collectAttention(ctx, { clientId })).map(withoutClient);
  },

  // Every client's items, kept between reads and asked again only where a write landed; a
  // client without a breach clock keeps its cockpit rows too.
  'home.cockpit': async (_input, ctx) => {
    const attention = await clientAttention(ctx);
    const clients = await attention.derived('clients', () => listClients(ctx.workspace().db));
    // Kept without the clocks, which count hours and are asked on every read. A plain loop:
    // flatMap over thousands of rows cost more than the rest of a kept read.
    const all: CockpitItem[] = [];
    for (const client of clients) {
      const days = attention.days.get(client.id);
      const rows = attention.clocks.has(client.id)
        ? cockpitRows(client, itemsOf(attention, client.id))
        : days
          ? keptRows(client, days)
          : [];
      for (const row of rows) all.push(row);
    }
    return all;
  },

  'clients.list': async (_input, ctx): Promise<ClientSummary[]> => {
    const db = ctx.workspace().db;
    const attention = await clientAttention(ctx);
    const counts = await attention.derived('activityCounts', () => activityCountsByClient(db));
    const clients = await attention.derived('clients', () => listClients(db));
    return clients.map((client) => {
      const open = countByUrgency(itemsOf(attention, client.id).map((item) => item.kind));
      const activities = counts.get(client.id) ?? { total: 0, incomplete: 0 };
      return {
        id: client.id,
        name: client.name,
        city: client.city,
        land: client.land,
        activityCount: activities.total,
        incompleteCount: activities.incomplete,
        open,
        light: trafficLight(open),
      };
    });
  },
};
