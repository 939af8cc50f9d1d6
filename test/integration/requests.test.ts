import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewChecks, type DataRequest } from '../../core/api';
import { firstUser, openTestApp, sampleClient, secondUser, type TestApp } from '../helpers/app';
import { accessRequest, seedRegister } from '../fixtures/requests';

let app: TestApp;
let clientId: number;
let now = new Date('2025-02-10T10:00:00Z');
let seeded: Awaited<ReturnType<typeof seedRegister>>;

beforeEach(async () => {
  now = new Date('2025-02-10T10:00:00Z');
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', sampleClient)).id;
  seeded = await seedRegister(app, clientId);
});
afterEach(() => app.close());

const count = (table: string) =>
  (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n;

const create = () =>
  app.call('requests.create', { clientId, request: accessRequest([seeded.subjectId('Kunden')]) });

/** The four-eyes review by a second person at her own account; then back to the first. */
async function reviewBySecond(id: number, note = '') {
  app.actAs(secondUser);
  try {
    return await app.call('requests.review', { id, checks: allChecks, note });
  } finally {
    app.actAs(firstUser);
  }
}

async function toReview(r: DataRequest) {
  await app.call('requests.transition', { id: r.id, to: 'in_progress' });
  return app.call('requests.transition', { id: r.id, to: 'in_review' });
}

const allChecks = [...reviewChecks];

describe('logging a request', () => {
  it('computes the Art. 12(3) due date for the client’s Land and shows days left', async () => {
    const r = await create();
    expect(r.state).toBe('received');
    expect(r.deadlines).toMatchObject({ oneMonth: '2025-02-28', due: '2025-02-28', daysLeft: 18 });
    expect(r.deadlines.urgency).toBe('ok');
    expect(r.subjects.map((s) => s.name)).toEqual(['Kunden']);
    expect(r.authority?.name).toContain('Bayerisches Landesamt für Datenschutzaufsicht');
    expect(r.nextStates).toEqual(['identity_check', 'in_progress']);
    expect(r.sendBlockers).toEqual(['identity', 'review']);
    const audit = await app.call('audit.list', { entity: 'request', entityId: r.id });
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a receipt date in the future and writes nothing', async () => {
    const before = [count('requests'), count('audit_log')];
    const envelope = await app.raw('requests.create', {
      clientId,
      request: { ...accessRequest(), receivedOn: '2025-02-11' },
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        issues: [
          {
            path: 'request.receivedOn',
            key: 'inFuture',
            message: 'Das Datum liegt in der Zukunft.',
          },
        ],
      },
    });
    expect([count('requests'), count('audit_log')]).toEqual(before);
  });

  it('refuses another client’s category of data subjects', async () => {
    const other = await app.call('clients.create', { name: 'Andere GmbH', land: 'BE' });
    const { subjectId } = await seedRegister(app, other.id);
    const envelope = await app.raw('requests.create', {
      clientId,
      request: accessRequest([subjectId('Kunden')]),
    });
    expect(envelope).toMatchObject({ ok: false, error: { issues: [{ key: 'unknownSubject' }] } });
  });

  it('records an extension inside the first month and uses the earlier end date', async () => {
    const r = await create();
    const late = await app.raw('requests.extend', { id: r.id, on: '2025-03-03', reason: 'Umfang' });
    expect(late).toMatchObject({ ok: false, error: { issues: [{ key: 'inFuture' }] } });
    now = new Date('2025-03-05T10:00:00Z');
    const tooLate = await app.raw('requests.extend', {
      id: r.id,
      on: '2025-03-03',
      reason: 'Umfang',
    });
    expect(tooLate).toMatchObject({ ok: false, error: { issues: [{ key: 'extensionLate' }] } });
    const noReason = await app.raw('requests.extend', { id: r.id, on: '2025-02-20', reason: '' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const ok = await app.call('requests.extend', {
      id: r.id,
      on: '2025-02-20',
      reason: 'Daten aus mehreren Systemen',
    });
    expect(ok.deadlines).toMatchObject({
      extendedFromReceipt: '2025-04-30',
      extendedFromOneMonth: '2025-04-28',
      due: '2025-04-28',
    });
    const [row] = await app.call('requests.list', { clientId });
    expect(row).toMatchObject({ due: '2025-04-28', extended: true });
  });
});

describe('the workflow rules', () => {
  it('blocks sending without identity, then allows it with a recorded check', async () => {
    const r = await toReview(await create());
    await reviewBySecond(r.id);
    const auditBefore = count('audit_log');
    const blocked = await app.raw('requests.transition', { id: r.id, to: 'answered' });
    expect(blocked).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_ALLOWED',
        issues: [{ key: 'identityUnchecked', message: expect.stringContaining('Identität') }],
      },
    });
    expect(count('audit_log')).toBe(auditBefore);
    expect((await app.call('requests.get', { id: r.id })).state).toBe('in_review');

    await app.call('requests.recordIdentity', {
      id: r.id,
      method: 'known_email',
      checkedBy: 'Test Nutzerin',
      checkedOn: '2025-02-03',
      note: 'Absender stimmt mit der Adresse im Kundenkonto K-4711 überein',
    });
    const sent = await app.call('requests.transition', { id: r.id, to: 'answered' });
    expect(sent.state).toBe('answered');
    expect(sent.sentAt).toBe(now.toISOString());
    expect(sent.identityOverride).toBe('');
    const closed = await app.call('requests.transition', { id: r.id, to: 'closed' });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.deadlines.urgency).toBe('done');
  });

  it('allows sending without identity only with an override reason, kept in the timeline', async () => {
    const r = await toReview(await create());
    await reviewBySecond(r.id);
    const sent = await app.call('requests.transition', {
      id: r.id,
      to: 'answered',
      overrideReason: 'Antwort enthält nur eine Negativauskunft',
    });
    expect(sent.identityOverride).toBe('Antwort enthält nur eine Negativauskunft');
    const [last] = await app.call('audit.list', { entity: 'request', entityId: r.id });
    expect(last!.changes.state).toEqual(['in_review', 'answered']);
    expect(last!.changes.identityOverride).toEqual([
      '',
      'Antwort enthält nur eine Negativauskunft',
    ]);
  });

  it('requires the four-eyes review, by another person, with every checklist item', async () => {
    const r = await toReview(await create());
    await app.call('requests.recordIdentity', {
      id: r.id,
      method: 'callback',
      checkedBy: 'Test Nutzerin',
      checkedOn: '2025-02-05',
    });
    const noReview = await app.raw('requests.transition', { id: r.id, to: 'answered' });
    expect(noReview).toMatchObject({ ok: false, error: { issues: [{ key: 'reviewRequired' }] } });
    app.actAs(secondUser);
    const partial = await app.raw('requests.review', { id: r.id, checks: ['complete'] });
    expect(partial).toMatchObject({ ok: false, error: { issues: [{ key: 'reviewIncomplete' }] } });
    app.actAs(firstUser);
    const self = await app.raw('requests.review', { id: r.id, checks: allChecks });
    expect(self).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED', issues: [{ key: 'preparerReviews' }] },
    });
    const reviewed = await reviewBySecond(r.id, 'Anlagen geprüft');
    expect(reviewed.review).toMatchObject({
      reviewer: 'Max Weber',
      account: 'weber',
      at: now.toISOString(),
    });
    // The reviewer may not send it; the person who prepared it may.
    expect(reviewed.sendBlockers).toEqual(['reviewer']);
    expect((await app.call('requests.get', { id: r.id })).sendBlockers).toEqual([]);
    // Changing the reply after the review voids it.
    const changed = await app.call('requests.saveReply', { id: r.id, replyText: 'Neuer Text' });
    expect(changed.review).toBeNull();
    expect(changed.sendBlockers).toEqual(['review']);
  });

  it('refuses a step the workflow does not have and a refusal without ground', async () => {
    const r = await create();
    const skip = await app.raw('requests.transition', { id: r.id, to: 'answered' });
    expect(skip).toMatchObject({ ok: false, error: { issues: [{ key: 'transitionNotAllowed' }] } });
    const reviewed = await toReview(r);
    await reviewBySecond(reviewed.id);
    const noGround = await app.raw('requests.transition', { id: r.id, to: 'refused' });
    // Every reason at once, so the user can fix them all before trying again.
    expect(noGround.ok || noGround.error.issues?.map((i) => i.key)).toEqual([
      'refusalGroundRequired',
      'identityUnchecked',
    ]);
    // An Art. 11 refusal is the answer when identity cannot be established.
    const refused = await app.call('requests.transition', {
      id: r.id,
      to: 'refused',
      refusalGround: 'art11',
    });
    expect(refused.refusal).toEqual({ ground: 'art11', note: '' });
  });

  it('keeps a closed request as it is: edits, steps and deletion are refused', async () => {
    const r = await toReview(await create());
    await reviewBySecond(r.id);
    await app.call('requests.transition', { id: r.id, to: 'answered', overrideReason: 'Test' });
    await app.call('requests.transition', { id: r.id, to: 'closed' });
    const snapshot = [count('requests'), count('audit_log')];
    const before = await app.call('requests.get', { id: r.id });
    for (const [method, input] of [
      ['requests.update', { id: r.id, request: { ...accessRequest(), requesterName: 'Neu' } }],
      ['requests.saveReply', { id: r.id, replyText: 'x' }],
      ['requests.transition', { id: r.id, to: 'in_progress' }],
      ['requests.delete', { id: r.id }],
    ] as const) {
      const envelope = await app.raw(method, input);
      expect(envelope).toMatchObject({
        ok: false,
        error: {
          code: 'NOT_ALLOWED',
          issues: [{ key: 'requestClosed', message: expect.stringContaining('abgeschlossen') }],
        },
      });
    }
    expect([count('requests'), count('audit_log')]).toEqual(snapshot);
    expect(await app.call('requests.get', { id: r.id })).toEqual(before);
  });

  it('writes one audit entry per step, so the timeline shows each with its time', async () => {
    const r = await create();
    now = new Date('2025-02-11T08:00:00Z');
    await app.call('requests.transition', { id: r.id, to: 'identity_check' });
    now = new Date('2025-02-12T08:00:00Z');
    await app.call('requests.transition', { id: r.id, to: 'in_progress' });
    const audit = await app.call('audit.list', { entity: 'request', entityId: r.id });
    expect(
      audit.map((a) => [a.at, a.action === 'create' ? 'create' : a.changes.state?.[1]]),
    ).toEqual([
      ['2025-02-12T08:00:00.000Z', 'in_progress'],
      ['2025-02-11T08:00:00.000Z', 'identity_check'],
      ['2025-02-10T10:00:00.000Z', 'create'],
    ]);
  });
});

