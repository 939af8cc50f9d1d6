import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerActivities } from '../fixtures/requests';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';

// The DPIA screening of an activity on a real workspace file: what is recorded (answers,
// result, reasons, who and when), what is refused without a change, the attention item on
// the client's home and in the cockpit until a DPIA is recorded, its files, and that the
// records go with their activity.

let app: TestApp;
let clock = new Date('2026-11-20T10:00:00Z');
let clientId = 0;
let activityId = 0;

beforeEach(async () => {
  clock = new Date('2026-11-20T10:00:00Z');
  app = await openTestApp({ now: () => clock });
  clientId = (await app.call('clients.create', sampleClient)).id;
  activityId = (await app.call('activities.create', { clientId, activity: customerActivities[0]! }))
    .id;
});
afterEach(() => app.close());

const dpiaItems = async () =>
  (await app.call('home.attention', { clientId })).filter((i) => i.kind === 'dpia_needed');
const cockpitDpia = async () =>
  (await app.call('home.cockpit', {})).filter((i) => i.kind === 'dpia_needed');
const count = (sql: string) => app.ctx.workspace().sqlite.prepare(sql).pluck().get() as number;
const twoCriteria = { criteria: ['monitoring' as const, 'vulnerable' as const] };

describe('the DPIA screening of an activity', () => {
  it('starts empty', async () => {
    expect(await app.call('dpia.get', { activityId })).toEqual({
      activityId,
      clientId,
      screening: null,
      record: null,
    });
  });

  it('records the answers, the result with reasons, who screened and when', async () => {
    const saved = await app.call('dpia.screen', { activityId, answers: twoCriteria });
    expect(saved.screening).toEqual({
      answers: { art35: [], criteria: ['monitoring', 'vulnerable'], dsk: [], exception: null },
      ruleResult: 'needed',
      result: 'needed',
      reasons: ['two_or_more', 'criterion_monitoring', 'criterion_vulnerable'],
      deviationReason: '',
      screenedBy: 'Test Nutzerin',
      screenedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(await app.call('dpia.get', { activityId })).toEqual(saved);
    const [entry] = await app.call('audit.list', { entity: 'dpia', entityId: activityId });
    expect(entry).toMatchObject({ action: 'create', clientId, label: customerActivities[0]!.name });
  });

  it('records a deviation from the rule only with the user’s reasons', async () => {
    const refused = await app.raw('dpia.screen', {
      activityId,
      answers: twoCriteria,
      deviation: { result: 'not_needed', reason: '  ' },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION_FAILED');
      expect(refused.error.issues?.[0]?.path).toBe('deviation.reason');
    }
    expect(count('SELECT count(*) FROM dpia_assessments')).toBe(0);

    const reason = 'Nur drei Beschäftigte, Aufzeichnung ohne Verhaltenskontrolle; DSB zugestimmt.';
    const saved = await app.call('dpia.screen', {
      activityId,
      answers: twoCriteria,
      deviation: { result: 'not_needed', reason },
    });
    expect(saved.screening).toMatchObject({
      ruleResult: 'needed',
      result: 'not_needed',
      deviationReason: reason,
    });
    expect(await dpiaItems()).toEqual([]);
  });

  it('refuses "not needed" where Art. 35(3) requires a DPIA, and changes nothing', async () => {
    const envelope = await app.raw('dpia.screen', {
      activityId,
      answers: { art35: ['c_public_monitoring'] },
      deviation: { result: 'not_needed', reason: 'Wir sehen kein Risiko.' },
    });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('NOT_ALLOWED');
      expect(envelope.error.issues?.[0]?.message).toContain('Art. 35 Abs. 3');
    }
    expect(count('SELECT count(*) FROM dpia_assessments')).toBe(0);
  });

  it('keeps no reasons when the chosen result is the rule’s own', async () => {
    const saved = await app.call('dpia.screen', {
      activityId,
      answers: { dsk: ['biometric'], criteria: ['innovative'] },
      deviation: { result: 'needed', reason: 'Ohnehin.' },
    });
    expect(saved.screening).toMatchObject({ result: 'needed_dsk', deviationReason: '' });
  });

  it('shows "DPIA needed" on the home and the cockpit until a DPIA is recorded', async () => {
    expect(await dpiaItems()).toEqual([]);
    await app.call('home.cockpit', {}); // the cockpit now keeps what it read
    await app.call('dpia.screen', { activityId, answers: twoCriteria });
    const [item] = await dpiaItems();
    expect(item).toMatchObject({
      entity: 'activity',
      entityId: activityId,
      date: '2026-11-20',
      details: ['needed'],
    });
    expect(await cockpitDpia()).toMatchObject([{ clientId, urgency: 'urgent' }]);
    const clients = await app.call('clients.list', {});
    expect(clients[0]?.light).toBe('red');

    const envelope = await app.raw('dpia.record', {
      activityId,
      record: { date: '2026-11-21', reference: 'DSFA-1', outcome: 'risks_addressed' },
    });
    expect(envelope.ok).toBe(false); // a date in the future
    expect(await dpiaItems()).toHaveLength(1);

    const recorded = await app.call('dpia.record', {
      activityId,
      record: { date: '2026-11-19', reference: 'DSFA-2026-01', outcome: 'risks_addressed' },
    });
    expect(recorded.record).toEqual({
      date: '2026-11-19',
      reference: 'DSFA-2026-01',
      outcome: 'risks_addressed',
      note: '',
      recordedBy: 'Test Nutzerin',
      recordedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(recorded.screening?.result).toBe('needed');
    expect(await dpiaItems()).toEqual([]);
    expect(await cockpitDpia()).toEqual([]);
  });

  it('keeps the activity’s DPIA field, which the register prints, in step with its history', async () => {
    const status = async () => (await app.call('activities.get', { id: activityId })).dpiaStatus;
    expect(await status()).toBe('open');
    await app.call('dpia.screen', { activityId, answers: { criteria: ['monitoring'] } });
    expect(await status()).toBe('not_needed');
    await app.call('dpia.screen', { activityId, answers: twoCriteria });
    expect(await status()).toBe('needed');
    await app.call('dpia.record', {
      activityId,
      record: { date: '2026-11-19', reference: 'DSFA-2026-01', outcome: 'risks_addressed' },
    });
    expect(await status()).toBe('done');
    // Screened again after the DPIA: it was carried out, and stays so.
    await app.call('dpia.screen', { activityId, answers: twoCriteria });
    expect(await status()).toBe('done');
    const history = await app.call('audit.list', { entity: 'activity', entityId: activityId });
    expect(history.flatMap((h) => (h.changes.dpiaStatus ? [h.changes.dpiaStatus] : []))).toEqual([
      ['needed', 'done'],
      ['not_needed', 'needed'],
      ['open', 'not_needed'],
      [null, 'open'],
    ]);
  });

  it('shows no item for an archived activity', async () => {
    await app.call('dpia.screen', { activityId, answers: twoCriteria });
    await app.call('activities.archive', { id: activityId });
    expect(await dpiaItems()).toEqual([]);
  });

  it('keeps the DPIA’s files with the activity and deletes them with it', async () => {
    await app.call('dpia.screen', { activityId, answers: twoCriteria });
    await app.call('dpia.record', {
      activityId,
      record: { date: '2026-11-19', reference: 'DSFA-1', outcome: 'prior_consultation' },
    });
    const file = await app.call('attachments.add', {
      ownerType: 'dpia',
      ownerId: activityId,
      role: 'dpia_report',
      name: 'DSFA-Bericht.pdf',
      mimeType: 'application/pdf',
      base64: Buffer.from('%PDF-1.4 Bericht').toString('base64'),
    });
    expect(file.clientId).toBe(clientId);
    expect(await app.call('attachments.list', { ownerType: 'dpia', ownerId: activityId })).toEqual([
      file,
    ]);
    await app.call('activities.delete', { id: activityId });
    expect(count('SELECT count(*) FROM dpia_assessments')).toBe(0);
    expect(count("SELECT count(*) FROM attachments WHERE owner_type = 'dpia'")).toBe(0);
  });

  it('answers NOT_FOUND for an activity that does not exist, writing nothing', async () => {
    for (const [method, input] of [
      ['dpia.get', { activityId: 999 }],
      ['dpia.screen', { activityId: 999, answers: {} }],
      [
        'dpia.record',
        {
          activityId: 999,
          record: { date: '2026-11-19', reference: 'X', outcome: 'risks_addressed' },
        },
      ],
    ] as const) {
      const envelope = await app.raw(method, input);
      expect(envelope.ok ? 'ok' : envelope.error.code).toBe('NOT_FOUND');
    }
    expect(count('SELECT count(*) FROM dpia_assessments')).toBe(0);
  });

  it('lists the DSK items known, in both languages, as incomplete', async () => {
    const de = await app.call('dpia.dskList', { language: 'de' });
    const en = await app.call('dpia.dskList', { language: 'en' });
    expect(de.complete).toBe(false);
    expect(de.items.map((i) => i.key)).toEqual(['biometric', 'genetic']);
    expect(en.items[0]?.label).toMatch(/^Processing of biometric data/);
  });
});
