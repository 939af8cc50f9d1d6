import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LetterKind } from '../../core/api';
import { firstUser, openTestApp, sampleClient, secondUser, type TestApp } from '../helpers/app';
import { docxText } from '../helpers/docx';
import { dpo, readyToSend, requestOf, seedClient } from '../fixtures/requests-cases';

// The letters through the handlers: only a letter that fits the request is made, each one
// names who signs it, and the reply is built from the register and the deletion rules.

let app: TestApp;
let clientId: number;
let seeded: Awaited<ReturnType<typeof seedClient>>;
const NOW = new Date('2025-02-10T10:00:00Z');

beforeEach(async () => {
  app = await openTestApp({ now: () => NOW });
  clientId = (await app.call('clients.create', { ...sampleClient, ...dpo })).id;
  seeded = await seedClient(app, clientId);
});
afterEach(() => app.close());

const count = (table: string) =>
  (app.ctx.workspace().sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number })
    .n;
const letterText = async (id: number, letter: LetterKind, language: 'de' | 'en' = 'de') => {
  const file = await app.call('requests.letter', { id, letter, language });
  return docxText(Buffer.from(file.base64, 'base64'));
};

describe('which letters a request gets', () => {
  it('refuses the extension letter until an extension is recorded, then dates it on the notice', async () => {
    const r = await app.call('requests.create', { clientId, request: requestOf(seeded, 'access') });
    expect(r.letters).not.toContain('extension');
    const before = count('audit_log');
    const refused = await app.raw('requests.letter', {
      id: r.id,
      letter: 'extension',
      language: 'de',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_ALLOWED',
        issues: [{ key: 'extensionNotRecorded', message: expect.stringContaining('Verlängerung') }],
      },
    });
    expect(count('audit_log')).toBe(before);
    const extended = await app.call('requests.extend', {
      id: r.id,
      on: '2025-02-07',
      reason: 'Ihre Daten liegen in mehreren Systemen.',
    });
    expect(extended.letters).toContain('extension');
    const text = await letterText(r.id, 'extension');
    expect(text).toContain('München, 07.02.2025');
    expect(text).toContain('Grund: Ihre Daten liegen in mehreren Systemen.');
    expect(text).toContain('spätestens bis zum 28.04.2025');
  });

  it('gives an erasure request no Art. 15 reply and an access request no confirmation', async () => {
    const erasure = await app.call('requests.create', {
      clientId,
      request: requestOf(seeded, 'erasure'),
    });
    const working = await app.call('requests.transition', { id: erasure.id, to: 'in_progress' });
    expect(working.letters).toEqual([
      'acknowledgement',
      'identification',
      'interim',
      'confirmation',
    ]);
    const wrong = await app.raw('requests.letter', {
      id: erasure.id,
      letter: 'art15',
      language: 'de',
    });
    expect(wrong).toMatchObject({ ok: false, error: { issues: [{ key: 'letterNotFitting' }] } });
    const access = await app.call('requests.create', {
      clientId,
      request: requestOf(seeded, 'access'),
    });
    await app.call('requests.transition', { id: access.id, to: 'in_progress' });
    const confirmation = await app.raw('requests.letter', {
      id: access.id,
      letter: 'confirmation',
      language: 'en',
    });
    expect(confirmation).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  });

  it('shows a refusal before sending it, with the ground chosen in the send step', async () => {
    const r = await readyToSend(
      app,
      await app.call('requests.create', { clientId, request: requestOf(seeded, 'access') }),
    );
    expect(r.letters).not.toContain('refusal');
    const file = await app.call('requests.letter', {
      id: r.id,
      letter: 'refusal',
      language: 'de',
      draftRefusal: { ground: 'art12_5', note: '' },
    });
    expect(docxText(Buffer.from(file.base64, 'base64'))).toContain('Art. 12 Abs. 5');
    expect((await app.call('requests.get', { id: r.id })).refusal).toBeNull();
  });
});

describe('the signer', () => {
  it('is the user from Settings with the role, or the person set on the request', async () => {
    app.ctx.settings.setPreferences({
      userName: 'Erika Beispiel',
      userRole: 'Datenschutzkoordinatorin',
      language: 'de',
    });
    const r = await app.call('requests.create', { clientId, request: requestOf(seeded, 'access') });
    expect(r.signer).toEqual({
      name: 'Erika Beispiel',
      role: 'Datenschutzkoordinatorin',
      fromSettings: true,
    });
    // DIN 5008: the firm above the signature, then the signer's name and role.
    expect(await letterText(r.id, 'acknowledgement')).toContain(
      'Bäckerei Müller & Söhne GmbH\n\n\nErika Beispiel\nDatenschutzkoordinatorin',
    );
    const set = await app.call('requests.setSigner', {
      id: r.id,
      name: 'Hans Müller',
      role: 'Geschäftsführer',
    });
    expect(set.signer).toEqual({
      name: 'Hans Müller',
      role: 'Geschäftsführer',
      fromSettings: false,
    });
    expect(await letterText(r.id, 'acknowledgement', 'en')).toContain(
      'Hans Müller\nGeschäftsführer',
    );
    const [entry] = await app.call('audit.list', { entity: 'request', entityId: r.id });
    expect(entry!.changes.signerName).toEqual(['', 'Hans Müller']);
  });

  it('refuses a role without a name and writes nothing', async () => {
    const r = await app.call('requests.create', { clientId, request: requestOf(seeded, 'access') });
    const before = count('audit_log');
    const envelope = await app.raw('requests.setSigner', {
      id: r.id,
      name: '',
      role: 'Geschäftsführer',
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', issues: [{ path: 'name', key: 'required' }] },
    });
    expect(count('audit_log')).toBe(before);
  });
});

