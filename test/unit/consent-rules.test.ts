import { describe, expect, it } from 'vitest';
import type { AdChannel } from '../../core/api';
import {
  channelVerdicts,
  suppressedChannels,
  type ConsentFactEvent,
  type ConsentFacts,
} from '../../core/rules/consent-channels';
import { keepPeriodOver, keepUntilOf } from '../../core/rules/consent-keep';
import { checkWording, type WordingInput } from '../../core/rules/consent-wording';

// The rules a DPO relies on when a campaign goes out: which channel may carry advertising
// to whom now (every combination of consent, double opt-in, § 7(3) UWG, B2B/B2C and
// withdrawal), the wording check on the examples courts threw out, and how long the phone
// consent evidence is kept (§ 7a Abs. 2 Satz 1 UWG).

const ev = (
  kind: ConsentFactEvent['kind'],
  at: string,
  channels: AdChannel[] = [],
  source: ConsentFactEvent['source'] = null,
): ConsentFactEvent => ({ kind, at, channels, source });

const facts = (over: Partial<ConsentFacts>): ConsentFacts => ({
  business: false,
  presumedConsentReason: '',
  customerSaleOn: null,
  similarGoods: '',
  noticeAtCollection: false,
  noticeInEveryMail: false,
  events: [],
  ...over,
});

const verdict = (f: ConsentFacts, channel: AdChannel) =>
  channelVerdicts(f).find((v) => v.channel === channel)!;

describe('channel rules: every combination', () => {
  const emailConsent = [false, true];
  const dois = ['none', 'requested', 'confirmed'] as const;
  const existing = ['none', 'partial', 'all'] as const;
  const business = [false, true];
  const presumed = ['', 'Bestehende Geschäftsbeziehung, Anfrage nach Angeboten am 01.02.2025'];
  const phoneConsent = ['none', 'web_form', 'paper_form'] as const;
  const stops = ['none', 'withdrawn', 'objected'] as const;
  const cases = emailConsent.flatMap((email) =>
    dois.flatMap((doi) =>
      existing.flatMap((ec) =>
        business.flatMap((b2b) =>
          presumed.flatMap((reason) =>
            phoneConsent.flatMap((phone) =>
              stops.map((stop) => ({ email, doi, ec, b2b, reason, phone, stop })),
            ),
          ),
        ),
      ),
    ),
  );

  function build(c: (typeof cases)[number]): ConsentFacts {
    const events: ConsentFactEvent[] = [];
    if (c.email) events.push(ev('given', '2025-02-01T10:00:00.000Z', ['email'], 'web_form'));
    if (c.doi !== 'none') events.push(ev('doi_requested', '2025-02-01T10:01:00.000Z', [], 'email'));
    if (c.doi === 'confirmed')
      events.push(ev('doi_confirmed', '2025-02-01T10:05:00.000Z', [], 'email'));
    if (c.phone !== 'none')
      events.push(ev('given', '2025-02-02T10:00:00.000Z', ['phone'], c.phone));
    if (c.stop !== 'none') events.push(ev(c.stop, '2025-03-01T10:00:00.000Z'));
    return facts({
      business: c.b2b,
      presumedConsentReason: c.reason,
      customerSaleOn: c.ec === 'none' ? null : '2025-01-15',
      similarGoods: c.ec === 'all' ? 'Backwaren' : '',
      noticeAtCollection: c.ec === 'all',
      noticeInEveryMail: c.ec === 'all',
      events,
    });
  }

  it(`covers ${cases.length} combinations`, () => {
    expect(cases).toHaveLength(648);
  });

  it.each(cases)('%o', (c) => {
    const f = build(c);
    const stopped = c.stop !== 'none';
    const email = verdict(f, 'email');
    const phone = verdict(f, 'phone');
    // E-mail: express consent proven by a confirmed double opt-in, or all of § 7(3) UWG.
    expect(email.allowed).toBe(!stopped && ((c.email && c.doi === 'confirmed') || c.ec === 'all'));
    if (email.allowed) {
      expect(email.basis).toBe(
        c.email && c.doi === 'confirmed' ? 'consent_doi' : 'existing_customer',
      );
    } else if (stopped) {
      expect(email.reasons).toEqual([c.stop]);
    } else if (c.email) {
      expect(email.reasons[0]).toBe(c.doi === 'requested' ? 'doiPending' : 'doiMissing');
    } else {
      expect(email.reasons[0]).toBe('noConsent');
    }
    if (!email.allowed && !stopped && c.ec === 'partial') {
      expect(email.reasons).toEqual(
        expect.arrayContaining(['ecSimilarMissing', 'ecNoticeMissing']),
      );
    }
    // Phone: a consumer's express consent; a business's presumed consent with its reason.
    expect(phone.allowed).toBe(!stopped && (c.phone !== 'none' || (c.b2b && c.reason !== '')));
    if (phone.allowed && c.phone === 'web_form')
      expect(phone.reasons).toEqual(['phoneConsentOnline']);
    if (!phone.allowed && !stopped && !c.b2b && c.doi === 'confirmed' && c.email) {
      expect(phone.reasons).toEqual(['noConsent', 'doiNotForPhone']);
    }
    if (!phone.allowed && !stopped && c.b2b) expect(phone.reasons).toEqual(['noPresumedReason']);
    // SMS and fax were never consented to; post runs until an objection or withdrawal.
    expect(verdict(f, 'sms').allowed).toBe(false);
    expect(verdict(f, 'fax').allowed).toBe(false);
    expect(verdict(f, 'post').allowed).toBe(!stopped);
    expect(suppressedChannels(f.events)).toEqual(
      stopped ? ['email', 'phone', 'sms', 'fax', 'post'] : [],
    );
  });
});