describe('the reply and Art. 19', () => {
  it('proposes the activities of the requester’s categories and their recipients', async () => {
    const r = await create();
    const proposal = await app.call('requests.proposal', { id: r.id });
    expect(proposal.activities.filter((a) => a.proposed).map((a) => a.name)).toEqual([
      'Kundenservice-Hotline',
      'Kundenverwaltung und Aufträge',
    ]);
    expect(proposal.activities.find((a) => a.name === 'Lohnabrechnung')?.proposed).toBe(false);
    expect(proposal.recipients.toSorted()).toEqual([
      'Callcenter-Dienstleister',
      'Newsletter-Dienst (USA)',
      'Versanddienstleister',
    ]);
  });

  it('keeps the ticks of recipients that stay when the list is set again', async () => {
    const r = await app.call('requests.create', {
      clientId,
      request: { ...accessRequest(), kind: 'erasure' },
    });
    const set = await app.call('requests.setRecipients', {
      id: r.id,
      names: ['Versanddienstleister', 'Callcenter-Dienstleister'],
    });
    const ticked = await app.call('requests.tickRecipient', {
      id: r.id,
      recipientId: set.recipients[0]!.id,
      done: true,
    });
    expect(ticked.recipients[0]).toMatchObject({ doneOn: '2025-02-10', doneBy: 'Test Nutzerin' });
    const again = await app.call('requests.setRecipients', {
      id: r.id,
      names: ['Versanddienstleister', 'Steuerberater'],
    });
    expect(again.recipients.map((x) => [x.name, x.doneOn])).toEqual([
      ['Versanddienstleister', '2025-02-10'],
      ['Steuerberater', null],
    ]);
  });

  it('deletes a request with its files in one step', async () => {
    const r = await create();
    await app.call('attachments.add', {
      ownerType: 'request',
      ownerId: r.id,
      role: 'copy_of_data',
      name: 'Kundendaten.pdf',
      base64: Buffer.from('%PDF-1.4').toString('base64'),
    });
    expect(count('attachments')).toBe(1);
    await app.call('requests.delete', { id: r.id });
    expect([count('requests'), count('attachments')]).toEqual([0, 0]);
  });
});

