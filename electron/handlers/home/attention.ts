import type { AttentionItem } from '../../../core/api';
import type { HandlerContext } from '../context';
import { activityAttention } from '../activities/attention';
import { breachAttention } from '../breaches/attention';
import { dpiaAttention } from '../dpia/attention';
import { requestAttention } from '../requests/attention';
import { processorAttention } from '../processors/attention';
import { retentionAttention } from '../retention/attention';

/** One client's items (clientId) or every client's at once (the cockpit): the same rules. */
export interface AttentionScope {
  clientId?: number;
}

/** An attention item with the client it belongs to. */
export type ClientAttentionItem = AttentionItem & { clientId: number };

/**
 * Each module contributes what needs attention, for one client or for all of them. Each
 * narrows its rows in SQL, so the cockpit over a hundred clients reads only the candidates.
 */
export type AttentionProvider = (
  ctx: HandlerContext,
  scope: AttentionScope,
) => Promise<ClientAttentionItem[]>;

/** Register a module's provider here (one line each). */
export const attentionProviders: AttentionProvider[] = [
  activityAttention,
  retentionAttention,
  processorAttention,
  requestAttention,
  breachAttention,
  dpiaAttention,
];

/** Overdue and legally risky first, then incomplete records, then what is coming up. */
const rank: Record<AttentionItem['kind'], number> = {
  breach_clock_passed: 0,
  breach_clock_running: 0,
  request_overdue: 0,
  register_empty: 1,
  avv_missing: 1,
  dpia_needed: 1,
  review_due: 2,
  avv_end_reached: 2,
  avv_review_due: 3,
  avv_request_overdue: 3,
  deletion_run_overdue: 3,
  closed_requests_due: 3,
  activity_incomplete: 4,
  activity_unconfirmed: 4,
  activity_draft: 4,
  reply_to_review: 4,
  request_due_soon: 5,
  review_soon: 6,
};
export const attentionRank = (item: AttentionItem) => rank[item.kind];

const byTitle = new Intl.Collator('de');

/** The home screen's order: by rank, then title; kind and record keep ties stable. */
export function compareAttention(x: AttentionItem, y: AttentionItem): number {
  return (
    rank[x.kind] - rank[y.kind] ||
    byTitle.compare(x.title, y.title) ||
    (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0) ||
    x.entityId - y.entityId
  );
}

/** Every item of the scope, in the home screen's order. */
export async function collectAttention(
  ctx: HandlerContext,
  scope: AttentionScope,
): Promise<ClientAttentionItem[]> {
  const items = (
    await Promise.all(attentionProviders.map((provider) => provider(ctx, scope)))
  ).flat();
  return items.sort(compareAttention);
}
