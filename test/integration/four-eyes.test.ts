import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewChecklist } from '../../core/rules/requests-workflow';
import type { DataRequest } from '../../core/api';
import { accessRequest, seedRegister } from '../fixtures/requests';
import { firstUser, openTestApp, sampleClient, secondUser, type TestApp } from '../helpers/app';

// The four-eyes review holds against one person playing two: the reviewer is the user at
// work (name in Settings and operating-system account), never a typed name; who prepared
// the reply cannot review it and who reviewed it cannot send it, under any name in Settings.

let app: TestApp;
let clientId: number;
let seeded: Awaited<ReturnType<typeof seedRegister>>;
const now = new Date('2025-02-10T10:00:00Z');

beforeEach(async () => {
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', sampleClient)).id;
  seeded = await seedRegister(app, clientId);
});
afterEach(() => app.close());

const auditCount = () =>
  app.ctx.workspace().sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

/** An access request with a checked identity and a saved reply, put into review by `firstUser`. */
async function preparedForReview(): Promise<DataRequest> {
  const r = await app.call('requests.create', {
    clientId,
    request: accessRequest([seeded.subjectId('Kunden')]),
  });
  await app.call('requests.recordIdentity', {
    id: r.id,
    method: 'known_email',
    checkedBy: firstUser.name,
    checkedOn: '2025-02-03',
  });
  await app.call('requests.transition', { id: r.id, to: 'in_progress' });
  await app.call('requests.saveReply', { id: r.id, activityIds: [seeded.activityIds[0]!] });
  return app.call('requests.transition', { id: r.id, to: 'in_review' });
}

const review = (r: DataRequest) =>
  app.raw('requests.review', { id: r.id, checks: reviewChecklist(r.kind) });

describe('the four-eyes review', () => {
  it('refuses a review by the person who prepared the reply, also after a rename in Settings', async () => {
    const r = await preparedForReview();
    expect(r.preparedBy).toEqual({ ...firstUser, at: now.toISOString() });
    expect(r.fourEyes).toMatchObject({ you: firstUser, preparedByYou: true });
    const before = auditCount();

    const own = await review(r);
    expect(own).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_ALLOWED',
        issues: [
          {
            key: 'preparerReviews',
            message: expect.stringContaining('an ihrem eigenen Benutzerkonto prüfen'),
          },
        ],
      },
    });
    // Renamed to the colleague's name: still the same account, still the same person.
    app.actAs({ account: firstUser.account, name: secondUser.name });
    expect(await review(r)).toMatchObject({
      ok: false,
      error: { issues: [{ key: 'preparerReviews' }] },
    });
    expect(auditCount()).toBe(before);
    expect((await app.call('requests.get', { id: r.id })).review).toBeNull();
  });

  it('refuses another account under the name of the person who prepared it', async () => {
    const r = await preparedForReview();
    app.actAs({ account: 'zweitkonto', name: firstUser.name });
    expect(await review(r)).toMatchObject({
      ok: false,
      error: { issues: [{ key: 'preparerReviews' }] },
    });
  });

  it('records who prepared, reviewed and sent the reply, by name and account, in the history', async () => {
    const r = await preparedForReview();
    app.actAs(secondUser);
    const reviewed = await app.call('requests.review', {
      id: r.id,
      checks: reviewChecklist(r.kind),
      note: 'Anlagen geprüft',
    });
    expect(reviewed.review).toMatchObject({
      reviewer: secondUser.name,
      account: secondUser.account,
      at: now.toISOString(),
    });
    expect(reviewed.fourEyes).toMatchObject({ preparedByYou: false, reviewedByYou: true });

    app.actAs(firstUser);
    const sent = await app.call('requests.transition', { id: r.id, to: 'answered' });
    expect(sent.preparedBy).toMatchObject(firstUser);
    expect(sent.review).toMatchObject({ reviewer: secondUser.name, account: secondUser.account });
    expect(sent.sentBy).toEqual(firstUser);

    const history = await app.call('audit.list', { entity: 'request', entityId: r.id });
    const changesOf = (field: string) =>
      history.filter((e) => field in e.changes).map((e) => e.changes[field]![1]);
    expect(changesOf('preparedBy')).toContainEqual({ ...firstUser, at: now.toISOString() });
    expect(changesOf('review')).toContainEqual(
      expect.objectContaining({ reviewer: secondUser.name, account: secondUser.account }),
    );
    expect(history[0]).toMatchObject({
      actor: firstUser.name,
      changes: { sentBy: [null, firstUser] },
    });
  });

  it('refuses sending by the reviewer, also after a rename in Settings', async () => {
    const r = await preparedForReview();
    app.actAs(secondUser);
    await review(r);
    const seen = await app.call('requests.get', { id: r.id });
    expect(seen.sendBlockers).toEqual(['reviewer']);
    const before = auditCount();
    for (const name of [secondUser.name, firstUser.name]) {
      app.actAs({ account: secondUser.account, name });
      const send = await app.raw('requests.transition', { id: r.id, to: 'answered' });
      expect(send).toMatchObject({
        ok: false,
        error: {
          code: 'NOT_ALLOWED',
          issues: [
            {
              key: 'reviewerSends',
              message: expect.stringContaining('Sie haben diese Antwort geprüft'),
            },
          ],
        },
      });
    }
    expect(auditCount()).toBe(before);
    app.actAs(firstUser);
    expect((await app.call('requests.get', { id: r.id })).sendBlockers).toEqual([]);
    expect((await app.call('requests.transition', { id: r.id, to: 'answered' })).state).toBe(
      'answered',
    );
  });

  it('takes the person who put an unsaved reply into review as its preparer', async () => {
    const r = await app.call('requests.create', { clientId, request: accessRequest() });
    await app.call('requests.transition', { id: r.id, to: 'in_progress' });
    const inReview = await app.call('requests.transition', { id: r.id, to: 'in_review' });
    expect(inReview.preparedBy).toMatchObject(firstUser);
    expect(await review(inReview)).toMatchObject({
      ok: false,
      error: { issues: [{ key: 'preparerReviews' }] },
    });
  });

  it('makes whoever changes the reviewed reply its preparer: the review goes, and so does her right to review', async () => {
    const r = await preparedForReview();
    app.actAs(secondUser);
    await review(r);
    await app.call('requests.transition', { id: r.id, to: 'in_progress' });
    const changed = await app.call('requests.saveReply', { id: r.id, replyText: 'Ergänzt.' });
    expect(changed.review).toBeNull();
    expect(changed.preparedBy).toMatchObject(secondUser);
    await app.call('requests.transition', { id: r.id, to: 'in_review' });
    expect(await review(r)).toMatchObject({
      ok: false,
      error: { issues: [{ key: 'preparerReviews' }] },
    });
    app.actAs(firstUser);
    expect(await review(r)).toMatchObject({ ok: true });
  });
});
