import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsIso,
  daysBetween,
  daysInMonth,
  weekday,
} from '../../core/rules/calendar';

// The one calendar of core: every period of the app (Art. 12(3), retention, reviews) counts
// on these functions, so they are pinned on the days where a hand-written version goes wrong.
describe('the calendar', () => {
  it('knows the length of February in leap years and century years', () => {
    expect([2024, 2025, 2000, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28]);
    expect([4, 6, 9, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([30, 30, 30, 30, 31]);
  });

  it('names the weekday of dates before and after 1970', () => {
    expect(weekday('1970-01-01')).toBe(4); // Thursday
    expect(weekday('2026-12-02')).toBe(3); // Wednesday
    expect(weekday('2026-12-06')).toBe(0); // Sunday
    expect(weekday('1969-12-31')).toBe(3);
    expect(weekday('2000-02-29')).toBe(2);
  });

  it('counts days across a year end and a daylight-saving change without drift', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('adds months capped at the last day of a shorter month', () => {
    expect(addMonthsIso('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonthsIso('2026-03-15', -3)).toBe('2025-12-15');
  });
});
