import Holidays from 'date-holidays';
import type { Land } from '../api';
import { addDays, addMonthsIso, daysBetween, weekday } from './calendar';

// The answer period of Art. 12(3) GDPR counted under Reg. (EEC, Euratom) 1182/71
// (docs/domain.md section 5):
// - Art. 3(1) subpara 2: the day of receipt is not counted, so a period "of one month"
//   ends on the day with the same number in the next month (Art. 3(2)(c));
// - if that month has no such day, the period ends on its last day;
// - Art. 3(3): weekends and holidays inside the period count;
// - Art. 3(4): a period ending on a Saturday, Sunday or public holiday ends at the end of the
//   next working day. The start is never moved, even when the request arrives on a Sunday.
//
// Holidays are the German public holidays nationwide plus those of the controller's Land
// (date-holidays, type 'public' only). DELIBERATE CHOICE: holidays that apply only in part
// of a Land (Corpus Christi in some municipalities of SN and TH, 15 August in the Catholic
// municipalities of BY) are NOT treated as holidays. A deadline is then never later than
// the one a court would compute for any municipality of that Land: counting them could
// push the due date one day too late where they do not apply. date-holidays marks them
// 'observance' for those Länder, so filtering on 'public' gives exactly this behaviour;
// the unit tests pin it down.

// Date arithmetic lives in calendar.ts; these names stay for the request rules' callers.
export { addDays, daysBetween };
/** Same day number N months later, capped at that month's last day (Art. 3(2)(c)). */
export const addMonthsCapped = addMonthsIso;

const holidayCache = new Map<string, Set<string>>();

/** The public holidays (nationwide + Land) of one year as `YYYY-MM-DD`. */
export function publicHolidays(land: Land, year: number): Set<string> {
  const key = `${land}-${year}`;
  let set = holidayCache.get(key);
  if (!set) {
    const calendar = new Holidays('DE', land);
    set = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidayCache.set(key, set);
  }
  return set;
}

export function isWorkingDay(ymd: string, land: Land): boolean {
  const day = weekday(ymd);
  if (day === 0 || day === 6) return false;
  return !publicHolidays(land, Number(ymd.slice(0, 4))).has(ymd);
}

/** Art. 3(4): the period ends at the end of the next working day. */
export function nextWorkingDay(ymd: string, land: Land): string {
  let day = ymd;
  while (!isWorkingDay(day, land)) day = addDays(day, 1);
  return day;
}

/** End of a period of `months` months starting with the event on `from`. */
export function periodEnd(from: string, months: number, land: Land): string {
  return nextWorkingDay(addMonthsCapped(from, months), land);
}

export interface RequestDeadlines {
  /** The one-month answer date of Art. 12(3) sentence 1. */
  oneMonth: string;
  /** Latest date to tell the requester of an extension (within the first month). */
  extensionNoticeBy: string;
  /** With an extension: receipt + 3 months. */
  extendedFromReceipt: string | null;
  /** With an extension: the one-month date + 2 further months. */
  extendedFromOneMonth: string | null;
  /** The date the app works to: the earlier of the two when extended (the safer reading). */
  due: string;
}

/**
 * The deadlines of a request received on `receivedOn` at a controller in `land`.
 * The two readings of the extension are both shown; the earlier one counts (docs/domain.md 5).
 */
export function requestDeadlines(receivedOn: string, land: Land, extended: boolean) {
  const oneMonth = periodEnd(receivedOn, 1, land);
  if (!extended) {
    return {
      oneMonth,
      extensionNoticeBy: oneMonth,
      extendedFromReceipt: null,
      extendedFromOneMonth: null,
      due: oneMonth,
    } satisfies RequestDeadlines;
  }
  const extendedFromReceipt = periodEnd(receivedOn, 3, land);
  const extendedFromOneMonth = periodEnd(oneMonth, 2, land);
  return {
    oneMonth,
    extensionNoticeBy: oneMonth,
    extendedFromReceipt,
    extendedFromOneMonth,
    due: extendedFromReceipt < extendedFromOneMonth ? extendedFromReceipt : extendedFromOneMonth,
  } satisfies RequestDeadlines;
}

/** Shown as "due soon" from this many days before the due date. */
export const DUE_SOON_DAYS = 7;

export type Urgency = 'overdue' | 'due_soon' | 'ok' | 'done';

/** Days left (0 = due today) and how urgent; a finished request is 'done'. */
export function urgencyOf(due: string, today: string, open: boolean) {
  const daysLeft = daysBetween(today, due);
  const urgency: Urgency = !open
    ? 'done'
    : daysLeft < 0
      ? 'overdue'
      : daysLeft <= DUE_SOON_DAYS
        ? 'due_soon'
        : 'ok';
  return { daysLeft, urgency };
}

/** Why an extension notice is refused, or null when it is in time (Art. 12(3) sentence 3). */
export function extensionProblem(
  receivedOn: string,
  noticeOn: string,
  land: Land,
): 'beforeReceipt' | 'extensionLate' | null {
  if (noticeOn < receivedOn) return 'beforeReceipt';
  return noticeOn > periodEnd(receivedOn, 1, land) ? 'extensionLate' : null;
}
