import type { ActivityStatus, AvvStatus, ProcessorWarning } from '../api';
import { addDays } from './calendar';

// When the AVV tracker warns (Art. 28 GDPR). Pure: today's date comes in, nothing is read.
// The Hamburg fine (docs/domain.md section 3) is the reason for the first rule: using a
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
 * - avv_missing: an active or draft activity uses it and no signed AVV covers it (a draft
 *   is listed apart: nothing is processed yet, but the contract must be there before);
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
  const named = (status: ActivityStatus) =>
    p.activities.filter((a) => a.status === status).map((a) => a.name);
  const active = named('active');
  const drafts = named('draft');
  if (active.length + drafts.length > 0 && !covered.includes(p.status)) {
    warnings.push({ kind: 'avv_missing', date: null, activities: active, draftActivities: drafts });
  }
  if (p.status === 'requested' && p.requestedOn && addDays(p.requestedOn, overdueDays) <= today) {
    warnings.push({
      kind: 'avv_request_overdue',
      date: p.requestedOn,
      activities: [],
      draftActivities: [],
    });
  }
  if (!closed.includes(p.status)) {
    if (p.reviewOn && p.reviewOn <= today) {
      warnings.push({
        kind: 'avv_review_due',
        date: p.reviewOn,
        activities: [],
        draftActivities: [],
      });
    }
    if (p.endsOn && p.endsOn <= today) {
      warnings.push({
        kind: 'avv_end_reached',
        date: p.endsOn,
        activities: [],
        draftActivities: [],
      });
    }
  }
  return warnings;
}

/** A date the tracker refuses, with the message key shown on its field. */
export interface AgreementDateProblem {
  field: 'signedOn';
  key: 'inFuture' | 'signedBeforeRequested';
}

/**
 * Dates that make no sense, refused: an AVV signed in the future (on `today`, the
 * calendar day in Europe/Berlin) or signed before it was requested.
 */
export function agreementDateProblems(
  a: { requestedOn: string | null; signedOn: string | null },
  today: string,
): AgreementDateProblem[] {
  if (!a.signedOn) return [];
  if (a.signedOn > today) return [{ field: 'signedOn', key: 'inFuture' }];
  if (a.requestedOn && a.signedOn < a.requestedOn) {
    return [{ field: 'signedOn', key: 'signedBeforeRequested' }];
  }
  return [];
}

/** How far ahead a review date may lie before the user is asked whether it is a typo. */
export const REVIEW_MAX_YEARS = 10;

/**
 * Dates that are probably typos, only warned about (shown next to the field): a review
 * date more than ten years after `today` or before the year 2000.
 */
export function reviewDateWarning(
  reviewOn: string | null | undefined,
  today: string,
): 'reviewFar' | 'reviewEarly' | null {
  if (!reviewOn || !/^\d{4}-\d{2}-\d{2}$/.test(reviewOn)) return null;
  if (reviewOn < '2000-01-01') return 'reviewEarly';
  const limit = `${Number(today.slice(0, 4)) + REVIEW_MAX_YEARS}${today.slice(4)}`;
  return reviewOn > limit ? 'reviewFar' : null;
}
