import { describe, expect, it } from 'vitest';
import { berlinClock, berlinToInstant, nowInBerlin } from '../../core/rules/calendar';

// The clock a German user reads when noting when a reply went out: CET in winter, CEST in
// summer, switching at 01:00 UTC on the last Sundays of March and October.

describe('nowInBerlin', () => {
  it.each([
    ['winter (CET, UTC+1)', '2025-02-10T10:00:00Z', '2025-02-10', '11:00'],
    ['summer (CEST, UTC+2)', '2025-07-10T10:00:00Z', '2025-07-10', '12:00'],
    ['the last minute before the clocks go forward', '2026-03-29T00:59:00Z', '2026-03-29', '01:59'],
    ['the first minute after they went forward', '2026-03-29T01:00:00Z', '2026-03-29', '03:00'],
    ['the last minute before the clocks go back', '2026-10-25T00:59:00Z', '2026-10-25', '02:59'],
    ['the first minute after they went back', '2026-10-25T01:00:00Z', '2026-10-25', '02:00'],
    ['midnight, already the next day in Berlin', '2026-12-31T23:30:00Z', '2027-01-01', '00:30'],
    ['midnight in summer', '2026-06-30T22:00:00Z', '2026-07-01', '00:00'],
  ])('reads %s', (_, instant, date, time) => {
    expect(nowInBerlin(new Date(instant))).toEqual({ date, time });
  });

  it('does not depend on the zone of the machine', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(nowInBerlin(new Date('2026-12-02T03:00:00Z'))).toEqual({
        date: '2026-12-02',
        time: '04:00',
      });
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

// The reading before it took the offset directly: format the clock of both candidates.
function berlinToInstantByClock(date: string, time: string): string {
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), h, min);
  for (const offset of [120, 60]) {
    const candidate = new Date(wall - offset * 60_000);
    const clock = berlinClock(candidate);
    if (clock.date === date && clock.time === time) return candidate.toISOString();
  }
  return new Date(wall - 60 * 60_000).toISOString();
}

describe('berlinToInstant', () => {
  it.each([
    ['winter', '2025-02-10', '11:00', '2025-02-10T10:00:00.000Z'],
    ['summer', '2025-07-10', '12:00', '2025-07-10T10:00:00.000Z'],
    [
      'the spring gap, read with the winter offset',
      '2026-03-29',
      '02:30',
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'the autumn double hour, the earlier reading',
      '2026-10-25',
      '02:30',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'the first minute after the clocks went back',
      '2026-10-25',
      '03:00',
      '2026-10-25T02:00:00.000Z',
    ],
  ])('reads %s', (_, date, time, instant) => {
    expect(berlinToInstant(date, time)).toBe(instant);
  });

  it('reads every minute of the changeover days, and a year in steps, as the clock does', () => {
    const walls: [string, string][] = [];
    const add = (ms: number) => {
      const iso = new Date(ms).toISOString();
      walls.push([iso.slice(0, 10), iso.slice(11, 16)]);
    };
    for (const day of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25']) {
      const start = Date.parse(`${day}T00:00:00Z`);
      for (let m = 0; m < 24 * 60; m++) add(start + m * 60_000);
    }
    const year = Date.parse('2026-01-01T00:00:00Z');
    for (let m = 0; m < 366 * 24 * 60; m += 37) add(year + m * 60_000);
    const differing = walls.filter(
      ([d, t]) => berlinToInstant(d, t) !== berlinToInstantByClock(d, t),
    );
    expect(differing).toEqual([]);
  });

  it('reads a date or time that is not written as the clock writes it as before', () => {
    for (const [d, t] of [
      ['2025-02-30', '10:00'],
      ['2025-06-31', '10:00'],
      ['2025-07-10', '9:05'],
      ['2025-07-10', '24:00'],
      ['2025-07-10', '12:60'],
    ] as const) {
      expect(berlinToInstant(d, t)).toBe(berlinToInstantByClock(d, t));
    }
  });
});
