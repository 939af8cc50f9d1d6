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
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
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

/** `YYYY-MM-DD` moved by whole months, capped at the target month's last day (Art. 3(2)(c)). */
export function addMonthsIso(iso: string, months: number): string {
  return toIso(addMonths(fromIso(iso), months));
}

/** The day of the week of `YYYY-MM-DD`: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekday(iso: string): number {
  return (((fromIso(iso) + 4) % 7) + 7) % 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return fromIso(to) - fromIso(from);
}

// The legal calendar is German: a deadline ends at midnight in Germany, so "today" is the date
// in Europe/Berlin on every machine, a laptop set to New York or Auckland included.
/**
 * The calendar date (`YYYY-MM-DD`) in Europe/Berlin of an instant. Read through berlinClock,
 * whose offsets are cached per day: asking Intl per call is slow for an import of thousands.
 */
export function dateInBerlin(instant: Date | string): string {
  return berlinClock(instant).date;
}

/** Today (`YYYY-MM-DD`) as the German legal calendar counts it, whatever the machine's zone. */
export function todayInBerlin(now: Date = new Date()): string {
  return dateInBerlin(now);
}

// Instants. Hour periods (Art. 33(1): 72 hours) run in elapsed time: no weekend, holiday or
// daylight-saving shift, so they are counted on the UTC time line and only shown in Berlin.

const HOUR_MS = 3_600_000;

/** An instant moved by elapsed hours (UTC ISO, so the arithmetic has no zone). */
export function addHours(instant: string, hours: number): string {
  return new Date(Date.parse(instant) + hours * HOUR_MS).toISOString();
}

/** Elapsed hours from `from` to `to` (negative when `to` is earlier), with fractions. */
export function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / HOUR_MS;
}

const berlinParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The offset of Berlin from UTC in minutes at an instant, as the Intl time zone data says. */
function intlOffset(ms: number): number {
  const parts = berlinParts.formatToParts(new Date(ms));
  const n = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;
/** UTC day -> Berlin's offset that whole day, or NaN on a day the clocks change. */
const dayOffsets = new Map<number, number>();

/**
 * Berlin's UTC offset in minutes (60 or 120). Asking Intl is slow for a list of a thousand
 * breaches, and the offset changes at most once a day: each UTC day is asked once, at its
 * first and last millisecond, and only a day with a change is asked per instant.
 */
export function berlinOffsetMinutes(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  let offset = dayOffsets.get(day);
  if (offset === undefined) {
    const first = intlOffset(day * DAY_MS);
    offset = first === intlOffset((day + 1) * DAY_MS - 1) ? first : Number.NaN;
    if (dayOffsets.size > 20_000) dayOffsets.clear();
    dayOffsets.set(day, offset);
  }
  return Number.isNaN(offset) ? intlOffset(ms) : offset;
}

/** The wall-clock fields in Europe/Berlin of an instant, and its UTC offset in minutes. */
export function berlinClock(instant: string | Date): {
  date: string;
  time: string;
  seconds: string;
  offsetMinutes: number;
} {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const offsetMinutes = berlinOffsetMinutes(ms);
  const wall = new Date(ms + offsetMinutes * 60_000);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
  return { date, time, seconds: pad(wall.getUTCSeconds()), offsetMinutes };
}

/** An instant as ISO with the Berlin offset: "2026-03-31T10:15:00+02:00". */
export function toBerlinIso(instant: string | Date): string {
  const { date, time, seconds, offsetMinutes } = berlinClock(instant);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${date}T${time}:${seconds}${offset}`;
}

/**
 * A real Berlin wall-clock time, given as if it were UTC (Date.UTC of its fields), as the
 * instant in ms, read as berlinToInstant reads it: the summer reading when the instant it
 * names is in summer time, else the winter one (the spring gap and the later autumn hour).
 */
export function berlinWallToMs(wall: number): number {
  const summer = wall - 120 * 60_000;
  return berlinOffsetMinutes(summer) === 120 ? summer : wall - 60 * 60_000;
}

/**
 * A Berlin wall-clock time ("YYYY-MM-DD", "HH:MM") as a UTC instant. In the autumn hour that
 * happens twice the earlier one is taken (an earlier awareness never shortens the period);
 * a time in the spring gap is read with the winter offset (02:30 becomes 03:30 summer time).
 */
export function berlinToInstant(date: string, time: string): string {
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    h,
    min,
  );
  // A well-formed wall time is read by its offset alone, without formatting a clock twice
  // (an import reads thousands): the summer reading holds exactly when the instant it names
  // is in summer time, else the winter reading is taken, as the loop below would.
  const fields = new Date(wall);
  if (
    `${pad(fields.getUTCFullYear(), 4)}-${pad(fields.getUTCMonth() + 1)}-${pad(fields.getUTCDate())}` ===
      date &&
    `${pad(fields.getUTCHours())}:${pad(fields.getUTCMinutes())}` === time
  ) {
    return new Date(berlinWallToMs(wall)).toISOString();
  }
  // Berlin is UTC+1 or UTC+2: try the summer reading first, so the earlier instant wins.
  for (const offset of [120, 60]) {
    const candidate = new Date(wall - offset * 60_000);
    const clock = berlinClock(candidate);
    if (clock.date === date && clock.time === time) return candidate.toISOString();
  }
  return new Date(wall - 60 * 60_000).toISOString();
}

/** An instant as the Berlin wall-clock value of a `datetime-local` field: "2026-03-29T03:30". */
export function toBerlinLocal(instant: string | Date): string {
  const { date, time } = berlinClock(instant);
  return `${date}T${time}`;
}

/**
 * The date and wall-clock time (`HH:MM`) in Europe/Berlin of an instant: CET in winter, CEST
 * in summer, as a German user reads the clock when they note the time a letter went out.
 */
export function nowInBerlin(now: Date = new Date()): { date: string; time: string } {
  const { date, time } = berlinClock(now);
  return { date, time };
}
