import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { docxText } from '../helpers/docx';
import { dpo, readyToSend, requestOf, seedClient } from '../fixtures/requests-cases';

// Sending a reply and what follows: the date given, the letter stored as sent, a reply that
// later register changes do not touch, Art. 19 before closing, identity on the phone, and
// due dates that follow the client's Land.

let app: TestApp;
let clientId: number;
let seeded: Awaited<ReturnType<typeof seedClient>>;
let now = new Date('2025-02-10T10:00:00Z');

beforeEach(async () => {
  now = new Date('2025-02-10T10:00:00Z');
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', { ...sampleClient, ...dpo })).id;
  seeded = await seedClient(app, clientId);
});
afterEach(() => app.close());

const count = (table: string) =>
  (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n;
const snapshot = () => [count('requests'), count('attachments'), count('audit_log')];

async function accessInReview() {
  const r = await app.call('requests.create', { clientId, request: requestOf(seeded, 'access') });
  await app.call('requests.transition', { id: r.id, to: 'in_progress' });
  await app.call('requests.saveReply', { id: r.id, activityIds: [seeded.activityIds[0]!] });
  return readyToSend(app, await app.call('requests.get', { id: r.id }));
}

describe('"reply sent"', () => {
  it('records the date and time the user gives', async () => {
    const r = await accessInReview();
    const sent = await app.call('requests.transition', {
      id: r.id,
      to: 'answered',
      sentOn: '2025-02-07',
      sentTime: '16:45',
    });
    expect([sent.sentOn, sent.sentTime]).toEqual(['2025-02-07', '16:45']);
    expect(sent.sentAt).toBe(now.toISOString());
    const [entry] = await app.call('audit.list', { entity: 'request', entityId: r.id });
    expect(entry!.changes.sentOn).toEqual([null, '2025-02-07']);
  });

  it('accepts a time earlier today on the Berlin clock, whatever the machine zone', async () => {
    const original = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      const r = await accessInReview();
      // 11:00 in Berlin, 00:00 in Honolulu: 10:55 German time has passed.
      const sent = await app.call('requests.transition', {
        id: r.id,
        to: 'answered',
        sentOn: '2025-02-10',
        sentTime: '10:55',
      });
      expect([sent.sentOn, sent.sentTime]).toEqual(['2025-02-10', '10:55']);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('defaults to today', async () => {
    const r = await accessInReview();
    const sent = await app.call('requests.transition', { id: r.id, to: 'answered' });
    expect([sent.sentOn, sent.sentTime]).toEqual(['2025-02-10', '']);
  });

  it.each([
    ['before the receipt date', { sentOn: '2025-01-30' }, 'sentOn', 'beforeReceipt'],
    [
      'before the receipt time',
      { sentOn: '2025-01-31', sentTime: '08:00' },
      'sentTime',
      'beforeReceipt',
    ],
    ['in the future', { sentOn: '2025-02-11' }, 'sentOn', 'inFuture'],
    // 10:00 UTC is 11:00 in Berlin: half past eleven today has not happened yet.
    ['later today', { sentOn: '2025-02-10', sentTime: '11:30' }, 'sentTime', 'sentTimeInFuture'],
    ['later today (date left empty)', { sentTime: '11:01' }, 'sentTime', 'sentTimeInFuture'],
  ])('refuses a date %s and writes nothing', async (_, when, path, key) => {
    const r = await accessInReview();
    const before = snapshot();
    const envelope = await app.raw('requests.transition', { id: r.id, to: 'answered', ...when });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', issues: [{ path, key }] },
    });
    expect(snapshot()).toEqual(before);
    expect((await app.call('requests.get', { id: r.id })).state).toBe('in_review');
  });
});

describe('a sent reply is frozen', () => {
  it('stores the letter as sent with the request', async () => {
    const r = await accessInReview();
    const sent = await app.call('requests.transition', {
      id: r.id,
      to: 'answered',
      language: 'de',
    });
    const files = await app.call('attachments.list', { ownerType: 'request', ownerId: r.id });
    const letter = files.find((f) => f.role === 'sent_letter');
    expect(letter?.name).toBe('Auskunft_Art15_Jürgen_Größmann_2025-02-10.docx');
    expect(sent.sentReply).toMatchObject({
      letter: 'art15',
      language: 'de',
      attachmentId: letter!.id,
      activities: [{ id: seeded.activityIds[0], name: 'Kundenverwaltung und Aufträge' }],
    });
    const stored = await app.call('attachments.get', { id: letter!.id });
    const again = await app.call('requests.letter', { id: r.id, letter: 'art15', language: 'de' });
    expect(again.base64).toBe(stored.base64);
    expect(sent.letters).toEqual(['art15']);
  });

  it('does not change when the register changes later, in either language', async () => {
    const r = await accessInReview();
    await app.call('requests.transition', { id: r.id, to: 'answered', language: 'de' });
    await app.call('requests.transition', { id: r.id, to: 'closed' });
    const before = await app.call('requests.letter', { id: r.id, letter: 'art15', language: 'de' });
    // The activity's delete dialog names the request before the activity goes.
    expect(await app.call('requests.forActivity', { id: seeded.activityIds[0]! })).toEqual([
      expect.objectContaining({ id: r.id, requesterName: 'Jürgen Größmann', state: 'closed' }),
    ]);
    await app.call('activities.delete', { id: seeded.activityIds[0]! });
    await app.call('clients.update', {
      id: clientId,
      ...sampleClient,
      ...dpo,
      name: 'Müller Backwaren GmbH',
    });
    const after = await app.call('requests.letter', { id: r.id, letter: 'art15', language: 'de' });
    expect(after.base64).toBe(before.base64);
    const en = docxText(
      Buffer.from(
        (await app.call('requests.letter', { id: r.id, letter: 'art15', language: 'en' })).base64,
        'base64',
      ),
    );
    expect(en).toContain('Kundenverwaltung und Aufträge');
    expect(en).toContain('Bäckerei Müller & Söhne GmbH');
    expect(en).not.toContain('Müller Backwaren GmbH');
    const got = await app.call('requests.get', { id: r.id });
    expect(got.sentReply?.activities.map((a) => a.name)).toEqual(['Kundenverwaltung und Aufträge']);
  });

  it('refuses changes to what was sent, its deletion and the removal of the stored letter', async () => {
    const r = await accessInReview();
    const sent = await app.call('requests.transition', { id: r.id, to: 'answered' });
    const before = snapshot();
    for (const [method, input] of [
      ['requests.saveReply', { id: r.id, replyText: 'Nachtrag' }],
      [
        'requests.update',
        { id: r.id, request: requestOf(seeded, 'access', { requesterName: 'X' }) },
      ],
      ['requests.setSigner', { id: r.id, name: 'Hans Müller' }],
      ['requests.delete', { id: r.id }],
      ['attachments.delete', { id: sent.sentReply!.attachmentId! }],
    ] as const) {
      const envelope = await app.raw(method, input);
      expect(envelope, method).toMatchObject({
        ok: false,
        error: { code: 'NOT_ALLOWED', issues: [{ key: 'replySent' }] },
      });
    }
    expect(snapshot()).toEqual(before);
  });
});

describe('Art. 19 recipients of an erasure', () => {
  async function erasure() {
    const r = await app.call('requests.create', {
      clientId,
      request: requestOf(seeded, 'erasure'),
    });
    await app.call('requests.transition', { id: r.id, to: 'in_progress' });
    await app.call('requests.saveReply', { id: r.id, activityIds: [seeded.activityIds[0]!] });
    return r;
  }

  it('are the processors and external recipients from the register, not departments', async () => {
    await app.call('activities.update', {
      id: seeded.activityIds[0]!,
      activity: {
        ...(await app.call('activities.get', { id: seeded.activityIds[0]! })),
        recipients: [
          { name: 'Versanddienstleister', type: 'external' },
          { name: 'Buchhaltung', type: 'internal' },
        ],
      },
    });
    const r = await erasure();
    const proposal = await app.call('requests.proposal', { id: r.id });
    expect(proposal.recipients).toEqual(['Mailversand Cloud Inc.', 'Versanddienstleister']);
  });

  it('can each be removed', async () => {
    const r = await erasure();
    const set = await app.call('requests.setRecipients', {
      id: r.id,
      names: ['Mailversand Cloud Inc.', 'Versanddienstleister'],
    });
    const removed = await app.call('requests.setRecipients', {
      id: r.id,
      names: set.recipients.filter((x) => x.name !== 'Versanddienstleister').map((x) => x.name),
    });
    expect(removed.recipients.map((x) => x.name)).toEqual(['Mailversand Cloud Inc.']);
  });

  it('must be informed before closing, or the reason is recorded in the timeline', async () => {
    const r = await erasure();
    await app.call('requests.setRecipients', { id: r.id, names: ['Mailversand Cloud Inc.'] });
    await readyToSend(app, await app.call('requests.get', { id: r.id }));
    await app.call('requests.transition', { id: r.id, to: 'answered' });
    const before = snapshot();
    const refused = await app.raw('requests.transition', { id: r.id, to: 'closed' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED', issues: [{ key: 'recipientsNotInformed' }] },
    });
    expect(snapshot()).toEqual(before);
    const closed = await app.call('requests.transition', {
      id: r.id,
      to: 'closed',
      recipientsSkipReason: 'Der Dienstleister hat den Vertrag beendet und die Daten gelöscht.',
    });
    expect(closed.state).toBe('closed');
    const [entry] = await app.call('audit.list', { entity: 'request', entityId: r.id });
    expect(entry!.changes.recipientsSkipReason).toEqual([
      '',
      'Der Dienstleister hat den Vertrag beendet und die Daten gelöscht.',
    ]);
  });
});

describe('identity', () => {
  it('does not accept name and date of birth on the phone', async () => {
    const r = await app.call('requests.create', {
      clientId,
      request: requestOf(seeded, 'access', { channel: 'phone', requesterPhone: '089 123456' }),
    });
    const before = snapshot();
    const envelope = await app.raw('requests.recordIdentity', {
      id: r.id,
      method: 'name_birth_date',
      checkedBy: 'Test Nutzerin',
      checkedOn: '2025-02-03',
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        issues: [
          { path: 'method', key: 'nameBirthDatePhone', message: expect.stringContaining('1&1') },
        ],
      },
    });
    expect(snapshot()).toEqual(before);
    expect(r.identityGuidance.notes).toContain('nameBirthDateNotEnough');
  });

  it('flags a reply to an address that differs from the one on file', async () => {
    const r = await app.call('requests.create', { clientId, request: requestOf(seeded, 'access') });
    const checked = await app.call('requests.recordIdentity', {
      id: r.id,
      method: 'customer_number_detail',
      checkedBy: 'Test Nutzerin',
      checkedOn: '2025-02-03',
      note: 'Kundennummer und Betrag der letzten Rechnung',
      knownEmail: 'juergen.groessmann@example.com',
      knownAddress: 'Lindenstr. 5, 80331 München',
    });
    expect(checked.contactMismatch).toEqual(['email']);
    expect(checked.identity).toMatchObject({ knownEmail: 'juergen.groessmann@example.com' });
  });
});

