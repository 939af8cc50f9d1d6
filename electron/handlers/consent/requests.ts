import type { ConsentEventValues } from '../../../core/api';
import type { ConsentLetterData } from '../../../core/documents/consent-letter';
import { berlinToInstant } from '../../../core/rules/calendar';
import { contactKeys } from '../../../core/rules/consent-match';
import type { Db, WritableDb } from '../../../db/repos/audit.repo';
import { importsOf } from '../../../db/repos/consent-import.repo';
import {
  findStoredPerson,
  matchPersons,
  type StoredPerson,
} from '../../../db/repos/consent-persons.repo';
import { insertEvent } from '../../../db/repos/consent-events.repo';
import { findText } from '../../../db/repos/consent-texts.repo';
import { findStoredRequest, type StoredRequest } from '../../../db/repos/requests.repo';
import type { HandlerContext, Handlers } from '../context';
import { found, inTransaction, type Stamp } from '../support';
import { changePerson, refuse, toPerson } from './store';

// The consent records seen from the request inbox: the persons a requester matches (by
// e-mail, phone or reference) with their history, for the request page and the Art. 15
// reply; and a withdrawal (Art. 7(3)) or an objection to direct marketing (Art. 21(2))
// recorded on them with the request as its source, which puts them on the suppression list.

type RequestFacts = Pick<
  StoredRequest,
  | 'id'
  | 'clientId'
  | 'kind'
  | 'requesterEmail'
  | 'requesterPhone'
  | 'requesterReference'
  | 'receivedOn'
  | 'receivedTime'
  | 'reply'
>;

/** A request that stops advertising: a withdrawal, or an objection not on Art. 21(1) grounds. */
export const withdrawsConsent = (r: RequestFacts) =>
  r.kind === 'consent_withdrawal' ||
  (r.kind === 'objection' && r.reply.outcome.objectionType !== 'particular_situation');

async function matchedPersons(db: Db, r: RequestFacts): Promise<StoredPerson[]> {
  const keys = contactKeys({
    email: r.requesterEmail,
    phone: r.requesterPhone,
    reference: r.requesterReference,
  });
  const persons: StoredPerson[] = [];
  for (const id of await matchPersons(db, r.clientId, keys)) {
    const p = await findStoredPerson(db, id);
    if (p) persons.push(p);
  }
  return persons;
}

/** The withdrawal as of the request's receipt: it takes effect when it reaches the client. */
const withdrawalOf = (r: RequestFacts): Omit<ConsentEventValues, 'file'> => ({
  kind: r.kind === 'objection' ? 'objected' : 'withdrawn',
  at: berlinToInstant(r.receivedOn, r.receivedTime || '00:00'),
  textId: null,
  channels: [],
  source: 'request',
  sourceDetail: `DS-${r.receivedOn.slice(0, 4)}-${r.id}`,
  method: null,
  ageCheck: 'none',
  ip: '',
  userAgent: '',
  tokenHash: '',
  note: '',
});

/**
 * Records the request's withdrawal on every matched person that does not have it yet, in the
 * caller's transaction, each with its audit entry. Returns how many were recorded.
 */
export async function recordRequestWithdrawal(
  trx: WritableDb,
  stamp: Stamp,
  r: RequestFacts,
): Promise<number> {
  if (!withdrawsConsent(r)) return 0;
  let recorded = 0;
  for (const person of await matchedPersons(trx, r)) {
    if (person.events.some((e) => e.requestId === r.id)) continue;
    await changePerson(trx, stamp, person, {}, () =>
      insertEvent(trx, person, withdrawalOf(r), { requestId: r.id }, stamp),
    );
    recorded++;
  }
  return recorded;
}

/** What the letters to the requester print of the consent records (consent-letter.ts). */
export async function consentLetterData(db: Db, r: RequestFacts): Promise<ConsentLetterData> {
  const persons = await matchedPersons(db, r);
  const events = persons.flatMap((p) => p.events);
  const texts = [];
  for (const id of [...new Set(events.flatMap((e) => (e.text ? [e.text.id] : [])))]) {
    const t = await findText(db, id);
    if (t)
      texts.push({
        id: t.id,
        name: t.name,
        version: t.version,
        validFrom: t.validFrom,
        text: t.text,
      });
  }
  const imports = await importsOf(db, [
    ...new Set(events.flatMap((e) => (e.importId ? [e.importId] : []))),
  ]);
  return {
    persons: persons.map((p) => ({ name: p.name, events: p.events })),
    texts,
    imports: Object.fromEntries([...imports].map(([id, i]) => [id, i.fileName])),
    withdrawals: events
      .filter((e) => e.requestId === r.id && (e.kind === 'withdrawn' || e.kind === 'objected'))
      .map((e) => ({ at: e.at, channels: e.channels })),
  };
}

async function requestConsent(ctx: HandlerContext, id: number) {
  const db = ctx.workspace().db;
  const r = found(await findStoredRequest(db, id), 'request');
  const persons = await matchedPersons(db, r);
  return {
    withdraws: withdrawsConsent(r),
    persons: await Promise.all(persons.map((p) => toPerson(db, p))),
  };
}

export const consentRequestHandlers: Pick<
  Handlers,
  'consent.forRequest' | 'consent.recordFromRequest'
> = {
  'consent.forRequest': ({ id }, ctx) => requestConsent(ctx, id),

  'consent.recordFromRequest': async ({ id }, ctx) => {
    const lang = ctx.language();
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, id), 'request');
      if (!withdrawsConsent(r)) throw refuse('NOT_ALLOWED', '', 'notWithdrawalRequest', lang);
      if ((await matchedPersons(trx, r)).length === 0) {
        throw refuse('NOT_ALLOWED', '', 'noMatchingPerson', lang);
      }
      await recordRequestWithdrawal(trx, stamp, r);
    });
    return requestConsent(ctx, id);
  },
};
