// A review date is the user's own reminder, so an odd one is worth a word but not a refusal:
// "2205-01-01" or "1925-01-01" is almost always a typo for 2025, and a reminder that lies
// decades away never reminds anyone.

/** How far ahead a review date may lie before it looks like a typo. */
export const REVIEW_MAX_YEARS_AHEAD = 10;
/** A review date before this day cannot be meant (the GDPR applies from 2018). */
export const REVIEW_EARLIEST = '2000-01-01';

export type ReviewDateWarning = 'tooFar' | 'tooEarly';

/** Why a review date looks wrong, or null; `today` is the calendar day (YYYY-MM-DD). */
export function reviewDateWarning(
  nextReview: string | null | undefined,
  today: string,
): ReviewDateWarning | null {
  if (!nextReview || !/^\d{4}-\d{2}-\d{2}$/.test(nextReview)) return null;
  if (nextReview < REVIEW_EARLIEST) return 'tooEarly';
  const limit = `${String(Number(today.slice(0, 4)) + REVIEW_MAX_YEARS_AHEAD).padStart(4, '0')}${today.slice(4)}`;
  return nextReview > limit ? 'tooFar' : null;
}
