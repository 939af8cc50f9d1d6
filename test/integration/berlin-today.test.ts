import { afterEach, describe, expect, it } from 'vitest';
import { todayInBerlin } from '../../core/rules/calendar';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { accessRequest } from '../fixtures/requests';

// "Today" is the date in Europe/Berlin: a deadline ends at midnight in Germany, whatever zone
// the laptop is set to. Node applies a change of process.env.TZ at once, so each case runs the
// handlers on a machine in New York or Auckland and checks that the zone really took effect.

const originalZone = process.env.TZ;
let app: TestApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

/** A machine in `zone` at the instant `now`, with a request received on 1 Nov 2026. */
async function machineIn(zone: string, now: Date) {
  process.env.TZ = zone;
  app = await openTestApp({ now: () => now });
  const clientId = (await app.call('clients.create', sampleClient)).id;
  // Received on Sunday 1 November 2026: one month later is Tuesday 1 December (no holiday).
  const request = await app.call('requests.create', {
    clientId,
    request: { ...accessRequest(), receivedOn: '2026-11-01' },
  });
  expect(request.deadlines.due).toBe('2026-12-01');
  const listed = await app.call('requests.list', { clientId });
  const counts = await app.call('requests.counts', { clientId });
  return { request, listed: listed[0]!, counts };
}

const localDay = (now: Date) =>
  new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

describe('today is the calendar date in Europe/Berlin', () => {
  it('on a New York machine, a request due yesterday in Berlin is overdue, not due soon', async () => {
    // 03:00 UTC on 2 December: 04:00 in Berlin, still 22:00 on 1 December in New York.
    const now = new Date('2026-12-02T03:00:00Z');
    const { request, listed, counts } = await machineIn('America/New_York', now);
    expect(localDay(now)).toBe('2026-12-01');
    expect(todayInBerlin(now)).toBe('2026-12-02');
    expect(request.deadlines).toMatchObject({ daysLeft: -1, urgency: 'overdue' });
    expect(listed).toMatchObject({ daysLeft: -1, urgency: 'overdue' });
    expect(counts).toEqual({ open: 1, overdue: 1, dueSoon: 0 });
  });

  it('on an Auckland machine, a request due today in Berlin is due soon, not overdue', async () => {
    // 12:00 UTC on 1 December: 13:00 in Berlin, already 01:00 on 2 December in Auckland.
    const now = new Date('2026-12-01T12:00:00Z');
    const { request, listed, counts } = await machineIn('Pacific/Auckland', now);
    expect(localDay(now)).toBe('2026-12-02');
    expect(todayInBerlin(now)).toBe('2026-12-01');
    expect(request.deadlines).toMatchObject({ daysLeft: 0, urgency: 'due_soon' });
    expect(listed).toMatchObject({ daysLeft: 0, urgency: 'due_soon' });
    expect(counts).toEqual({ open: 1, overdue: 0, dueSoon: 1 });
  });

  it('accepts a receipt dated today in Berlin even where the machine is still on yesterday', async () => {
    process.env.TZ = 'America/New_York';
    const now = new Date('2026-12-02T03:00:00Z');
    app = await openTestApp({ now: () => now });
    const clientId = (await app.call('clients.create', sampleClient)).id;
    const envelope = await app.raw('requests.create', {
      clientId,
      request: { ...accessRequest(), receivedOn: '2026-12-02' },
    });
    expect(envelope.ok).toBe(true);
  });

  it('turns at midnight in Berlin, in summer and winter time alike', () => {
    expect(todayInBerlin(new Date('2026-12-01T22:59:59Z'))).toBe('2026-12-01');
    expect(todayInBerlin(new Date('2026-12-01T23:00:00Z'))).toBe('2026-12-02');
    expect(todayInBerlin(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(todayInBerlin(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