describe('the Art. 15 reply from the register', () => {
  it('names the linked processor among the recipients', async () => {
    const r = await app.call('requests.create', { clientId, request: requestOf(seeded, 'access') });
    await app.call('requests.transition', { id: r.id, to: 'in_progress' });
    await app.call('requests.saveReply', { id: r.id, activityIds: [seeded.activityIds[0]!] });
    const de = await letterText(r.id, 'art15');
    expect(de).toContain('Mailversand Cloud Inc. (Auftragsverarbeiter, USA)');
    expect(de).toContain('Versanddienstleister');
    expect(de).toContain('Rechnungen (Buchungsbelege): 8 Jahre');
    expect(await letterText(r.id, 'art15', 'en')).toContain(
      'Mailversand Cloud Inc. (processor, USA)',
    );
  });
});

describe('the erasure reply from the deletion rules', () => {
  async function erasureInProgress() {
    const r = await app.call('requests.create', {
      clientId,
      request: requestOf(seeded, 'erasure', { requesterName: 'Eva Weiß' }),
    });
    await app.call('requests.transition', { id: r.id, to: 'in_progress' });
    return r;
  }

  it('proposes what is kept under a retention duty and what is deleted', async () => {
    const r = await erasureInProgress();
    const proposal = await app.call('requests.proposal', { id: r.id });
    // In the order of the activities (by name); the letter groups them by outcome.
    expect(proposal.erasureItems).toEqual([
      {
        ruleId: null,
        name: 'Kundenservice-Hotline',
        outcome: 'deleted',
        detail: 'Gesprächsnotizen',
      },
      { ruleId: seeded.rules.master.id, name: 'Kundenstammdaten', outcome: 'deleted', detail: '' },
      {
        ruleId: seeded.rules.invoices.id,
        name: 'Rechnungen (Buchungsbelege)',
        outcome: 'retained',
        detail: '8 Jahre ab Schluss des Kalenderjahres (§ 147 Abs. 1 Nr. 4, Abs. 3 AO; § 14b UStG)',
      },
    ]);
    const ids = proposal.activities.filter((a) => a.proposed).map((a) => a.id);
    await app.call('requests.saveReply', {
      id: r.id,
      activityIds: ids,
      outcome: { erasureItems: proposal.erasureItems },
    });
    const de = await letterText(r.id, 'confirmation');
    expect(de).toContain(
      'Gelöscht haben wir:\nKundenservice-Hotline: Gesprächsnotizen\nKundenstammdaten',
    );
    expect(de).toContain('Art. 17 Abs. 3 lit. b DSGVO');
    expect(de).toContain('Rechnungen (Buchungsbelege): 8 Jahre ab Schluss des Kalenderjahres');
  });

  it('refuses a kept item without its reason, names the field, and writes nothing', async () => {
    const r = await erasureInProgress();
    const before = count('audit_log');
    const envelope = await app.raw('requests.saveReply', {
      id: r.id,
      outcome: { erasureItems: [{ name: 'Rechnungen', outcome: 'retained', detail: '' }] },
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'outcome.erasureItems.0.detail', key: 'keptNeedsReason' }],
      },
    });
    expect(count('audit_log')).toBe(before);
    expect((await app.call('requests.get', { id: r.id })).reply.outcome.erasureItems).toEqual([]);
  });

  it('reviews an erasure with its own checklist', async () => {
    const r = await erasureInProgress();
    await app.call('requests.transition', { id: r.id, to: 'in_review' });
    const got = await app.call('requests.get', { id: r.id });
    expect(got.reviewChecklist).toContain('erasedEverywhere');
    expect(got.reviewChecklist).not.toContain('complete');
    app.actAs(secondUser);
    const accessChecks = await app.raw('requests.review', {
      id: r.id,
      checks: ['onlyThisRequester', 'identityChecked', 'complete', 'deadline', 'plainLanguage'],
    });
    expect(accessChecks).toMatchObject({
      ok: false,
      error: { issues: [{ key: 'reviewIncomplete' }] },
    });
    await app.call('requests.review', { id: r.id, checks: got.reviewChecklist });
    app.actAs(firstUser);
    const reviewed = await app.call('requests.get', { id: r.id });
    expect(reviewed.sendBlockers).toEqual(['identity']);
  });
});
