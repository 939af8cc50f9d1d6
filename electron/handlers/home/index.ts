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
    const rows = (client: { id: number; name: string }, items: ClientAttentionItem[]) =>
      items.map((item): CockpitItem => ({
        ...item,
        clientName: client.name,
        urgency: attentionUrgency(item.kind),
      }));
    // Kept without the clocks, which count hours and are asked on every read.
    const kept = await attention.derived(
      'cockpit',
      () => new Map(clients.map((c) => [c.id, rows(c, attention.days.get(c.id) ?? [])])),
    );
    return clients.flatMap((client) =>
      attention.clocks.has(client.id)
        ? rows(client, itemsOf(attention, client.id))
        : (kept.get(client.id) ?? []),
    );
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
