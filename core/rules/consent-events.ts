import type { AdChannel, ConsentEventValues } from '../api';
import { dateInBerlin } from './calendar';
import type { ConsentFactEvent } from './consent-channels';

// What makes a consent event unfit to be recorded, named by field: a consent without the
// wording it was given with, or given before or after that wording was in use; a double
// opt-in confirmation without an e-mail consent before it; a time in the future. Pure.

export interface EventContext {
  /** The chosen wording version, if any (already checked to be the client's). */
  text: { channels: readonly AdChannel[]; validFrom: string; validUntil: string | null } | null;
  /** The person's events so far. */
  events: readonly ConsentFactEvent[];
  now: Date;
}

export interface EventProblem {
  path: string;
  key: string;
}

export function eventProblems(e: ConsentEventValues, c: EventContext): EventProblem[] {
  const problems: EventProblem[] = [];
  const at = new Date(e.at).toISOString();
  if (at > c.now.toISOString()) problems.push({ path: 'at', key: 'timeInFuture' });
  if (e.file && e.kind !== 'doi_confirmed') problems.push({ path: 'file', key: 'fileOnlyForDoi' });
  if (e.kind === 'given') {
    if (!c.text) problems.push({ path: 'textId', key: 'textRequired' });
    else {
      const day = dateInBerlin(at);
      if (day < c.text.validFrom || (c.text.validUntil !== null && day > c.text.validUntil)) {
        problems.push({ path: 'textId', key: 'textNotValidThen' });
      }
      if (e.channels.some((ch) => !c.text!.channels.includes(ch))) {
        problems.push({ path: 'channels', key: 'channelsNotInText' });
      }
    }
    if (!e.source) problems.push({ path: 'source', key: 'sourceRequired' });
    if (!e.method) problems.push({ path: 'method', key: 'methodRequired' });
  }
  if (e.kind === 'doi_confirmed') {
    const consent = c.events.some(
      (x) => x.kind === 'given' && x.channels.includes('email') && x.at <= at,
    );
    if (!consent) problems.push({ path: 'kind', key: 'doiWithoutConsent' });
    const requests = c.events.filter((x) => x.kind === 'doi_requested').map((x) => x.at);
    if (requests.length > 0 && requests.every((r) => r > at)) {
      problems.push({ path: 'at', key: 'doiBeforeRequest' });
    }
  }
  return problems;
}
