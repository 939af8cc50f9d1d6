import type {
  AdChannel,
  ChannelReason,
  ChannelVerdict,
  ConsentEventKind,
  ConsentSource,
} from '../api';
import { adChannels } from '../api/consent-schemas';

// Whether a channel may carry advertising to a person now, and why (domain.md section 8):
// - e-mail, SMS, fax: prior express consent (§ 7 Abs. 2 Nr. 2 UWG); for e-mail the consent
//   is proven by a confirmed double opt-in (BGH I ZR 164/09), or the existing-customer
//   exception of § 7 Abs. 3 UWG applies with all four conditions recorded;
// - phone: a consumer's prior express consent, a business's at least presumed consent
//   (§ 7 Abs. 2 Nr. 1 UWG); a double opt-in mail proves nothing for phone;
// - post: allowed until the person objects (Art. 21(2) GDPR, § 7 Abs. 1 Satz 2 UWG).
// A withdrawal (Art. 7(3)) or an objection (Art. 21(2)/(3)) stops a channel at once; a new
// express consent given later counts again. Pure: the same facts give the same verdict.

export interface ConsentFactEvent {
  kind: ConsentEventKind;
  /** UTC ISO instant. */
  at: string;
  /** Given: the channels consented to; withdrawn/objected: the channels stopped. */
  channels: readonly AdChannel[];
  source: ConsentSource | null;
}

export interface ConsentFacts {
  business: boolean;
  presumedConsentReason: string;
  customerSaleOn: string | null;
  similarGoods: string;
  noticeAtCollection: boolean;
  noticeInEveryMail: boolean;
  events: readonly ConsentFactEvent[];
}

interface ChannelState {
  consentAt: string | null;
  consentSource: ConsentSource | null;
  stoppedAt: string | null;
  stoppedBy: 'withdrawn' | 'objected' | null;
  /** Any withdrawal or objection ever: ends the existing-customer exception for good. */
  everStopped: boolean;
}

const byTime = (a: ConsentFactEvent, b: ConsentFactEvent) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : 0;

/** The state of every channel after the person's events, in the order they happened. */
export function channelStates(events: readonly ConsentFactEvent[]) {
  const states = Object.fromEntries(
    adChannels.map((c) => [
      c,
      {
        consentAt: null,
        consentSource: null,
        stoppedAt: null,
        stoppedBy: null,
        everStopped: false,
      } as ChannelState,
    ]),
  ) as Record<AdChannel, ChannelState>;
  let doiRequestedAt: string | null = null;
  let doiConfirmedAt: string | null = null;
  for (const e of [...events].sort(byTime)) {
    if (e.kind === 'given') {
      for (const c of e.channels) {
        const s = states[c];
        s.consentAt = e.at;
        s.consentSource = e.source;
        s.stoppedAt = null;
        s.stoppedBy = null;
      }
    } else if (e.kind === 'withdrawn' || e.kind === 'objected') {
      const stopped = e.channels.length > 0 ? e.channels : adChannels;
      for (const c of stopped) {
        const s = states[c];
        s.consentAt = null;
        s.stoppedAt = e.at;
        s.stoppedBy = e.kind;
        s.everStopped = true;
      }
    } else if (e.kind === 'doi_requested') {
      doiRequestedAt = e.at;
    } else if (e.kind === 'doi_confirmed') {
      doiConfirmedAt = e.at;
    }
  }
  return { states, doiRequestedAt, doiConfirmedAt };
}

const verdict = (
  channel: AdChannel,
  allowed: boolean,
  basis: ChannelVerdict['basis'],
  reasons: ChannelReason[],
  since: string | null,
): ChannelVerdict => ({ channel, allowed, basis, reasons, since });

/** What of § 7 Abs. 3 Nr. 1, 2 and 4 UWG is not recorded (Nr. 3 is the objection). */
export function existingCustomerGaps(f: ConsentFacts): ChannelReason[] {
  const gaps: ChannelReason[] = [];
  if (!f.customerSaleOn) gaps.push('ecSaleMissing');
  if (f.similarGoods.trim() === '') gaps.push('ecSimilarMissing');
  if (!f.noticeAtCollection || !f.noticeInEveryMail) gaps.push('ecNoticeMissing');
  return gaps;
}

const anyExistingCustomerFact = (f: ConsentFacts) =>
  f.customerSaleOn !== null ||
  f.similarGoods.trim() !== '' ||
  f.noticeAtCollection ||
  f.noticeInEveryMail;

function emailVerdict(f: ConsentFacts, s: ChannelState, doi: ReturnType<typeof channelStates>) {
  if (s.consentAt) {
    if (doi.doiConfirmedAt && doi.doiConfirmedAt >= s.consentAt) {
      return verdict('email', true, 'consent_doi', [], doi.doiConfirmedAt);
    }
  }
  const gaps = existingCustomerGaps(f);
  if (!s.everStopped && gaps.length === 0) {
    return verdict('email', true, 'existing_customer', [], f.customerSaleOn);
  }
  if (s.stoppedBy) return verdict('email', false, null, [s.stoppedBy], s.stoppedAt);
  const reasons: ChannelReason[] = [];
  if (s.consentAt) {
    const pending = doi.doiRequestedAt !== null && doi.doiRequestedAt >= s.consentAt;
    reasons.push(pending ? 'doiPending' : 'doiMissing');
  } else {
    reasons.push('noConsent');
  }
  if (anyExistingCustomerFact(f)) reasons.push(...(s.everStopped ? ['ecObjected' as const] : gaps));
  return verdict('email', false, null, reasons, null);
}

function phoneVerdict(f: ConsentFacts, s: ChannelState, doiConfirmed: boolean) {
  if (s.consentAt) {
    // Given online, the consent is only as good as its proof: a DOI mail does not prove it.
    const online = s.consentSource === 'web_form' || s.consentSource === 'email';
    return verdict('phone', true, 'consent', online ? ['phoneConsentOnline'] : [], s.consentAt);
  }
  if (s.stoppedBy) return verdict('phone', false, null, [s.stoppedBy], s.stoppedAt);
  if (f.business) {
    if (f.presumedConsentReason.trim() !== '') {
      return verdict('phone', true, 'presumed_b2b', [], null);
    }
    return verdict('phone', false, null, ['noPresumedReason'], null);
  }
  return verdict(
    'phone',
    false,
    null,
    doiConfirmed ? ['noConsent', 'doiNotForPhone'] : ['noConsent'],
    null,
  );
}

/** Per channel: allowed now or not, on which basis, and why. */
export function channelVerdicts(f: ConsentFacts): ChannelVerdict[] {
  const computed = channelStates(f.events);
  const { states } = computed;
  return adChannels.map((channel) => {
    const s = states[channel];
    switch (channel) {
      case 'email':
        return emailVerdict(f, s, computed);
      case 'phone':
        return phoneVerdict(f, s, computed.doiConfirmedAt !== null);
      case 'post':
        return s.stoppedBy
          ? verdict('post', false, null, [s.stoppedBy], s.stoppedAt)
          : verdict('post', true, 'no_objection', [], null);
      default:
        if (s.consentAt) return verdict(channel, true, 'consent', [], s.consentAt);
        if (s.stoppedBy) return verdict(channel, false, null, [s.stoppedBy], s.stoppedAt);
        return verdict(channel, false, null, ['noConsent'], null);
    }
  });
}

/** The channels a withdrawal or objection blocks now: the suppression list's entries. */
export function suppressedChannels(events: readonly ConsentFactEvent[]): AdChannel[] {
  const { states } = channelStates(events);
  return adChannels.filter((c) => states[c].stoppedBy !== null);
}
