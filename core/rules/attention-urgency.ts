import type { AttentionItem } from '../api';

// How urgent an item on the home screen or the cockpit is, and the traffic light of a
// client: one rule, read by the client list, the switcher and the cockpit alike.

export type Urgency = 'urgent' | 'soon' | 'review';
export type TrafficLight = 'red' | 'amber' | 'green';

/**
 * urgent: a date has passed or a legal clock runs (Art. 33's 72 hours, Art. 12(3)'s month),
 * or processing goes on without a signed AVV (the breach itself, docs/domain.md 3);
 * soon: a date comes within the warning period; review: a record to complete or confirm.
 */
const urgencyOf: Record<AttentionItem['kind'], Urgency> = {
  breach_clock_passed: 'urgent',
  breach_clock_running: 'urgent',
  request_overdue: 'urgent',
  avv_missing: 'urgent',
  review_due: 'urgent',
  avv_end_reached: 'urgent',
  avv_review_due: 'urgent',
  avv_request_overdue: 'urgent',
  deletion_run_overdue: 'urgent',
  closed_requests_due: 'urgent',
  // A DPIA is owed before the processing (Art. 35(1)): like a missing AVV, the duty is open now.
  dpia_needed: 'urgent',
  request_due_soon: 'soon',
  review_soon: 'soon',
  register_empty: 'review',
  activity_incomplete: 'review',
  activity_unconfirmed: 'review',
  activity_draft: 'review',
  reply_to_review: 'review',
};

export const attentionUrgency = (kind: AttentionItem['kind']): Urgency => urgencyOf[kind];

export const urgencyOrder: readonly Urgency[] = ['urgent', 'soon', 'review'];

export type UrgencyCounts = Record<Urgency, number>;

export function countByUrgency(kinds: Iterable<AttentionItem['kind']>): UrgencyCounts {
  const counts: UrgencyCounts = { urgent: 0, soon: 0, review: 0 };
  for (const kind of kinds) counts[urgencyOf[kind]]++;
  return counts;
}

/** Red: something urgent; amber: something coming up or to review; green: nothing open. */
export function trafficLight(counts: UrgencyCounts): TrafficLight {
  if (counts.urgent > 0) return 'red';
  if (counts.soon + counts.review > 0) return 'amber';
  return 'green';
}
