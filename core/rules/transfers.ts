import type { ActivityProcessor, Safeguard, TransferIssue } from '../api';

// Third-country transfers of a processing activity (Art. 30(1)(e), Art. 44 ff. GDPR).
// A transfer is what the user recorded on the activity, and also every processor outside
// the EU/EEA the activity uses and every sub-processor outside the EU/EEA such a processor
// engages (an onward transfer). Pure: the register, the activity page, the completeness
// check and the Art. 15(2) reply all read the same list from here.

/** One transfer to a third country, ready to print. */
export interface ThirdCountryTransfer {
  /** Recorded on the activity, or derived from a linked processor or its sub-processor. */
  source: 'activity' | 'processor' | 'subProcessor';
  country: string;
  /** Who receives the data ('' when the user recorded only a country). */
  recipient: string;
  /** For a sub-processor: the processor that engages it; else ''. */
  via: string;
  safeguard: Safeguard;
  /** The user's documentation of the safeguard (required for Art. 49). */
  safeguardNote: string;
  /**
   * The transfer impact assessment recorded on the processor; it covers the processor's
   * own transfer and the onward transfers through its sub-processors, so it is carried by
   * the processor's own transfer, or by the onward ones when the processor sits inside
   * the EU/EEA. Null/'' otherwise and for a transfer recorded on the activity.
   */
  tiaDoneOn: string | null;
  tiaReference: string;
}

/** What the rules read of an activity: form values and stored activities both fit. */
export interface TransferInput {
  transfers: readonly {
    country: string;
    recipient?: string;
    safeguard: Safeguard;
    safeguardNote: string;
  }[];
  processors?: readonly ActivityProcessor[];
}

type Located = Pick<ActivityProcessor, 'country' | 'countryKind' | 'safeguard'>;

/** Outside the EU/EEA, whether or not an adequacy decision covers the country. */
const outside = (p: Pick<Located, 'countryKind'>) => p.countryKind !== 'eu_eea';

/** An adequacy country's safeguard is the decision itself (Art. 45), whatever else is stored. */
const safeguardOf = (p: Located): Safeguard =>
  p.countryKind === 'adequacy' ? 'adequacy' : p.safeguard;

const key = (name: string) => name.trim().toLocaleLowerCase('de');

/**
 * The transfers through the given processors: each processor outside the EU/EEA, then each
 * of its sub-processors outside the EU/EEA, in the order given.
 */
export function processorTransfers(
  processors: readonly ActivityProcessor[],
): ThirdCountryTransfer[] {
  return processors.flatMap((p) => {
    const tia = { tiaDoneOn: p.tiaDoneOn, tiaReference: p.tiaReference };
    const onwardTia = outside(p) ? { tiaDoneOn: null, tiaReference: '' } : tia;
    const own: ThirdCountryTransfer[] = outside(p)
      ? [
          {
            source: 'processor',
            country: p.country.trim(),
            recipient: p.name,
            via: '',
            safeguard: safeguardOf(p),
            safeguardNote: p.safeguardNote,
            ...tia,
          },
        ]
      : [];
    const onward = p.subProcessors.filter(outside).map((s): ThirdCountryTransfer => ({
      source: 'subProcessor',
      country: s.country.trim(),
      recipient: s.name,
      via: p.name,
      safeguard: safeguardOf(s),
      safeguardNote: s.safeguardNote,
      ...onwardTia,
    }));
    return [...own, ...onward];
  });
}

/**
 * Every third-country transfer of an activity: first those the user recorded, then those
 * through its processors. A processor the user already recorded as the recipient of a
 * transfer is not listed twice (the user's own entry wins).
 */
export function activityTransfers(activity: TransferInput): ThirdCountryTransfer[] {
  const recorded = activity.transfers.map((t): ThirdCountryTransfer => ({
    source: 'activity',
    country: t.country.trim(),
    recipient: t.recipient?.trim() ?? '',
    via: '',
    safeguard: t.safeguard,
    safeguardNote: t.safeguardNote,
    tiaDoneOn: null,
    tiaReference: '',
  }));
  const named = new Set(recorded.map((t) => key(t.recipient)).filter(Boolean));
  const derived = processorTransfers(activity.processors ?? []).filter(
    (t) => !named.has(key(t.recipient)),
  );
  return [...recorded, ...derived];
}

/** Safeguards under Art. 46 GDPR: after Schrems II (CJEU C-311/18) they need a TIA. */
export const needsTia = (t: ThirdCountryTransfer) =>
  t.safeguard === 'scc' || t.safeguard === 'bcr' || t.safeguard === 'art46_other';

/** Country, safeguard and, for an Art. 49 derogation, its documentation (Art. 30(1)(e)). */
export function transferProblem(t: ThirdCountryTransfer): TransferIssue['problem'] | null {
  if (!t.country) return 'country';
  if (t.safeguard === 'none') return 'safeguard';
  if (t.safeguard === 'art49' && !t.safeguardNote.trim()) return 'documentation';
  return null;
}

/**
 * Why lit. e is incomplete, one entry per recipient concerned: a third-country recipient
 * of the register that no transfer documents (matched by recipient name, or by country:
 * recipients are often categories such as "Newsletter service", the transfer names the
 * company), named with 'country' when it has none; and every
 * transfer (recorded or through a processor) without its country, safeguard or Art. 49 note.
 */
export function transferIssues(
  activity: TransferInput & {
    recipients: readonly { name: string; type: string; country?: string }[];
  },
): TransferIssue[] {
  const transfers = activityTransfers(activity);
  const issues: TransferIssue[] = [];
  for (const r of activity.recipients.filter((r) => r.type === 'third_country')) {
    const country = r.country?.trim() ?? '';
    const covered = transfers.some(
      (t) =>
        (t.recipient && key(t.recipient) === key(r.name)) ||
        (country && key(t.country) === key(country)),
    );
    // A transfer naming the recipient documents its country; otherwise ask for what is missing.
    if (covered) continue;
    const problem = country ? 'transfer' : 'country';
    issues.push({ source: 'recipient', recipient: r.name, via: '', country, problem });
  }
  for (const t of transfers) {
    const problem = transferProblem(t);
    if (problem) {
      issues.push({
        source: t.source,
        recipient: t.recipient,
        via: t.via,
        country: t.country,
        problem,
      });
    }
  }
  return issues;
}
