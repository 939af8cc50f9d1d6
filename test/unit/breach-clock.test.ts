import { describe, expect, it } from 'vitest';
import {
  authorityDeadline,
  breachClock,
  clockStart,
  isLateNotice,
  noticeProblems,
  timeProblems,
} from '../../core/rules/breach-clock';
import {
  berlinClock,
  berlinToInstant,
  hoursBetween,
  toBerlinIso,
  toBerlinLocal,
} from '../../core/rules/calendar';

// The Art. 33(1) clock: 72 elapsed hours from awareness, no weekend or holiday shift, the
// same on every machine and across the change to and from summer time.

const facts = (awareAt: string, more: Partial<Parameters<typeof breachClock>[0]> = {}) => ({
  awareAt,
  processorAwareAt: null,
  processorNoticeAt: null,
  firstNoticeAt: null,
  level: null,
  closed: false,
  ...more,
});

describe('the 72-hour clock', () => {
  it('runs 72 elapsed hours across the change to summer time (29 March 2026)', () => {
    // Friday 09:00 CET + 72 h = Monday 10:00 CEST: the wall clock jumped an hour.
    const start = '2026-03-27T09:00:00+01:00';
    expect(toBerlinIso(authorityDeadline(start))).toBe('2026-03-30T10:00:00+02:00');
    expect(hoursBetween(start, authorityDeadline(start))).toBe(72);
  });

  it('runs 72 elapsed hours across the change back to winter time (25 October 2026)', () => {
    const start = '2026-10-23T09:00:00+02:00';
    expect(toBerlinIso(authorityDeadline(start))).toBe('2026-10-26T08:00:00+01:00');
  });

  it('does not move a deadline off a weekend or a holiday', () => {
    // Aware Wednesday 23 Dec 2026 14:00: the 72 hours end on Saturday 26 Dec (a holiday).
    expect(toBerlinIso(authorityDeadline('2026-12-23T14:00:00+01:00'))).toBe(
      '2026-12-26T14:00:00+01:00',
    );
  });

  it('takes a notice at 71:59 as in time and one at 72:01 as late', () => {
    const start = '2026-11-20T08:15:00+01:00';
    expect(isLateNotice(start, '2026-11-23T08:14:00+01:00')).toBe(false);
    expect(isLateNotice(start, '2026-11-23T08:15:00+01:00')).toBe(false);
    expect(isLateNotice(start, '2026-11-23T08:16:00+01:00')).toBe(true);
    const base = { kind: 'first' as const, delayReason: '' };
    const now = new Date('2026-11-24T00:00:00Z');
    expect(noticeProblems({ ...base, at: '2026-11-23T08:14:00+01:00' }, start, null, now)).toEqual(
      [],
    );
    expect(noticeProblems({ ...base, at: '2026-11-23T08:16:00+01:00' }, start, null, now)).toEqual([
      { path: 'delayReason', key: 'lateNeedsReason' },
    ]);
  });

  it('counts whole hours left, never rounding up, and runs out below zero', () => {
    const clock = (now: string) => breachClock(facts('2026-11-20T08:15:00+01:00'), new Date(now));
    expect(clock('2026-11-20T07:15:00Z').hoursLeft).toBe(72);
    expect(clock('2026-11-23T07:14:00Z')).toMatchObject({ hoursLeft: 0, late: false });
    expect(clock('2026-11-23T07:16:00Z')).toMatchObject({ hoursLeft: -1, late: true });
  });

  it('stops at the first notice, at "no risk" and at closing; an unassessed breach counts', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    const aware = '2026-11-20T08:15:00+01:00';
    expect(breachClock(facts(aware), now).clockRuns).toBe(true);
    expect(breachClock(facts(aware, { level: 'none' }), now).clockRuns).toBe(false);
    expect(breachClock(facts(aware, { closed: true }), now).clockRuns).toBe(false);
    const notified = breachClock(facts(aware, { firstNoticeAt: '2026-11-20T12:00:00Z' }), now);
    expect(notified).toMatchObject({ clockRuns: false, hoursLeft: null, late: false });
  });

  it('starts at a processor’s late notice, and shows how late it was', () => {
    // The processor knew on Monday morning and told the client on Thursday afternoon: the
    // client's 72 hours start with the notice; the processor's delay is 78 hours.
    const clock = breachClock(
      facts('2026-11-19T15:00:00+01:00', {
        processorAwareAt: '2026-11-16T09:00:00+01:00',
        processorNoticeAt: '2026-11-19T15:00:00+01:00',
      }),
      new Date('2026-11-19T14:30:00Z'),
    );
    expect(clock.clockStart).toBe('2026-11-19T15:00:00+01:00');
    expect(clock.authorityBy).toBe('2026-11-22T15:00:00+01:00');
    expect(clock.processorDelayHours).toBe(78);
    expect(clock.hoursLeft).toBe(71);
    // The client cannot be aware later than its processor told it.
    expect(clockStart('2026-11-20T09:00:00+01:00', '2026-11-19T15:00:00+01:00')).toBe(
      '2026-11-19T14:00:00.000Z',
    );
  });

  it('orders the times: occurrence, awareness, and a processor’s awareness before its notice', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    const base = {
      occurredFrom: '2026-11-19T10:00:00+01:00',
      occurredTo: null,
      awareAt: '2026-11-19T09:00:00+01:00',
      atProcessorId: 1,
      processorAwareAt: '2026-11-19T12:00:00+01:00',
      processorNoticeAt: '2026-11-19T11:00:00+01:00',
    };
    expect(timeProblems(base, now).map((p) => `${p.path} ${p.key}`)).toEqual([
      'awareAt awareBeforeOccurrence',
      'processorAwareAt processorAwareAfterNotice',
    ]);
  });
});

describe('Berlin wall-clock times', () => {
  it('reads the hour that happens twice in October as its first (earlier) occurrence', () => {
    expect(berlinToInstant('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(toBerlinIso('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30:00+01:00');
  });

  it('reads a time in the March gap with the winter offset', () => {
    expect(toBerlinIso(berlinToInstant('2026-03-29', '02:30'))).toBe('2026-03-29T03:30:00+02:00');
    expect(toBerlinLocal('2026-03-29T01:30:00Z')).toBe('2026-03-29T03:30');
  });

  it('agrees with the time zone data minute by minute around both changes of 2026', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    const mismatches: string[] = [];
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
      for (let m = -26 * 60; m <= 26 * 60; m += 7) {
        const at = new Date(Date.parse(change) + m * 60_000);
        const c = berlinClock(at);
        if (`${c.date} ${c.time}` !== intl.format(at)) mismatches.push(at.toISOString());
      }
    }
    expect(mismatches).toEqual([]);
  });
});
