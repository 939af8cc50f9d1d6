import type { CockpitItem, ClientSummary } from '../../../core/api';
import {
  attentionUrgency,
  countByUrgency,
  trafficLight,
} from '../../../core/rules/attention-urgency';
import { activityCountsByClient } from '../../../db/repos/completeness-facts.repo';
import { findClient, listClients } from '../../../db/repos/clients.repo';
import { collectAttention, type ClientAttentionItem } from './attention';
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

  // The providers run once over every client; each reads only its candidates in SQL.
  'home.cockpit': async (_input, ctx) => {
    const clients = await listClients(ctx.workspace().db);
    const byClient = new Map<number, CockpitItem[]>(clients.map((o) => [o.id, []]));
    const names = new Map(clients.map((o) => [o.id, o.name]));
    for (const item of await collectAttention(ctx, {})) {
      byClient.get(item.clientId)?.push({
        ...item,
        clientName: names.get(item.clientId) ?? '',
        urgency: attentionUrgency(item.kind),
      });
    }
    return [...byClient.values()].flat();
  },

  'clients.list': async (_input, ctx): Promise<ClientSummary[]> => {
    const db = ctx.workspace().db;
    const counts = await activityCountsByClient(db);
    const kinds = new Map<number, ClientAttentionItem['kind'][]>();
    for (const item of await collectAttention(ctx, {})) {
      const list = kinds.get(item.clientId);
      if (list) list.push(item.kind);
      else kinds.set(item.clientId, [item.kind]);
    }
    return (await listClients(db)).map((client) => {
      const open = countByUrgency(kinds.get(client.id) ?? []);
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
