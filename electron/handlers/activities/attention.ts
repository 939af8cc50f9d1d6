import { addDays, todayInBerlin } from '../../../core/rules/calendar';
import {
  activitiesNeedingAttention,
  clientsWithoutCurrentActivities,
  draftActivities,
} from '../../../db/repos/completeness-facts.repo';
import type { AttentionProvider, ClientAttentionItem } from '../home/attention';

/** How far ahead a review date is shown as coming up. */
const REVIEW_SOON_DAYS = 30;

/**
 * The register: a client without a current activity (the register is owed, not "all
 * complete"), activities with missing or unconfirmed items (the stored completeness,
 * kept up to date on write), reviews that are due or come within 30 days, and drafts still
 * to be confirmed as active once nothing else is missing (the register lists them, but
 * nobody has said they take place).
 */
export const activityAttention: AttentionProvider = async (ctx, scope) => {
  const db = ctx.workspace().db;
  const today = todayInBerlin(ctx.now());
  const soon = addDays(today, REVIEW_SOON_DAYS);
  const items: ClientAttentionItem[] = [];
  // A draft that still lacks content already shows why: "confirm the draft" comes once the
  // rest is whole, so a new draft is one item, not three.
  const waiting = new Set<number>();
  for (const client of await clientsWithoutCurrentActivities(db, scope.clientId)) {
    items.push({
      kind: 'register_empty',
      clientId: client.id,
      entity: 'client',
      entityId: client.id,
      title: client.name,
      date: null,
      details: [],
    });
  }
  for (const a of await activitiesNeedingAttention(db, { clientId: scope.clientId, soon })) {
    const base = {
      clientId: a.clientId,
      entity: 'activity' as const,
      entityId: a.id,
      title: a.name,
    };
    if (a.missing.length > 0 || a.unconfirmed.length > 0) waiting.add(a.id);
    if (a.missing.length > 0) {
      items.push({ ...base, kind: 'activity_incomplete', date: null, details: a.missing });
    }
    if (a.unconfirmed.length > 0) {
      items.push({ ...base, kind: 'activity_unconfirmed', date: null, details: a.unconfirmed });
    }
    if (a.nextReview && a.nextReview <= today) {
      items.push({ ...base, kind: 'review_due', date: a.nextReview, details: [] });
    } else if (a.nextReview && a.nextReview <= soon) {
      items.push({ ...base, kind: 'review_soon', date: a.nextReview, details: [] });
    }
  }
  for (const a of await draftActivities(db, scope.clientId)) {
    if (waiting.has(a.id)) continue;
    items.push({
      kind: 'activity_draft',
      clientId: a.client_id,
      entity: 'activity',
      entityId: a.id,
      title: a.name,
      date: null,
      details: [],
    });
  }
  return items;
};
