import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentEventInput } from '../../core/api';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { docxToPdfs, normaliseSpace, warnIfNoLibreOffice } from '../helpers/libreoffice';
import { overlappingLines, readPdfLayout, type PdfPage } from '../helpers/pdf-layout';
import { counterText, newsletterText } from '../fixtures/consent';

// The Art. 15 reply to a subscriber as the requester's office suite opens it: the consent
// section answers "when did I consent, how, to which text" (Art. 7(1) GDPR) with every
// recorded event and the exact wordings, in German and English, and its lines do not collide.
const skip = warnIfNoLibreOffice('consent-reply-libreoffice.test.ts (Art. 15 consent section)');

let app: TestApp;
const pages = new Map<string, PdfPage[]>();

const pageText = (language: 'de' | 'en') =>
  normaliseSpace(
    (pages.get(language) ?? [])
      .flatMap((p) => p.lines)
      .map((l) => l.words.join(' '))
      .join(' '),
  );

beforeAll(async () => {
  app = await openTestApp({ now: () => new Date('2025-03-20T10:00:00Z') });
  app.ctx.settings.setPreferences({ userName: 'Erika Beispiel', language: 'de' });
  const clientId = (await app.call('clients.create', sampleClient)).id;
  const newsletter = await app.call('consent.createText', { clientId, text: newsletterText });
  const counter = await app.call('consent.createText', { clientId, text: counterText });
  const person = await app.call('consent.createPerson', {
    clientId,
    person: {
      name: 'Jürgen Größmann',
      email: 'j.groessmann@example.org',
      phone: '+49 170 1234567',
    },
  });
  const record = (event: ConsentEventInput) =>
    app.call('consent.recordEvent', { personId: person.id, event });
  await record({
    kind: 'given',
    at: '2024-09-12T11:20:00+02:00',
    textId: counter.id,
    channels: ['phone'],
    source: 'paper_form',
    sourceDetail: 'Anmeldebogen Kundenkarte Nr. 0815',
    method: 'signature',
  });
  await record({
    kind: 'given',
    at: '2025-03-10T14:07:00+01:00',
    textId: newsletter.id,
    source: 'web_form',
    sourceDetail: 'https://baeckerei-mueller.de/newsletter',
    method: 'unticked_checkbox',
  });
  await record({ kind: 'doi_confirmed', at: '2025-03-10T14:12:00+01:00', ip: '203.0.113.7' });
  await record({ kind: 'phone_use', at: '2025-03-18T16:30:00+01:00' });
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
  if (skip) return;
  const files = [];
  for (const language of ['de', 'en'] as const) {
    const letter = await app.call('requests.letter', { id: request.id, letter: 'art15', language });
    files.push({ name: language, bytes: Buffer.from(letter.base64, 'base64') });
  }
  const { pdfs, dispose } = await docxToPdfs(files);
  try {
    for (const [name, pdf] of pdfs) pages.set(name, await readPdfLayout(pdf));
  } finally {
    dispose();
  }
}, 300_000);
afterAll(() => app.close());

describe.skipIf(skip)('the Art. 15 reply with its consent section, in LibreOffice', () => {
  it('lists every consent event with when, how and which text, in German', () => {
    const text = pageText('de');
    for (const expected of [
      'Ihre Einwilligungen in Werbung (Art. 7 Abs. 1 DSGVO)',
      'was, wann, wie und mit welchem Einwilligungstext',
      '12.09.2024, 11:20 Uhr: Einwilligung erteilt – Telefon – über Papierformular (Anmeldebogen Kundenkarte Nr. 0815) – durch Unterschrift – Text „Kundenkarte Anmeldebogen“, Version 1',
      '10.03.2025, 14:07 Uhr: Einwilligung erteilt – E-Mail – über Webformular (https://baeckerei-mueller.de/newsletter) – durch Ankreuzen eines nicht vorausgewählten Kästchens – Text „Newsletter-Anmeldung Website“, Version 1',
      'Einwilligung per Bestätigungs-Mail (Double-Opt-in) bestätigt – von IP-Adresse 203.0.113.7',
      '18.03.2025, 16:30 Uhr',
      'Wortlaut der Einwilligungstexte',
      normaliseSpace(newsletterText.text),
      normaliseSpace(counterText.text),
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says the same in English', () => {
    const text = pageText('en');
    for (const expected of [
      'Your consent to advertising (Art. 7(1) GDPR)',
      'Consent given – e-mail – via web form (https://baeckerei-mueller.de/newsletter) – by ticking a box that was not pre-ticked',
      'Consent confirmed by the confirmation mail (double opt-in) – from IP address 203.0.113.7',
      'Phone advertising call made',
      'Wording of the consent texts',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('sets the section without colliding lines', () => {
    for (const language of ['de', 'en']) {
      expect(overlappingLines(pages.get(language) ?? []), language).toEqual([]);
    }
  });
});
