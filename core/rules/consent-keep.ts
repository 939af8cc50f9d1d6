import type { KeepUntil } from '../api';
import { findStatutoryPeriod } from '../catalogues/retention-catalogue';
import { dateInBerlin, fromIso, toIso } from './calendar';
import type { ConsentFactEvent } from './consent-channels';
import { addPeriod } from './retention';

// How long a person's consent evidence is kept. Consent to phone advertising must be kept
// five years from when it was given and from every use (§ 7a Abs. 2 Satz 1 UWG): the
// retention catalogue's rule "phone_advertising_consent" holds that period, so a change
// there is the one place to change it. Other channels have no statutory period: their proof
// is kept as long as the consent is used and then by the client's own deletion rule.

export const PHONE_EVIDENCE_KEY = 'phone_advertising_consent';

const phonePeriod = () => {
  const entry = findStatutoryPeriod(PHONE_EVIDENCE_KEY);
  if (!entry) throw new Error(`retention catalogue lacks ${PHONE_EVIDENCE_KEY}`);
  return entry;
};

/** The events the five years run from: a consent covering phone, and every phone use. */
const startsPhonePeriod = (e: ConsentFactEvent) =>
  e.kind === 'phone_use' || (e.kind === 'given' && e.channels.includes('phone'));

export function keepUntilOf(
  events: readonly ConsentFactEvent[],
  rule: { id: number; name: string } | null = null,
): KeepUntil {
  const starts = events.filter(startsPhonePeriod).map((e) => e.at);
  // Written out, not spread from a shared part: an import asks this for thousands of persons.
  const keep = (date: string | null, basis: KeepUntil['basis'], from: string | null) => ({
    catalogueKey: PHONE_EVIDENCE_KEY,
    ruleId: rule?.id ?? null,
    ruleName: rule?.name ?? null,
    date,
    basis,
    from,
  });
  if (starts.length === 0) return keep(null, 'no_statutory_period', null);
  const latest = starts.reduce((a, b) => (b > a ? b : a));
  // Counted on the Berlin calendar day of the consent or use, as a legal date.
  const from = dateInBerlin(latest);
  const period = phonePeriod();
  const date = toIso(addPeriod(fromIso(from), period.periodAmount, period.periodUnit));
  return keep(date, 'phone_7a', from);
}

/** Whether the evidence may go now: no statutory period, or the period is over. */
export const keepPeriodOver = (keep: KeepUntil, today: string) =>
  keep.date === null || keep.date < today;
