import type { PeriodUnit, RegularPeriod, RunInterval, StartEvent } from '../api';
import { addMonths, endOfYear, fromIso, toIso } from './calendar';

// Retention due dates (DIN 66398, docs/domain.md section 7). Pure functions on ISO dates.
//
// - Vorhaltefrist: the start event's date + the period. With `yearEnd` the period begins
//   at the end of the calendar year of the start event (§ 257(5) HGB, § 147(4) AO), so an
//   invoice of 15 Mar 2025 kept 8 years is kept until 31 Dec 2033.
// - The data may be deleted from the day after the Vorhaltefrist, and must be gone by the
//   end of the Regellöschfrist = Vorhaltefrist + one deletion run interval.
// - A statutory change (BEG IV: Buchungsbelege 10 -> 8 years since 1 Jan 2025) applies to
//   every document whose old period had not expired by the change: such a document is
//   deletable at the earlier of the old date and max(new date, day of the change).

export interface Period {
  amount: number;
  unit: PeriodUnit;
}

/** A statutory change of the period: the amount before, and the day the new one applies. */
export interface PeriodChange {
  changedOn: string;
  previousAmount: number;
}

export interface RetentionSpec {
  periodAmount: number;
  periodUnit: PeriodUnit;
  yearEnd: boolean;
  runInterval: RunInterval;
  change?: PeriodChange | null;
}

const intervalMonths: Record<RunInterval, number> = {
  daily: 0,
  weekly: 0,
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};
const intervalDays: Record<RunInterval, number> = {
  daily: 1,
  weekly: 7,
  monthly: 0,
  quarterly: 0,
  half_yearly: 0,
  yearly: 0,
};

/** Adds a period to a day number; months and years count like Reg. 1182/71. */
export function addPeriod(day: number, amount: number, unit: PeriodUnit): number {
  if (unit === 'days') return day + amount;
  return addMonths(day, unit === 'years' ? amount * 12 : amount);
}

export function addInterval(day: number, interval: RunInterval): number {
  return addMonths(day, intervalMonths[interval]) + intervalDays[interval];
}

/** Last day to keep, as a day number, for one period amount. */
function keepUntilDay(start: number, amount: number, spec: RetentionSpec): number {
  const from = spec.yearEnd ? endOfYear(start) : start;
  return addPeriod(from, amount, spec.periodUnit);
}

/** First day the data may be deleted, as a day number (the core of the calculator). */
export function deletableFromDay(start: number, spec: RetentionSpec): number {
  const current = keepUntilDay(start, spec.periodAmount, spec) + 1;
  if (!spec.change) return current;
  const previous = keepUntilDay(start, spec.change.previousAmount, spec) + 1;
  return Math.min(previous, Math.max(current, fromIso(spec.change.changedOn)));
}

export interface RetentionDates {
  keepUntil: string;
  deletableFrom: string;
  deleteBy: string;
}

/** The calculator: given the date of the start event, when the data may and must go. */
export function retentionDates(startDate: string, spec: RetentionSpec): RetentionDates {
  const deletable = deletableFromDay(fromIso(startDate), spec);
  return {
    keepUntil: toIso(deletable - 1),
    deletableFrom: toIso(deletable),
    deleteBy: toIso(addInterval(deletable - 1, spec.runInterval)),
  };
}

/**
 * Regellöschfrist = Vorhaltefrist + one run interval (DIN 66398: 24 months kept + a
 * monthly run = 25 months), in whole months plus days.
 */
export function regularPeriod(spec: RetentionSpec): RegularPeriod {
  const base =
    spec.periodUnit === 'days'
      ? { months: 0, days: spec.periodAmount }
      : { months: spec.periodAmount * (spec.periodUnit === 'years' ? 12 : 1), days: 0 };
  return {
    months: base.months + intervalMonths[spec.runInterval],
    days: base.days + intervalDays[spec.runInterval],
  };
}

/** Stable key of a standard period (Standardlöschfrist) for the classes matrix. */
export const periodKey = (p: RegularPeriod, yearEnd: boolean) =>
  `${p.months}m${p.days}d${yearEnd ? 'Y' : ''}`;

/** Sort order of standard periods: by length (a month as 30.44 days), year-end after. */
export const periodLength = (p: RegularPeriod, yearEnd: boolean) =>
  p.months * 30.44 + p.days + (yearEnd ? 0.5 : 0);

export interface ClassRule {
  id: number;
  startEvent: StartEvent;
  regularPeriod: RegularPeriod;
  yearEnd: boolean;
}

/** The DIN 66398 matrix: the standard periods in use as columns, start types as rows. */
export function deletionClassMatrix(
  rules: readonly ClassRule[],
  startEvents: readonly StartEvent[],
) {
  const periods = new Map<string, RegularPeriod & { yearEnd: boolean; key: string }>();
  for (const r of rules) {
    const key = periodKey(r.regularPeriod, r.yearEnd);
    periods.set(key, { ...r.regularPeriod, yearEnd: r.yearEnd, key });
  }
  const sorted = [...periods.values()].sort(
    (a, b) => periodLength(a, a.yearEnd) - periodLength(b, b.yearEnd),
  );
  const cells = startEvents.flatMap((startEvent) =>
    sorted.map((p) => ({
      startEvent,
      periodKey: p.key,
      ruleIds: rules
        .filter(
          (r) => r.startEvent === startEvent && periodKey(r.regularPeriod, r.yearEnd) === p.key,
        )
        .map((r) => r.id),
    })),
  );
  return { periods: sorted, cells };
}

/**
 * The start dates whose data becomes deletable within [from, to]: the smallest start with
 * deletableFrom >= from and the largest with deletableFrom <= to, by binary search (the
 * calculator is monotone in the start date). Null when nothing becomes deletable.
 */
export function cohort(
  from: string,
  to: string,
  spec: RetentionSpec,
): { from: string; to: string } | null {
  const a = fromIso(from);
  const b = fromIso(to);
  const f = (s: number) => deletableFromDay(s, spec);
  // deletableFrom > start, and at most ~ the longest period (old or new) plus a year later.
  const longest = Math.max(spec.periodAmount, spec.change?.previousAmount ?? 0);
  const span =
    spec.periodUnit === 'days' ? longest : longest * (spec.periodUnit === 'years' ? 366 : 31);
  let lo = a - span - 800;
  let hi = b;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (f(mid) >= a) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  lo = first - 1;
  hi = b;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (f(mid) <= b) lo = mid;
    else hi = mid - 1;
  }
  const last = lo;
  if (last < first) return null;
  return { from: toIso(first), to: toIso(last) };
}

/** The day a run is next due: one interval after the last run (or after the rule began). */
export function nextRunDue(lastRunOrStart: string, interval: RunInterval): string {
  return toIso(addInterval(fromIso(lastRunOrStart), interval));
}

/** First and last day of a month ("2026-03") or of the quarter starting with it. */
export function planSpan(month: string, span: 'month' | 'quarter'): { from: string; to: string } {
  const start = fromIso(`${month}-01`);
  const end = addMonths(start, span === 'month' ? 1 : 3) - 1;
  return { from: toIso(start), to: toIso(end) };
}
