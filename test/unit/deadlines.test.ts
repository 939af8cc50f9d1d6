import { describe, expect, it } from 'vitest';
import type { Land } from '../../core/api';
import {
  addMonthsCapped,
  extensionProblem,
  isWorkingDay,
  requestDeadlines,
  urgencyOf,
} from '../../core/rules/deadlines';

// Art. 12(3) GDPR counted under Reg. 1182/71 with the holidays of the controller's Land.
// Every expected date below was worked out by hand from a calendar (weekday in the comment).
const oneMonth: [received: string, land: Land, due: string, why: string][] = [
  // month ends and leap years
  ['2025-01-31', 'BY', '2025-02-28', 'no 31 Feb: last day of February (Fri)'],
  ['2024-01-31', 'BY', '2024-02-29', 'leap year: 29 Feb (Thu)'],
  ['2023-01-29', 'BY', '2023-02-28', 'no 29 Feb in 2023: 28 Feb (Tue)'],
  ['2024-01-29', 'BY', '2024-02-29', '29 Feb exists in 2024 (Thu)'],
  ['2025-03-31', 'BY', '2025-04-30', 'no 31 Apr: 30 Apr (Wed)'],
  ['2025-05-31', 'BY', '2025-06-30', 'no 31 Jun: 30 Jun (Mon)'],
  ['2025-08-31', 'BY', '2025-09-30', 'no 31 Sep: 30 Sep (Tue)'],
  ['2025-02-28', 'BY', '2025-03-28', 'same day number, not month end (Fri)'],
  ['2026-12-15', 'BY', '2027-01-15', 'across the year end (Fri)'],
  // weekends: the start never moves, the end does
  ['2025-11-30', 'BY', '2025-12-30', 'received on a Sunday: not moved (Tue)'],
  ['2024-11-30', 'BY', '2024-12-30', 'received on a Saturday: not moved (Mon)'],
  ['2025-02-01', 'BY', '2025-03-03', 'raw 1 Mar is a Saturday: Monday'],
  ['2025-10-31', 'BY', '2025-12-01', 'raw 30 Nov is a Sunday: Monday'],
  ['2025-12-31', 'BY', '2026-02-02', 'raw 31 Jan 2026 is a Saturday: Monday 2 Feb'],
  ['2026-09-03', 'BY', '2026-10-05', 'raw 3 Oct is a Saturday: Monday'],
  // nationwide holidays
  ['2025-03-21', 'BY', '2025-04-22', 'raw date is Easter Monday: Tuesday'],
  ['2025-03-18', 'NI', '2025-04-22', 'Good Friday, weekend and Easter Monday: Tuesday'],
  ['2024-02-29', 'HE', '2024-04-02', 'raw 29 Mar 2024 is Good Friday: Tuesday after Easter'],
  ['2025-04-29', 'HH', '2025-05-30', 'raw date is Ascension Day: Friday'],
  ['2025-05-09', 'BE', '2025-06-10', 'raw date is Whit Monday: Tuesday'],
  ['2026-04-01', 'BW', '2026-05-04', '1 May 2026 is a Friday, then the weekend: Monday'],
  ['2025-11-25', 'SH', '2025-12-29', 'Christmas Thursday+Friday, then the weekend: Monday'],
  ['2025-12-01', 'NW', '2026-01-02', 'raw date is New Year: Friday'],
  // receipt on a holiday: the start is not moved either
  ['2025-10-03', 'BY', '2025-11-03', 'received on German Unity Day (Mon)'],
  ['2025-12-25', 'BY', '2026-01-26', 'received on Christmas Day: raw 25 Jan 2026 is a Sunday'],
  // Land holidays
  ['2024-12-06', 'BY', '2025-01-07', 'Epiphany is a holiday in BY'],
  ['2024-12-06', 'BE', '2025-01-06', 'Epiphany is a working day in BE'],
  ['2027-10-01', 'NW', '2027-11-02', "All Saints' Day in NW (Mon)"],
  ['2027-10-01', 'NI', '2027-11-01', "All Saints' Day is a working day in NI"],
  ['2025-05-19', 'BY', '2025-06-20', 'Corpus Christi in BY'],
  ['2025-05-19', 'HH', '2025-06-19', 'Corpus Christi is a working day in HH'],
  ['2025-07-15', 'SL', '2025-08-18', 'Assumption Day in SL (Fri), then the weekend'],
  ['2025-10-19', 'SN', '2025-11-20', 'Repentance Day in SN'],
  ['2025-10-19', 'BY', '2025-11-19', 'Repentance Day is a working day in BY'],
  ['2024-08-20', 'TH', '2024-09-23', "World Children's Day in TH (Fri), then the weekend"],
  ['2024-08-20', 'HE', '2024-09-20', "World Children's Day is a working day in HE"],
  ['2024-02-08', 'BE', '2024-03-11', "Women's Day in BE (Fri), then the weekend"],
  ['2023-02-08', 'MV', '2023-03-09', "Women's Day in MV since 2023"],
  ['2022-02-08', 'MV', '2022-03-08', "Women's Day was not yet a holiday in MV in 2022"],
  // partial-Land holidays are deliberately not counted (see core/rules/deadlines.ts)
  ['2025-07-15', 'BY', '2025-08-15', '15 Aug: only Catholic municipalities of BY'],
  ['2025-05-19', 'SN', '2025-06-19', 'Corpus Christi: only parts of SN'],
  ['2025-05-19', 'TH', '2025-06-19', 'Corpus Christi: only parts of TH'],
];

