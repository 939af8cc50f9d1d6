import type { CockpitItem } from '../../../core/api';
import { urgency as weight } from './attention';

export type CockpitOrder = 'urgency' | 'client';
export type Urgency = CockpitItem['urgency'];

export const urgencies: readonly Urgency[] = ['urgent', 'soon', 'review'];

export interface CockpitGroup {
  key: string;
  /** The urgency of the group (by urgency) or the client (by client). */
  urgency?: Urgency;
  clientId?: number;
  title: string;
  items: CockpitItem[];
}

// Dates of days ('2026-12-03') and instants ('2026-12-03T09:00:00Z') compare as text; an
// item without a date (an incomplete record) comes after the dated ones of its weight.
const byDate = (a: CockpitItem, b: CockpitItem) =>
  a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;

/**
 * By urgency: urgent, then soon, then to review; inside each, a passed deadline or running
 * clock before a missing record, then the earliest date first, then the client. The sort is
 * stable, so the server's order (by client, then as a client's home lists them) breaks ties.
 */
export function groupByUrgency(items: readonly CockpitItem[]): Omit<CockpitGroup, 'title'>[] {
  return urgencies
    .map((u) => ({
      key: u,
      urgency: u,
      items: items
        .filter((item) => item.urgency === u)
        .sort(
          (a, b) =>
            weight[a.kind] - weight[b.kind] ||
            byDate(a, b) ||
            a.clientName.localeCompare(b.clientName, 'de'),
        ),
    }))
    .filter((group) => group.items.length > 0);
}

/** By client: the clients in the server's order (by name), each with its items as its home lists them. */
export function groupByClient(items: readonly CockpitItem[]): CockpitGroup[] {
  const groups = new Map<number, CockpitGroup>();
  for (const item of items) {
    const group = groups.get(item.clientId);
    if (group) group.items.push(item);
    else
      groups.set(item.clientId, {
        key: `client-${item.clientId}`,
        clientId: item.clientId,
        title: item.clientName,
        items: [item],
      });
  }
  return [...groups.values()];
}

export function countByUrgency(items: readonly CockpitItem[]): Record<Urgency, number> {
  const counts: Record<Urgency, number> = { urgent: 0, soon: 0, review: 0 };
  for (const item of items) counts[item.urgency]++;
  return counts;
}