describe('the inbox', () => {
  it('filters by state, kind, due this week and overdue, across clients, by due date', async () => {
    const berlin = await app.call('clients.create', { name: 'Berliner Laden', land: 'BE' });
    const mk = (o: number, receivedOn: string, kind: 'access' | 'erasure' = 'access') =>
      app.call('requests.create', {
        clientId: o,
        request: { ...accessRequest(), receivedOn, kind },
      });
    const overdue = await mk(clientId, '2024-12-20'); // due 2025-01-20
    const soon = await mk(berlin.id, '2025-01-14', 'erasure'); // due 2025-02-14
    const later = await mk(clientId, '2025-02-05'); // due 2025-03-05
    const all = await app.call('requests.list', {});
    expect(all.map((r) => r.id)).toEqual([overdue.id, soon.id, later.id]);
    expect(all.map((r) => r.urgency)).toEqual(['overdue', 'due_soon', 'ok']);
    expect(all[1]).toMatchObject({ clientName: 'Berliner Laden', daysLeft: 4 });
    expect((await app.call('requests.list', { due: 'overdue' })).map((r) => r.id)).toEqual([
      overdue.id,
    ]);
    expect((await app.call('requests.list', { due: 'week' })).map((r) => r.id)).toEqual([soon.id]);
    expect((await app.call('requests.list', { kind: 'erasure' })).map((r) => r.id)).toEqual([
      soon.id,
    ]);
    expect((await app.call('requests.list', { clientId })).map((r) => r.id)).toEqual([
      overdue.id,
      later.id,
    ]);
    await app.call('requests.transition', { id: later.id, to: 'in_progress' });
    expect((await app.call('requests.list', { state: 'in_progress' })).map((r) => r.id)).toEqual([
      later.id,
    ]);
    expect(await app.call('requests.counts', {})).toEqual({ open: 3, overdue: 1, dueSoon: 1 });
    expect(await app.call('requests.counts', { clientId })).toEqual({
      open: 2,
      overdue: 1,
      dueSoon: 0,
    });
    const attention = await app.call('home.attention', { clientId });
    expect(attention.filter((a) => a.entity === 'request')).toEqual([
      expect.objectContaining({
        kind: 'request_overdue',
        entityId: overdue.id,
        date: '2025-01-20',
      }),
    ]);
  });
});