describe('channel rules: the order of events', () => {
  it('counts a consent given again after a withdrawal, but not the § 7(3) exception', () => {
    const f = facts({
      customerSaleOn: '2025-01-15',
      similarGoods: 'Backwaren',
      noticeAtCollection: true,
      noticeInEveryMail: true,
      events: [
        ev('withdrawn', '2025-02-01T10:00:00.000Z', ['email']),
        ev('given', '2025-03-01T10:00:00.000Z', ['email'], 'web_form'),
        ev('doi_confirmed', '2025-03-01T10:03:00.000Z'),
      ],
    });
    expect(verdict(f, 'email')).toMatchObject({ allowed: true, basis: 'consent_doi' });
    expect(verdict(f, 'post').allowed).toBe(true);
    const withoutDoi = facts({ ...f, events: f.events.slice(0, 2) });
    expect(verdict(withoutDoi, 'email')).toMatchObject({
      allowed: false,
      reasons: ['doiMissing', 'ecObjected'],
    });
  });

  it('does not take an old confirmation for a newer consent', () => {
    const f = facts({
      events: [
        ev('doi_confirmed', '2025-01-01T10:00:00.000Z'),
        ev('given', '2025-02-01T10:00:00.000Z', ['email'], 'web_form'),
      ],
    });
    expect(verdict(f, 'email').allowed).toBe(false);
  });

  it('stops only the channels a withdrawal names', () => {
    const f = facts({
      events: [
        ev('given', '2025-02-01T10:00:00.000Z', ['email', 'phone', 'sms'], 'paper_form'),
        ev('doi_confirmed', '2025-02-01T10:05:00.000Z'),
        ev('withdrawn', '2025-03-01T10:00:00.000Z', ['phone']),
      ],
    });
    expect(channelVerdicts(f).map((v) => [v.channel, v.allowed])).toEqual([
      ['email', true],
      ['phone', false],
      ['sms', true],
      ['fax', false],
      ['post', true],
    ]);
    expect(suppressedChannels(f.events)).toEqual(['phone']);
  });
});

const wording = (over: Partial<WordingInput>): WordingInput => ({
  text: 'Ja, ich möchte den Newsletter der Bäckerei Müller per E-Mail erhalten. Ich kann meine Einwilligung jederzeit widerrufen.',
  advertiser: 'Bäckerei Müller GmbH',
  partners: '',
  productScope: 'Backwaren und Torten',
  channels: ['email'],
  preTicked: false,
  coupledToTerms: false,
  prizeDraw: false,
  ...over,
});

