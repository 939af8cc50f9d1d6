// Calendar arithmetic on day numbers (days since 1970-01-01), without Date objects: the
// deletion plan runs this tens of thousands of times, and day numbers have no time zone.
// Algorithms after Howard Hinnant, "chrono-compatible low-level date algorithms".

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function toIso(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `YYYY-MM-DD` to a day number (the caller has validated the string). */
export function fromIso(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * Adds whole months the way Reg. 1182/71 Art. 3(2)(c) counts them: the same day number in
 * the target month, or its last day when the month is shorter (31 Jan + 1 month = 28/29 Feb).
 */
export function addMonths(days: number, months: number): number {
  const { y, m, d } = civilFromDays(days);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return daysFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** 31 December of the day's calendar year. */
export function endOfYear(days: number): number {
  return daysFromCivil(civilFromDays(days).y, 12, 31);
}

export function startOfMonth(year: number, month: number): number {
  return daysFromCivil(year, month, 1);
}

/** `YYYY-MM-DD` moved by whole days (negative goes back). */
export function addDays(iso: string, days: number): string {
  return toIso(fromIso(iso) + days);
}

// The legal calendar is German: a deadline ends at midnight in Germany, so "today" is the date
// in Europe/Berlin on every machine, a laptop set to New York or Auckland included.
const berlinDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (`YYYY-MM-DD`) in Europe/Berlin of an instant. */
export function dateInBerlin(instant: Date | string): string {
  const parts = berlinDay.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today (`YYYY-MM-DD`) as the German legal calendar counts it, whatever the machine's zone. */
export function todayInBerlin(now: Date = new Date()): string {
  return dateInBerlin(now);
}

const berlinClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The date and wall-clock time (`HH:MM`) in Europe/Berlin of an instant: CET in winter, CEST
 * in summer, as a German user reads the clock when they note the time a letter went out.
 */
export function nowInBerlin(now: Date = new Date()): { date: string; time: string } {
  const parts = berlinClock.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: dateInBerlin(now), time: `${part('hour')}:${part('minute')}` };
}
