import type { AttentionItem } from '../../core/api';
import { addDays, todayInBerlin } from '../../core/rules/calendar';
import { listStoredActivities } from '../../db/repos/activities.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import { withCompleteness } from './activity-store';
import type { HandlerContext } from './context';
import { breachAttention } from './breaches/attention';
import { requestAttention } from './dsar-attention';
import { processorAttention } from './processor-attention';
import { retentionAttention } from './retention-attention';
import { found } from './support';

/** Each module contributes what needs attention on a client's home screen. */
export type AttentionProvider = (ctx: HandlerContext, orgId: number) => Promise<AttentionItem[]>;

/** How far ahead a review date is shown as coming up. */
const REVIEW_SOON_DAYS = 30;

const activityAttention: AttentionProvider = async (ctx, orgId) => {
  const db = ctx.workspace().db;
  const org = found(await findOrganisation(db, orgId), 'organisation');
  const today = todayInBerlin(ctx.now());
  const soon = addDays(today, REVIEW_SOON_DAYS);
  const items: AttentionItem[] = [];
  const current = (await listStoredActivities(db, orgId)).filter((a) => a.status !== 'archived');
  // No activity yet is the first thing to do, not "all complete": the register is owed.
  if (current.length === 0) {
    items.push({
      kind: 'register_empty',
      entity: 'organisation',
      entityId: orgId,
      title: org.name,
      date: null,
      details: [],
    });
  }
  for (const stored of current) {
    const a = withCompleteness(stored, org);
    const base = { entity: 'activity' as const, entityId: a.id, title: a.name };
    const { missing, unconfirmed } = a.completeness;
    if (missing.length > 0) {
      items.push({ ...base, kind: 'activity_incomplete', date: null, details: missing });
    }
    if (unconfirmed.length > 0) {
      items.push({ ...base, kind: 'activity_unconfirmed', date: null, details: unconfirmed });
    }
    if (a.nextReview && a.nextReview <= today) {
      items.push({ ...base, kind: 'review_due', date: a.nextReview, details: [] });
    } else if (a.nextReview && a.nextReview <= soon) {
      items.push({ ...base, kind: 'review_soon', date: a.nextReview, details: [] });
    }
  }
  return items;
};

/** Register a module's provider here (one line each). */
export const attentionProviders: AttentionProvider[] = [
  activityAttention,
  retentionAttention,
  processorAttention,
  requestAttention,
  breachAttention,
];

/** Overdue and legally risky first, then incomplete records, then what is coming up. */
const rank: Record<AttentionItem['kind'], number> = {
  breach_clock_passed: 0,
  breach_clock_running: 0,
  request_overdue: 0,
  register_empty: 1,
  avv_missing: 1,
  review_due: 2,
  avv_end_reached: 2,
  avv_review_due: 3,
  avv_request_overdue: 3,
  deletion_run_overdue: 3,
  closed_requests_due: 3,
  activity_incomplete: 4,
  activity_unconfirmed: 4,
  request_due_soon: 5,
  review_soon: 6,
};
export const attentionRank = (item: AttentionItem) => rank[item.kind];
