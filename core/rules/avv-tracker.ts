import type { ActivityStatus, AvvStatus, ProcessorWarning } from '../api';
import { addDays } from './calendar';

// When the AVV tracker warns (Art. 28 GDPR). Pure: today's date comes in, nothing is read.
// The Hamburg fine (domain.md section 3) is the reason for the first rule: using a
// processor for an active processing without a signed contract is the breach itself.

/** Requests unanswered this long are flagged unless the client sets its own period. */
export const DEFAULT_REQUEST_OVERDUE_DAYS = 21;

/** Statuses under which processing on behalf may lawfully go on. */
const covered: readonly AvvStatus[] = ['signed', 'not_required'];
/** Statuses the user has closed: no review or end-date reminders any more. */
const closed: readonly AvvStatus[] = ['terminated', 'expired', 'not_required'];

export interface TrackerInput {
  status: AvvStatus;
  requestedOn: string | null;
  reviewOn: string | null;
  endsOn: string | null;
  activities: readonly { name: string; status: ActivityStatus }[];
}

/**
 * The warnings of one processor on `today` (YYYY-MM-DD, the user's calendar day):
 * - avv_missing: an active activity uses it and no signed AVV covers it (draft activities
 *   do not count: nothing is processed yet);
 * - avv_request_overdue: requested `overdueDays` or more days ago and still only requested;
 * - avv_review_due / avv_end_reached: the review or end date has come, unless the
 *   agreement is already closed.
 */
export function trackerWarnings(
  p: TrackerInput,
  today: string,
  overdueDays = DEFAULT_REQUEST_OVERDUE_DAYS,
): ProcessorWarning[] {
  const warnings: ProcessorWarning[] = [];
  const active = p.activities.filter((a) => a.status === 'active').map((a) => a.name);
  if (active.length > 0 && !covered.includes(p.status)) {
    warnings.push({ kind: 'avv_missing', date: null, activities: active });
  }
  if (p.status === 'requested' && p.requestedOn && addDays(p.requestedOn, overdueDays) <= today) {
    warnings.push({ kind: 'avv_request_overdue', date: p.requestedOn, activities: [] });
  }
  if (!closed.includes(p.status)) {
    if (p.reviewOn && p.reviewOn <= today) {
      warnings.push({ kind: 'avv_review_due', date: p.reviewOn, activities: [] });
    }
    if (p.endsOn && p.endsOn <= today) {
      warnings.push({ kind: 'avv_end_reached', date: p.endsOn, activities: [] });
    }
  }
  return warnings;
}