describe('due dates follow the client’s Land', () => {
  it('recomputes open requests when the Land changes, audited; a sent one keeps its date', async () => {
    // Received 2025-05-19: one month later is 19 June, Corpus Christi, a holiday in Bavaria
    // (due the next day) and not in Berlin.
    now = new Date('2025-06-02T10:00:00Z');
    const open = await app.call('requests.create', {
      clientId,
      request: requestOf(seeded, 'access', { receivedOn: '2025-05-19' }),
    });
    const sentOne = await app.call('requests.create', {
      clientId,
      request: requestOf(seeded, 'access', { receivedOn: '2025-05-19', requesterName: 'Eva Weiß' }),
    });
    await readyToSend(app, sentOne, '2025-05-20');
    await app.call('requests.transition', { id: sentOne.id, to: 'answered' });
    expect((await app.call('requests.get', { id: open.id })).deadlines.due).toBe('2025-06-20');
    await app.call('clients.update', {
      id: clientId,
      ...sampleClient,
      ...dpo,
      land: 'BE',
    });
    const page = await app.call('requests.get', { id: open.id });
    const [row] = (await app.call('requests.list', { clientId })).filter((x) => x.id === open.id);
    expect([page.deadlines.due, row!.due]).toEqual(['2025-06-19', '2025-06-19']);
    const [entry] = await app.call('audit.list', { entity: 'request', entityId: open.id });
    expect(entry!.changes.due).toEqual(['2025-06-20', '2025-06-19']);
    const sent = await app.call('requests.get', { id: sentOne.id });
    const [sentRow] = (await app.call('requests.list', { clientId, state: 'all' })).filter(
      (x) => x.id === sentOne.id,
    );
    expect([sent.deadlines.due, sentRow!.due]).toEqual(['2025-06-20', '2025-06-20']);
  });
});
