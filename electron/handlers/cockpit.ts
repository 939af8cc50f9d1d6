import type { CockpitItem, OrganisationSummary } from '../../core/api';
import { attentionUrgency, countByUrgency, trafficLight } from '../../core/rules/attention-urgency';
import { activityCountsByClient } from '../../db/repos/completeness-facts.repo';
import { findOrganisation, listOrganisations } from '../../db/repos/organisations.repo';
import { collectAttention, type ClientAttentionItem } from './attention';
import type { Handlers } from './context';
import { found } from './support';

type HomeHandlers = Pick<Handlers, 'home.attention' | 'home.cockpit' | 'organisations.list'>;

/** An item as one client's home lists it: without the client it belongs to. */
const withoutClient = ({ orgId: _orgId, ...item }: ClientAttentionItem) => item;

export const homeHandlers: HomeHandlers = {
  'home.attention': async ({ orgId }, ctx) => {
    found(await findOrganisation(ctx.workspace().db, orgId), 'organisation');
    return (await collectAttention(ctx, { orgId })).map(withoutClient);
  },

  // The providers run once over every client; each reads only its candidates in SQL.
  'home.cockpit': async (_input, ctx) => {
    const orgs = await listOrganisations(ctx.workspace().db);
    const byClient = new Map<number, CockpitItem[]>(orgs.map((o) => [o.id, []]));
    const names = new Map(orgs.map((o) => [o.id, o.name]));
    for (const item of await collectAttention(ctx, {})) {
      byClient.get(item.orgId)?.push({
        ...item,
        orgName: names.get(item.orgId) ?? '',
        urgency: attentionUrgency(item.kind),
      });
    }
    return [...byClient.values()].flat();
  },

  'organisations.list': async (_input, ctx): Promise<OrganisationSummary[]> => {
    const db = ctx.workspace().db;
    const counts = await activityCountsByClient(db);
    const kinds = new Map<number, ClientAttentionItem['kind'][]>();
    for (const item of await collectAttention(ctx, {})) {
      const list = kinds.get(item.orgId);
      if (list) list.push(item.kind);
      else kinds.set(item.orgId, [item.kind]);
    }
    return (await listOrganisations(db)).map((org) => {
      const open = countByUrgency(kinds.get(org.id) ?? []);
      const activities = counts.get(org.id) ?? { total: 0, incomplete: 0 };
      return {
        id: org.id,
        name: org.name,
        city: org.city,
        land: org.land,
        activityCount: activities.total,
        incompleteCount: activities.incomplete,
        open,
        light: trafficLight(open),
      };
    });
  },
};