describe('Art. 12(3) one-month deadline', () => {
  it.each(oneMonth)('received %s in %s is due %s (%s)', (received, land, due) => {
    const d = requestDeadlines(received, land, false);
    expect(d.oneMonth).toBe(due);
    expect(d.due).toBe(due);
    expect(d.extendedFromReceipt).toBeNull();
  });

  it('the due date is always a working day of the Land', () => {
    for (const [received, land] of oneMonth) {
      expect(isWorkingDay(requestDeadlines(received, land, false).due, land)).toBe(true);
    }
  });

  it('knows Land holidays that no one-month period can end on', () => {
    // No September date leads to 31 October, so Reformation Day is checked directly.
    expect(isWorkingDay('2025-10-31', 'SN')).toBe(false);
    expect(isWorkingDay('2025-10-31', 'BY')).toBe(true);
    expect(isWorkingDay('2025-11-01', 'BW')).toBe(false);
  });

  it('caps the month length without moving to the next month', () => {
    expect(addMonthsCapped('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsCapped('2025-01-31', 3)).toBe('2025-04-30');
    expect(addMonthsCapped('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsCapped('2025-12-31', 2)).toBe('2026-02-28');
  });
});

const extended: [received: string, land: Land, fromReceipt: string, fromOneMonth: string][] = [
  ['2025-01-31', 'BY', '2025-04-30', '2025-04-28'], // domain.md: the two readings differ
  ['2024-11-30', 'BY', '2025-02-28', '2025-02-28'],
  ['2025-11-30', 'BY', '2026-03-02', '2026-03-02'], // 28 Feb 2026 is a Saturday
  ['2025-03-21', 'BY', '2025-06-23', '2025-06-23'], // 21 Jun Sat, 22 Jun Sun
  ['2025-12-31', 'BY', '2026-03-31', '2026-04-02'], // here the receipt reading is earlier
  ['2025-07-31', 'SN', '2025-11-03', '2025-11-03'], // 31 Oct is Reformation Day in SN
  ['2025-07-31', 'BY', '2025-10-31', '2025-11-03'], // ... and a working day in BY
];

describe('extension by two further months', () => {
  it.each(extended)('received %s (%s): %s or %s, the earlier counts', (r, land, a, b) => {
    const d = requestDeadlines(r, land, true);
    expect(d.extendedFromReceipt).toBe(a);
    expect(d.extendedFromOneMonth).toBe(b);
    expect(d.due).toBe(a < b ? a : b);
  });

  it('needs the notice inside the first month, not before the receipt', () => {
    expect(extensionProblem('2025-01-31', '2025-02-28', 'BY')).toBeNull();
    expect(extensionProblem('2025-01-31', '2025-03-01', 'BY')).toBe('extensionLate');
    expect(extensionProblem('2025-01-31', '2025-01-30', 'BY')).toBe('beforeReceipt');
    // The first month ends on the working day the one-month period ends.
    expect(extensionProblem('2025-11-30', '2025-12-30', 'BY')).toBeNull();
    expect(extensionProblem('2025-11-30', '2025-12-31', 'BY')).toBe('extensionLate');
  });
});

describe('days left and colours', () => {
  it.each([
    ['2025-02-20', 8, 'ok'],
    ['2025-02-21', 7, 'due_soon'],
    ['2025-02-28', 0, 'due_soon'],
    ['2025-03-01', -1, 'overdue'],
  ] as const)('on %s: %i days left, %s', (today, daysLeft, urgency) => {
    expect(urgencyOf('2025-02-28', today, true)).toEqual({ daysLeft, urgency });
  });

  it('a finished request is never overdue', () => {
    expect(urgencyOf('2025-02-28', '2025-06-01', false).urgency).toBe('done');
  });
});
