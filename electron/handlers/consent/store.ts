import { createHash } from 'node:crypto';
import {
  AppError,
  translateValidation,
  type ConsentPerson,
  type ConsentText,
  type ErrorCode,
  type Language,
} from '../../../core/api';
import {
  channelVerdicts,
  suppressedChannels,
  type ConsentFacts,
} from '../../../core/rules/consent-channels';
import { keepUntilOf, PHONE_EVIDENCE_KEY } from '../../../core/rules/consent-keep';
import { checkWording } from '../../../core/rules/consent-wording';
import { toBerlinIso } from '../../../core/rules/calendar';
import { recordAudit, type Db, type WritableDb } from '../../../db/repos/audit.repo';
import {
  cacheToRow,
  findStoredPerson,
  updatePersonRow,
  type PersonCache,
  type StoredPerson,
} from '../../../db/repos/consent-persons.repo';
import type { StoredText } from '../../../db/repos/consent-texts.repo';
import { rulesWithCatalogueKey } from '../../../db/repos/consent-rules.repo';
import type { HandlerContext } from '../context';
import { found, type Stamp } from '../support';

// What the consent handlers share: refusals naming the field, a wording with its check, a
// person with its channel verdicts and keep-until date, the cached verdicts kept in step
// with every write, and "change, then audit".

export interface Problem {
  path: string;
  key: string;
}

export function refuseProblems(code: ErrorCode, problems: readonly Problem[], lang: Language) {
  return new AppError(
    code,
    {},
    problems.map((p) => ({ path: p.path, key: p.key, message: translateValidation(p.key, lang) })),
  );
}

export const refuse = (code: ErrorCode, path: string, key: string, lang: Language) =>
  refuseProblems(code, [{ path, key }], lang);

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const withFindings = (t: StoredText): ConsentText => ({ ...t, findings: checkWording(t) });

export const factsOf = (p: StoredPerson): ConsentFacts => ({
  business: p.business,
  presumedConsentReason: p.presumedConsentReason,
  customerSaleOn: p.customerSaleOn,
  similarGoods: p.similarGoods,
  noticeAtCollection: p.noticeAtCollection,
  noticeInEveryMail: p.noticeInEveryMail,
  events: p.events,
});

/** What the rules decide for a person now, as the row keeps it. */
export function cacheOf(facts: ConsentFacts): PersonCache {
  return {
    allowed: channelVerdicts(facts)
      .filter((v) => v.allowed)
      .map((v) => v.channel),
    suppressed: suppressedChannels(facts.events).length > 0,
    keepUntil: keepUntilOf(facts.events).date,
  };
}

/** The client's deletion rule taken from the catalogue's entry for phone consent, if any. */
async function phoneRule(db: Db, clientId: number) {
  const [rule] = await rulesWithCatalogueKey(db, clientId, PHONE_EVIDENCE_KEY);
  return rule ?? null;
}

/** The person as the screen needs it: times in Berlin, verdicts, keep-until. */
export async function toPerson(db: Db, p: StoredPerson): Promise<ConsentPerson> {
  const facts = factsOf(p);
  return {
    ...p,
    events: p.events.map((e) => ({ ...e, at: toBerlinIso(e.at) })),
    channels: channelVerdicts(facts).map((v) => ({
      ...v,
      since: v.since && v.since.length > 10 ? toBerlinIso(v.since) : v.since,
    })),
    suppressed: suppressedChannels(p.events),
    keepUntil: keepUntilOf(p.events, await phoneRule(db, p.clientId)),
  };
}

export async function loadPerson(ctx: HandlerContext, id: number, db?: Db): Promise<ConsentPerson> {
  const source = db ?? ctx.workspace().db;
  return toPerson(source, found(await findStoredPerson(source, id), 'person'));
}

/** What the audit log keeps of a person: the details and every event, names for ids. */
export function personSnapshot(p: StoredPerson): Record<string, unknown> {
  return {
    name: p.name,
    email: p.email,
    phone: p.phone,
    reference: p.reference,
    business: p.business,
    presumedConsentReason: p.presumedConsentReason,
    customerSaleOn: p.customerSaleOn,
    customerSaleNote: p.customerSaleNote,
    similarGoods: p.similarGoods,
    noticeAtCollection: p.noticeAtCollection,
    noticeInEveryMail: p.noticeInEveryMail,
    events: p.events.map((e) => ({
      kind: e.kind,
      at: e.at,
      text: e.text ? `${e.text.name} (${e.text.version})` : null,
      channels: e.channels,
      source: e.source,
      sourceDetail: e.sourceDetail,
      method: e.method,
      ip: e.ip,
      userAgent: e.userAgent,
      note: e.note,
    })),
  };
}

export async function auditPerson(
  trx: WritableDb,
  stamp: Stamp,
  before: StoredPerson | null,
  after: StoredPerson,
) {
  await recordAudit(trx, {
    ...stamp,
    clientId: after.clientId,
    entity: 'consent_person',
    entityId: after.id,
    action: before ? 'update' : 'create',
    before: before && personSnapshot(before),
    after: personSnapshot(after),
    label: after.name,
  });
}

/**
 * Applies a change to a person (its row, or an event through `more`), brings the cached
 * verdicts up to date and writes one audit entry, all in the caller's transaction.
 */
export async function changePerson(
  trx: WritableDb,
  stamp: Stamp,
  before: StoredPerson,
  patch: Parameters<typeof updatePersonRow>[2],
  more?: () => Promise<void>,
): Promise<StoredPerson> {
  await updatePersonRow(trx, before.id, patch, stamp.at);
  if (more) await more();
  const after = found(await findStoredPerson(trx, before.id), 'person');
  await updatePersonRow(trx, before.id, cacheToRow(cacheOf(factsOf(after))), stamp.at);
  await auditPerson(trx, stamp, before, after);
  return after;
}