describe('wording check', () => {
  it('passes a specific wording with a named advertiser and a withdrawal notice', () => {
    expect(checkWording(wording({}))).toEqual([]);
  });

  it('finds the open partner list of "Werbung von uns und unseren Partnern"', () => {
    const findings = checkWording(
      wording({
        text: 'Ich willige in Werbung von uns und unseren Partnern ein. Widerruf jederzeit möglich.',
      }),
    );
    expect(findings).toEqual(['openPartners']);
    expect(
      checkWording(
        wording({
          text: 'Werbung von uns und unseren Partnern. Widerruf jederzeit.',
          partners: 'Reisebüro Sonne GmbH',
        }),
      ),
    ).toEqual([]);
    expect(
      checkWording(
        wording({ text: 'Advertising from us and our partners; you can withdraw at any time.' }),
      ),
    ).toEqual(['openPartners']);
  });

  it('finds the unbounded scope of "interessante telefonische Angebote aus dem Abonnementbereich"', () => {
    const findings = checkWording(
      wording({
        text: 'Ich bin einverstanden, dass mich die Verlag GmbH über interessante telefonische Angebote aus dem Abonnementbereich informiert. Widerruf jederzeit.',
        channels: ['phone'],
      }),
    );
    expect(findings).toEqual(['unboundedScope']);
  });

  it('finds "etwa", "und weitere" and an empty scope', () => {
    expect(checkWording(wording({ text: 'Angebote etwa zu Reisen. Widerruf jederzeit.' }))).toEqual(
      ['unboundedScope'],
    );
    expect(
      checkWording(wording({ text: 'Angebote zu Reisen und weitere. Widerruf jederzeit.' })),
    ).toEqual(['unboundedScope']);
    expect(checkWording(wording({ productScope: '' }))).toEqual(['unboundedScope']);
    expect(checkWording(wording({ productScope: 'Versicherungen, z. B. Kfz' }))).toEqual([
      'unboundedScope',
    ]);
  });

  it('finds consent coupled to the terms of business, a pre-ticked box and no withdrawal notice', () => {
    expect(
      checkWording(
        wording({
          text: 'Mit der Bestellung akzeptiere ich die AGB und willige in Werbung per E-Mail ein. Widerruf jederzeit.',
        }),
      ),
    ).toEqual(['coupledToTerms']);
    expect(checkWording(wording({ coupledToTerms: true }))).toEqual(['coupledToTerms']);
    expect(checkWording(wording({ preTicked: true }))).toEqual(['preTicked']);
    expect(
      checkWording(
        wording({ text: 'Ja, ich möchte den Newsletter der Bäckerei Müller erhalten.' }),
      ),
    ).toEqual(['noWithdrawalNotice']);
  });

  it('finds no named advertiser, and phone consent hidden in a prize draw', () => {
    expect(checkWording(wording({ advertiser: '' }))).toEqual(['noAdvertiser']);
    expect(
      checkWording(
        wording({
          text: 'Zur Teilnahme am Gewinnspiel: Ich willige in telefonische Werbung der Bäckerei Müller ein. Widerruf jederzeit.',
          channels: ['phone'],
        }),
      ),
    ).toEqual(['phoneInPrizeDraw']);
    expect(checkWording(wording({ prizeDraw: true, channels: ['email'] }))).toEqual([]);
  });
});

describe('keep-until dates of the evidence', () => {
  it('keeps phone consent five years from when it was given (§ 7a Abs. 2 Satz 1 UWG)', () => {
    expect(keepUntilOf([ev('given', '2025-03-15T09:00:00.000Z', ['phone'])])).toMatchObject({
      date: '2030-03-15',
      from: '2025-03-15',
      basis: 'phone_7a',
      catalogueKey: 'phone_advertising_consent',
    });
  });

  it('starts again with every phone use', () => {
    const events = [
      ev('given', '2025-03-15T09:00:00.000Z', ['phone']),
      ev('phone_use', '2026-07-01T12:00:00.000Z', ['phone']),
    ];
    expect(keepUntilOf(events).date).toBe('2031-07-01');
  });

  it('counts the Berlin calendar day, and 29 February to 28 February', () => {
    // 23:30 UTC on 14 March is 00:30 on 15 March in Berlin.
    expect(keepUntilOf([ev('given', '2025-03-14T23:30:00.000Z', ['phone'])]).date).toBe(
      '2030-03-15',
    );
    expect(keepUntilOf([ev('given', '2024-02-29T10:00:00.000Z', ['phone'])]).date).toBe(
      '2029-02-28',
    );
  });

  it('has no statutory period for e-mail consent, and names the client rule where there is one', () => {
    const keep = keepUntilOf([ev('given', '2025-03-15T09:00:00.000Z', ['email'])], {
      id: 7,
      name: 'Telefon-Einwilligungen',
    });
    expect(keep).toMatchObject({ date: null, basis: 'no_statutory_period', ruleId: 7 });
    expect(keepPeriodOver(keep, '2025-03-16')).toBe(true);
  });

  it('lets the evidence go only after the last day', () => {
    const keep = keepUntilOf([ev('given', '2020-03-15T09:00:00.000Z', ['phone'])]);
    expect(keepPeriodOver(keep, '2025-03-15')).toBe(false);
    expect(keepPeriodOver(keep, '2025-03-16')).toBe(true);
  });
});
