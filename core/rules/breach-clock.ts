import type { BreachDeadlines, RiskLevel, ValidationKey } from '../api';
import { addHours, hoursBetween, toBerlinIso } from './calendar';

// The Art. 33(1) clock. The authority is notified where feasible within 72 hours after the
// controller became aware: an hour period, so it runs in elapsed time with no weekend,
// holiday or daylight-saving shift (Reg. 1182/71 Art. 3(4) does not apply to hours), and
// conservatively from the minute of awareness (docs/domain.md section 5).

export const AUTHORITY_HOURS = 72;

/** A problem with a value, as the path of the field and a validation key. */
export interface Problem {
  path: string;
  key: ValidationKey;
}

const ms = (instant: string) => Date.parse(instant);
const HOUR_MS = 3_600_000;
const utc = (instant: string) => new Date(instant).toISOString();

/**
 * Where the 72 hours start: the awareness, or the processor's notice if it came earlier.
 * Once its processor has told it (Art. 33(2)), the controller is aware (EDPB 9/2022, section II.A.4).
 */
export function clockStart(awareAt: string, processorNoticeAt: string | null): string {
  if (processorNoticeAt && ms(processorNoticeAt) < ms(awareAt)) return utc(processorNoticeAt);
  return utc(awareAt);
}

/** The start + 72 elapsed hours (UTC ISO). */
export const authorityDeadline = (start: string): string => addHours(start, AUTHORITY_HOURS);

/** A notice after the 72 hours (to the minute) must give the reasons for the delay. */
export const isLateNotice = (start: string, noticeAt: string): boolean =>
  ms(noticeAt) > ms(authorityDeadline(start));

export interface ClockFacts {
  awareAt: string;
  processorAwareAt: string | null;
  processorNoticeAt: string | null;
  firstNoticeAt: string | null;
  level: RiskLevel | null;
  closed: boolean;
}

/**
 * The deadline as the screen and the documents show it. The clock runs until the first
 * notice, unless the breach is closed or assessed as unlikely to result in a risk; an
 * unassessed breach counts as one that must be notified.
 */
export function breachClock(facts: ClockFacts, now: Date): BreachDeadlines {
  // On the time line in milliseconds: the log computes this for a thousand breaches at once.
  const aware = ms(facts.awareAt);
  const notice = facts.processorNoticeAt ? ms(facts.processorNoticeAt) : Number.POSITIVE_INFINITY;
  const start = Math.min(aware, notice);
  const deadline = start + AUTHORITY_HOURS * HOUR_MS;
  const clockRuns = !facts.closed && facts.firstNoticeAt === null && facts.level !== 'none';
  const left = (deadline - now.getTime()) / HOUR_MS;
  const late = facts.firstNoticeAt ? ms(facts.firstNoticeAt) > deadline : clockRuns && left < 0;
  const delay =
    facts.processorAwareAt && facts.processorNoticeAt
      ? Math.round(hoursBetween(facts.processorAwareAt, facts.processorNoticeAt) * 10) / 10
      : null;
  return {
    clockStart: toBerlinIso(new Date(start)),
    authorityBy: toBerlinIso(new Date(deadline)),
    // Whole hours still left: 5 h 59 min is "5 hours", never rounded up.
    hoursLeft: clockRuns ? Math.floor(left) : null,
    clockRuns,
    late,
    processorDelayHours: delay,
  };
}

export interface TimeFacts {
  occurredFrom: string | null;
  occurredTo: string | null;
  awareAt: string;
  atProcessorId: number | null;
  processorAwareAt: string | null;
  processorNoticeAt: string | null;
}

/** A minute of leeway for the clock of the machine that typed the time. */
const LEEWAY_MS = 60_000;

/** The times of a breach must lie in order: occurrence, awareness, the notices after. */
export function timeProblems(
  v: TimeFacts,
  now: Date,
  firstNoticeAt: string | null = null,
): Problem[] {
  const problems: Problem[] = [];
  const future = (value: string | null) => value !== null && ms(value) > now.getTime() + LEEWAY_MS;
  for (const path of ['occurredFrom', 'occurredTo', 'awareAt', 'processorNoticeAt'] as const) {
    if (future(v[path])) problems.push({ path, key: 'timeInFuture' });
  }
  if (v.occurredFrom && v.occurredTo && ms(v.occurredTo) < ms(v.occurredFrom)) {
    problems.push({ path: 'occurredTo', key: 'occurredToBeforeFrom' });
  }
  if (v.occurredFrom && ms(v.awareAt) < ms(v.occurredFrom)) {
    problems.push({ path: 'awareAt', key: 'awareBeforeOccurrence' });
  }
  if ((v.processorNoticeAt || v.processorAwareAt) && v.atProcessorId === null) {
    problems.push({ path: 'atProcessorId', key: 'processorNoticeWithoutProcessor' });
  }
  if (
    v.processorAwareAt &&
    v.processorNoticeAt &&
    ms(v.processorAwareAt) > ms(v.processorNoticeAt)
  ) {
    problems.push({ path: 'processorAwareAt', key: 'processorAwareAfterNotice' });
  }
  if (v.processorNoticeAt && v.occurredFrom && ms(v.processorNoticeAt) < ms(v.occurredFrom)) {
    problems.push({ path: 'processorNoticeAt', key: 'processorNoticeBeforeOccurrence' });
  }
  if (firstNoticeAt && ms(clockStart(v.awareAt, v.processorNoticeAt)) > ms(firstNoticeAt)) {
    problems.push({ path: 'awareAt', key: 'timesAfterNotice' });
  }
  return problems;
}

export interface NoticeFacts {
  kind: 'first' | 'followup';
  at: string;
  delayReason: string;
}

/** A notice to the authority: after awareness, one first notice, follow-ups after it. */
export function noticeProblems(
  notice: NoticeFacts,
  start: string,
  firstNoticeAt: string | null,
  now: Date,
): Problem[] {
  const problems: Problem[] = [];
  if (ms(notice.at) > now.getTime() + LEEWAY_MS) problems.push({ path: 'at', key: 'timeInFuture' });
  if (ms(notice.at) < ms(start)) problems.push({ path: 'at', key: 'noticeBeforeAwareness' });
  if (notice.kind === 'first') {
    if (firstNoticeAt) problems.push({ path: 'kind', key: 'firstNoticeExists' });
    else if (isLateNotice(start, notice.at) && notice.delayReason.trim() === '') {
      problems.push({ path: 'delayReason', key: 'lateNeedsReason' });
    }
  } else if (!firstNoticeAt) {
    problems.push({ path: 'kind', key: 'followupNeedsFirst' });
  } else if (ms(notice.at) < ms(firstNoticeAt)) {
    problems.push({ path: 'at', key: 'followupBeforeFirst' });
  }
  return problems;
}

/** Telling the data subjects (Art. 34) comes after awareness and not in the future. */
export function informProblems(at: string, start: string, now: Date): Problem[] {
  if (ms(at) > now.getTime() + LEEWAY_MS) return [{ path: 'at', key: 'timeInFuture' }];
  if (ms(at) < ms(start)) return [{ path: 'at', key: 'informBeforeAwareness' }];
  return [];
}
