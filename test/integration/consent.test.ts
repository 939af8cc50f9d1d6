import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewChecks } from '../../core/api';
import { docxText } from '../helpers/docx';
import { firstUser, openTestApp, sampleClient, secondUser, type TestApp } from '../helpers/app';
import { counterText, newsletterText } from '../fixtures/consent';

// The consent records through the real handlers on a real workspace file: wordings that
// stay as they were used, persons with their events and what each channel allows, and the
// request inbox: an access request shows the history and the Art. 15 reply lists it; a
// withdrawal request records the withdrawal and the confirmation says so.

let app: TestApp;
let clientId: number;
const now = new Date('2025-03-20T10:00:00Z');

const errorOf = async (method: Parameters<TestApp['raw']>[0], input: unknown) => {
  const envelope = await app.raw(method, input);
  if (envelope.ok) throw new Error(`${method} succeeded`);
  return envelope.error;
};
const rowCount = (table: string) =>
  app.ctx.workspace().sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

beforeAll(async () => {
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', sampleClient)).id;
});
afterAll(() => app.close());

describe('consent wordings', () => {
  it('keeps the SHA-256 of the exact text and the findings of the check', async () => {
    const vague = await app.call('consent.createText', {
      clientId,
      text: {
        ...newsletterText,
        name: 'Gewinnspiel',
        advertiser: '',
        productScope: '',
        channels: ['phone'],
        prizeDraw: true,
        text: 'Ich möchte über interessante telefonische Angebote aus dem Abonnementbereich von uns und unseren Partnern informiert werden.',
      },
    });
    expect(vague.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(vague.findings).toEqual([
      'noAdvertiser',
      'openPartners',
      'unboundedScope',
      'noWithdrawalNotice',
      'phoneInPrizeDraw',
    ]);
    const good = await app.call('consent.createText', { clientId, text: newsletterText });
    expect(good.findings).toEqual([]);
    expect(good.version).toBe(1);
  });

  it('changes an unused wording, but a used one only by a new version', async () => {
    const text = await app.call('consent.createText', { clientId, text: counterText });
    const edited = await app.call('consent.updateText', {
      id: text.id,
      text: { ...counterText, purpose: 'Angebote zur Kundenkarte (Treuepunkte)' },
    });
    expect(edited.sha256).toBe(text.sha256);
    const person = await app.call('consent.createPerson', {
      clientId,
      person: { name: 'Erika Muster', email: 'erika@example.org', phone: '+49 170 1234567' },
    });
    await app.call('consent.recordEvent', {
      personId: person.id,
      event: {
        kind: 'given',
        at: '2025-03-01T09:00:00+01:00',
        textId: text.id,
        source: 'paper_form',
        method: 'signature',
      },
    });
    const refused = await errorOf('consent.updateText', { id: text.id, text: counterText });
    expect(refused.code).toBe('NOT_ALLOWED');
    expect(refused.issues?.[0]).toMatchObject({ key: 'textInUse' });
    expect((await errorOf('consent.deleteText', { id: text.id })).code).toBe('NOT_ALLOWED');
    const v2 = await app.call('consent.createText', {
      clientId,
      text: { ...counterText, text: `${counterText.text} Stand 2025.`, validFrom: '2025-03-15' },
      replacesId: text.id,
    });
    expect(v2).toMatchObject({ version: 2, seriesId: text.id });
    expect(v2.sha256).not.toBe(text.sha256);
    expect(await app.call('consent.getText', { id: text.id })).toMatchObject({
      replacedBy: v2.id,
      usedCount: 1,
      text: counterText.text,
    });
  });
});

describe('a person and what each channel allows', () => {
  let personId: number;
  let textId: number;
  beforeAll(async () => {
    textId = (await app.call('consent.listTexts', { clientId })).find(
      (t) => t.name === newsletterText.name,
    )!.id;
    personId = (
      await app.call('consent.createPerson', {
        clientId,
        person: { name: 'Jürgen Größmann', email: 'j.groessmann@example.org', reference: 'K-4711' },
      })
    ).id;
  });

  it('allows e-mail only once the double opt-in is confirmed, with the mail kept as proof', async () => {
    const given = await app.call('consent.recordEvent', {
      personId,
      event: {
        kind: 'given',
        at: '2025-03-10T14:07:00+01:00',
        textId,
        source: 'web_form',
        sourceDetail: 'https://baeckerei-mueller.de/newsletter',
        method: 'unticked_checkbox',
        ip: '203.0.113.7',
      },
    });
    expect(given.events[0]!.channels).toEqual(['email']);
    expect(given.channels.find((c) => c.channel === 'email')).toMatchObject({
      allowed: false,
      reasons: ['doiMissing'],
    });
    const confirmed = await app.call('consent.recordEvent', {
      personId,
      event: {
        kind: 'doi_confirmed',
        at: '2025-03-10T14:20:00+01:00',
        ip: '203.0.113.7',
        userAgent: 'Mozilla/5.0',
        file: { name: 'Bestätigung.eml', base64: Buffer.from('From: x').toString('base64') },
      },
    });
    expect(confirmed.channels.find((c) => c.channel === 'email')).toMatchObject({
      allowed: true,
      basis: 'consent_doi',
    });
    // A double opt-in proves nothing for phone.
    expect(confirmed.channels.find((c) => c.channel === 'phone')).toMatchObject({
      allowed: false,
      reasons: ['noConsent', 'doiNotForPhone'],
    });
    const files = await app.call('attachments.list', {
      ownerType: 'consent_person',
      ownerId: personId,
    });
    expect(files).toMatchObject([{ name: 'Bestätigung.eml', role: 'doi_confirmation' }]);
    expect(confirmed.events[1]!.attachmentId).toBe(files[0]!.id);
    expect(confirmed.keepUntil).toMatchObject({ date: null, basis: 'no_statutory_period' });
    const refused = await errorOf('attachments.delete', { id: files[0]!.id });
    expect(refused.issues?.[0]).toMatchObject({ key: 'proofFile' });
  });

  it('refuses a consent without its wording, and a wording not in use then, naming the field', async () => {
    const before = rowCount('consent_events');
    const missing = await errorOf('consent.recordEvent', {
      personId,
      event: { kind: 'given', at: '2025-03-11T10:00:00+01:00' },
    });
    expect(missing.issues?.map((i) => [i.path, i.key])).toEqual([
      ['event.textId', 'textRequired'],
      ['event.source', 'sourceRequired'],
      ['event.method', 'methodRequired'],
    ]);
    const early = await errorOf('consent.recordEvent', {
      personId,
      event: {
        kind: 'given',
        at: '2024-12-01T10:00:00+01:00',
        textId,
        source: 'web_form',
        method: 'unticked_checkbox',
      },
    });
    expect(early.issues?.[0]).toMatchObject({ path: 'event.textId', key: 'textNotValidThen' });
    expect(rowCount('consent_events')).toBe(before);
  });

  it('keeps phone evidence five years from the consent and from every use (§ 7a UWG)', async () => {
    const counter = (await app.call('consent.listTexts', { clientId })).find(
      (t) => t.name === counterText.name && t.version === 1,
    )!;
    await app.call('consent.recordEvent', {
      personId,
      event: {
        kind: 'given',
        at: '2025-03-01T09:00:00+01:00',
        textId: counter.id,
        channels: ['phone'],
        source: 'paper_form',
        method: 'signature',
      },
    });
    const used = await app.call('consent.recordEvent', {
      personId,
      event: { kind: 'phone_use', at: '2025-03-18T16:30:00+01:00', note: 'Frühjahrsaktion' },
    });
    expect(used.channels.find((c) => c.channel === 'phone')).toMatchObject({
      allowed: true,
      basis: 'consent',
    });
    expect(used.keepUntil).toMatchObject({
      date: '2030-03-18',
      from: '2025-03-18',
      basis: 'phone_7a',
    });
    const refused = await errorOf('consent.deletePerson', { id: personId });
    expect(refused).toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('counts the channels of the client and lists who may be written to', async () => {
    const status = await app.call('consent.channelStatus', { clientId });
    expect(status.channels.find((c) => c.channel === 'email')!.allowed).toBe(1);
    const page = await app.call('consent.persons', {
      clientId,
      channel: 'email',
      status: 'allowed',
    });
    expect(page.rows.map((r) => r.name)).toEqual(['Jürgen Größmann']);
  });

  it('refuses a second person with the same e-mail address', async () => {
    const refused = await errorOf('consent.createPerson', {
      clientId,
      person: { name: 'J. Größmann', email: 'J.Groessmann@example.org' },
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.issues?.[0]).toMatchObject({ path: 'person.email', key: 'personExists' });
  });

  it('shows the history on an access request and lists it in the Art. 15 reply', async () => {
    const request = await app.call('requests.create', {
      clientId,
      request: {
        kind: 'access',
        receivedOn: '2025-03-19',
        channel: 'email',
        requesterName: 'Jürgen Größmann',
        requesterEmail: 'j.groessmann@example.org',
      },
    });
    await app.call('requests.transition', { id: request.id, to: 'in_progress' });
    const found = await app.call('consent.forRequest', { id: request.id });
    expect(found.withdraws).toBe(false);
    expect(found.persons.map((p) => p.name)).toEqual(['Jürgen Größmann']);
    const letter = await app.call('requests.letter', {
      id: request.id,
      letter: 'art15',
      language: 'de',
    });
    const text = await docxText(Buffer.from(letter.base64, 'base64'));
    expect(text).toContain('Ihre Einwilligungen in Werbung (Art. 7 Abs. 1 DSGVO)');
    expect(text).toContain(
      '10.03.2025, 14:07 Uhr: Einwilligung erteilt – E-Mail – über Webformular (https://baeckerei-mueller.de/newsletter) – durch Ankreuzen eines nicht vorausgewählten Kästchens – Text „Newsletter-Anmeldung Website“, Version 1',
    );
    expect(text).toContain(
      'Einwilligung per Bestätigungs-Mail (Double-Opt-in) bestätigt – von IP-Adresse 203.0.113.7',
    );
    expect(text).toContain(newsletterText.text);
    expect(text).not.toContain('Das ist nicht der Fall');
  });

  it('records a withdrawal request on the person, suppresses them and says so in the confirmation', async () => {
    const request = await app.call('requests.create', {
      clientId,
      request: {
        kind: 'consent_withdrawal',
        receivedOn: '2025-03-19',
        receivedTime: '08:30',
        channel: 'letter',
        requesterName: 'Jürgen Größmann',
        requesterReference: 'k-4711',
      },
    });
    const recorded = await app.call('consent.recordFromRequest', { id: request.id });
    const person = recorded.persons[0]!;
    expect(person.events.at(-1)).toMatchObject({
      kind: 'withdrawn',
      source: 'request',
      requestId: request.id,
    });
    expect(person.suppressed).toEqual(['email', 'phone', 'sms', 'fax', 'post']);
    expect(person.channels.every((c) => !c.allowed)).toBe(true);
    // Recording again adds nothing.
    const again = await app.call('consent.recordFromRequest', { id: request.id });
    expect(again.persons[0]!.events.filter((e) => e.requestId === request.id)).toHaveLength(1);
    await app.call('requests.transition', { id: request.id, to: 'in_progress' });
    const letter = await app.call('requests.letter', {
      id: request.id,
      letter: 'confirmation',
      language: 'de',
    });
    const text = await docxText(Buffer.from(letter.base64, 'base64'));
    expect(text).toContain(
      'Ihren Widerruf bzw. Widerspruch haben wir am 19.03.2025 in unseren Einwilligungsnachweisen vermerkt. Werbung per E-Mail, Telefon, SMS, Fax und Post erhalten Sie von uns nicht mehr.',
    );
    expect(text).toContain('Sperrliste für Werbung');
    const csv = Buffer.from(
      (await app.call('consent.exportSuppression', { clientId, language: 'de' })).base64,
      'base64',
    ).toString('utf8');
    expect(csv.split('\r\n')[1]).toBe(
      'Bäckerei Müller & Söhne GmbH;Jürgen Größmann;j.groessmann@example.org;;K-4711;alle Kanäle;19.03.2025;Einwilligung widerrufen',
    );
  });

  it('records an objection when its reply is sent, before the confirmation is stored', async () => {
    const request = await app.call('requests.create', {
      clientId,
      request: {
        kind: 'objection',
        receivedOn: '2025-03-19',
        channel: 'email',
        requesterName: 'Erika Muster',
        requesterEmail: 'erika@example.org',
      },
    });
    await app.call('requests.recordIdentity', {
      id: request.id,
      method: 'known_email',
      checkedBy: 'Test Nutzerin',
      checkedOn: '2025-03-19',
    });
    await app.call('requests.transition', { id: request.id, to: 'in_progress' });
    await app.call('requests.transition', { id: request.id, to: 'in_review' });
    app.actAs(secondUser);
    await app.call('requests.review', { id: request.id, checks: [...reviewChecks] });
    app.actAs(firstUser);
    const sent = await app.call('requests.transition', { id: request.id, to: 'answered' });
    const person = (await app.call('consent.forRequest', { id: request.id })).persons[0]!;
    expect(person.events.at(-1)).toMatchObject({ kind: 'objected', requestId: request.id });
    const file = await app.call('attachments.get', { id: sent.sentReply!.attachmentId! });
    expect(await docxText(Buffer.from(file.base64, 'base64'))).toContain(
      'Ihren Widerruf bzw. Widerspruch haben wir am 19.03.2025 in unseren Einwilligungsnachweisen vermerkt.',
    );
  });
});
