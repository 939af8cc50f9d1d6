import { describe, expect, it } from 'vitest';
import { nowInBerlin } from '../../core/rules/calendar';

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
