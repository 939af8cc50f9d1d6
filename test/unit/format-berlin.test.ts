import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../renderer/components/format';

// Instants are shown in Berlin time on every machine, so a notice at 00:30 Berlin time on
// 1 March is not shown as 28 February on a laptop set to New York (or UTC).
describe('instants in Berlin time', () => {
  it('shows the Berlin day and time, in winter and summer time', () => {
    // 23:30 UTC on 28 Feb is 00:30 on 1 March in Berlin (CET, UTC+1).
    expect(formatDateTime('2026-02-28T23:30:00.000Z', 'de')).toBe('01.03.2026, 00:30');
    expect(formatDate('2026-02-28T23:30:00.000Z', 'de')).toBe('01.03.2026');
    // 22:15 UTC on 30 June is 00:15 on 1 July in Berlin (CEST, UTC+2).
    expect(formatDateTime('2026-06-30T22:15:00.000Z', 'en')).toBe('1 Jul 2026, 00:15');
  });

  it('keeps a legal date as the calendar day it is', () => {
    expect(formatDate('2026-03-01', 'de')).toBe('01.03.2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 Mar 2026');
  });
});
