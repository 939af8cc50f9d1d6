import {
  AppError,
  translateValidation,
  type DataRequest,
  type ErrorCode,
  type Language,
  type ValidationKey,
} from '../../../core/api';
import { authorityOf } from '../../../core/catalogues/authorities';
import { requestDeadlines, urgencyOf } from '../../../core/rules/deadlines';
import { availableLetters } from '../../../core/rules/requests-letters';
import {
  isOpen,
  isSent,
  missingChecks,
  nextStates,
  reviewChecklist,
  sendBlockers,
} from '../../../core/rules/requests-workflow';
import { samePerson, type Person } from '../../../core/rules/four-eyes';
import { contactMismatch, identityGuidance } from '../../../core/rules/identity';
import { todayInBerlin } from '../../../core/rules/calendar';
import { listStoredActivities, type StoredActivity } from '../../../db/repos/activities.repo';
import { recordAudit } from '../../../db/repos/audit.repo';
import {
  findStoredRequest,
  openRequestIds,
  updateRequestRow,
  type RequestPatch,
  type StoredRequest,
} from '../../../db/repos/requests.repo';
import { foreignSubjectIds } from '../../../db/repos/requests-links.repo';
import type { Db, WritableDb } from '../../../db/repos/audit.repo';
import type { HandlerContext } from '../context';
import { found, type Stamp } from '../support';

// Shared pieces of the request handlers: refusals with a translated reason, the full
// request as the screen needs it, and "change, then audit" for every write.

/** A refusal naming the field and the reason (a validation key of core/api/messages.ts). */
export function refuse(
  code: ErrorCode,
  path: string,
  key: ValidationKey,
  lang: Language,
): AppError {
  return new AppError(code, {}, [{ path, key, message: translateValidation(key, lang) }]);
}

/** The user at work now: the name in Settings and the operating-system account. */
export const currentPerson = (ctx: HandlerContext): Person => ({
  name: ctx.actor(),
  account: ctx.account(),
});

/** The columns that record who prepared the reply, set on its save. */
export const preparedNow = (you: Person, stamp: Stamp): RequestPatch => ({
  prepared_by: you.name,
  prepared_account: you.account,
  prepared_at: stamp.at,
});

/** Whether `you` reviewed the request's reply (the reviewer does not send it). */
export const reviewedBy = (r: StoredRequest, you: Person) =>
  r.review !== null && samePerson(you, { name: r.review.reviewer, account: r.review.account });

/** The Land whose holidays count: the client's, or the one it had when the reply was sent. */
export const deadlineLand = (r: Pick<StoredRequest, 'land' | 'snapshot'>) =>
  r.snapshot?.land ?? r.land;

/** The deadlines of a request: one source for the inbox (the stored due date) and the page. */
export const deadlinesOf = (
  r: Pick<StoredRequest, 'receivedOn' | 'land' | 'extension' | 'snapshot'>,
) => requestDeadlines(r.receivedOn, deadlineLand(r), r.extension !== null);

/** The effective due date stored with the row (the earlier reading when extended). */
export const dueOf = (r: Pick<StoredRequest, 'receivedOn' | 'land' | 'extension' | 'snapshot'>) =>
  deadlinesOf(r).due;

/** Refuses any change to a closed request: its record is final (accountability). */
export function assertNotClosed(r: StoredRequest, lang: Language) {
  if (r.state === 'closed') throw refuse('NOT_ALLOWED', '', 'requestClosed', lang);
}

/** Refuses a change to what a sent reply said (it is stored as sent). */
export function assertNotSent(r: StoredRequest, lang: Language) {
  assertNotClosed(r, lang);
  if (isSent(r.state)) throw refuse('NOT_ALLOWED', '', 'replySent', lang);
}

/** A legal date must not lie in the future nor (optionally) before the receipt. */
export function assertDate(
  ctx: HandlerContext,
  path: string,
  value: string | null,
  receivedOn?: string,
) {
  if (!value) return;
  if (value > todayInBerlin(ctx.now()))
    throw refuse('VALIDATION_FAILED', path, 'inFuture', ctx.language());
  if (receivedOn && value < receivedOn) {
    throw refuse('VALIDATION_FAILED', path, 'beforeReceipt', ctx.language());
  }
}

export async function assertOwnSubjects(
  ctx: HandlerContext,
  db: Db,
  clientId: number,
  ids: number[],
) {
  if ((await foreignSubjectIds(db, clientId, ids)).length > 0) {
    throw refuse('VALIDATION_FAILED', 'request.subjectIds', 'unknownSubject', ctx.language());
  }
}

/** What the audit log keeps of a request: names instead of ids, no bookkeeping fields. */
export function requestSnapshot(r: StoredRequest): Record<string, unknown> {
  const {
    id: _i,
    clientId: _o,
    clientName: _n,
    land: _l,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = r;
  const { subjectIds: _s, snapshot, ...fields } = rest;
  return {
    ...fields,
    subjects: r.subjects.map((s) => s.name),
    recipients: r.recipients.map((x) =>
      x.doneOn ? { name: x.name, doneOn: x.doneOn, doneBy: x.doneBy } : { name: x.name },
    ),
    // The letter as sent (its file); what it was built from is in the row, not the log.
    sentLetter: snapshot?.filename ?? null,
  };
}

/**
 * Applies a change to a request inside the caller's transaction and writes one audit
 * entry with exactly what changed; `links` updates link tables in the same step.
 */
export async function changeRequest(
  trx: WritableDb,
  stamp: Stamp,
  before: StoredRequest,
  patch: RequestPatch,
  links?: () => Promise<void>,
): Promise<StoredRequest> {
  await updateRequestRow(trx, before.id, patch, stamp.at);
  if (links) await links();
  const after = found(await findStoredRequest(trx, before.id), 'request');
  if (after.due !== dueOf(after)) {
    await updateRequestRow(trx, before.id, { due_on: dueOf(after) }, stamp.at);
    after.due = dueOf(after);
  }
  await recordAudit(trx, {
    ...stamp,
    clientId: before.clientId,
    entity: 'request',
    entityId: before.id,
    action: 'update',
    before: requestSnapshot(before),
    after: requestSnapshot(after),
    label: after.requesterName,
  });
  return after;
}

/**
 * After a client's Land changed: the open requests' due dates follow its holidays, in the
 * caller's transaction, each with its audit entry. Sent requests keep theirs.
 */
export async function recomputeDueDates(
  trx: WritableDb,
  stamp: Stamp,
  clientId: number,
): Promise<void> {
  for (const id of await openRequestIds(trx, clientId)) {
    const r = found(await findStoredRequest(trx, id), 'request');
    if (r.due !== dueOf(r)) await changeRequest(trx, stamp, r, { due_on: dueOf(r) });
  }
}

export const isReviewed = (r: StoredRequest) =>
  r.review !== null && missingChecks(r.kind, r.review.checks).length === 0;

/** Activities that process one of the requester's categories of data subjects. */
export function matchingActivities(r: StoredRequest, activities: StoredActivity[]) {
  const wanted = new Set(r.subjectIds);
  return activities.filter(
    (a) => a.status !== 'archived' && a.subjects.some((s) => wanted.has(s.id)),
  );
}

/** Who signs: the person set on the request, or the user's name and role in Settings. */
export function signerOf(r: StoredRequest, ctx: HandlerContext) {
  if (r.snapshot) return { ...r.snapshot.signer, fromSettings: false };
  if (r.signerName) return { name: r.signerName, role: r.signerRole, fromSettings: false };
  const p = ctx.settings.preferences;
  return { name: p.userName, role: p.userRole, fromSettings: true };
}

/** The full request for the screen: deadlines, workflow state and guidance added. */
export function toDataRequest(
  r: StoredRequest,
  ctx: HandlerContext,
  activities: StoredActivity[],
): DataRequest {
  const {
    land: _land,
    subjectIds,
    due: _due,
    snapshot,
    signerName: _n,
    signerRole: _r,
    ...rest
  } = r;
  const deadlines = deadlinesOf(r);
  const open = isOpen(r.state);
  const chosen = new Set(r.reply.activityIds);
  const concerned = [
    ...matchingActivities(r, activities),
    ...activities.filter((a) => chosen.has(a.id)),
  ];
  const guidance = identityGuidance({
    channel: r.channel,
    kind: r.kind,
    knownContact: r.requesterEmail !== '' && (r.channel === 'email' || r.channel === 'web_form'),
    sensitiveData: concerned.some((a) => a.dataCategories.some((d) => d.special !== 'none')),
  });
  const known = r.identity;
  const you = currentPerson(ctx);
  const reviewedByYou = reviewedBy(r, you);
  return {
    ...rest,
    subjectIds,
    deadlines: { ...deadlines, ...urgencyOf(deadlines.due, todayInBerlin(ctx.now()), open) },
    nextStates: nextStates(r.state),
    sendBlockers: open
      ? sendBlockers({
          channel: r.channel,
          identityMethod: r.identity?.method ?? null,
          reviewed: isReviewed(r),
          senderReviewed: reviewedByYou,
        })
      : [],
    fourEyes: {
      you,
      preparedByYou: r.preparedBy !== null && samePerson(you, r.preparedBy),
      reviewedByYou,
    },
    letters: availableLetters(r),
    reviewChecklist: reviewChecklist(r.kind),
    contactMismatch: known
      ? contactMismatch(
          { email: r.requesterEmail, phone: r.requesterPhone, address: r.requesterAddress },
          { email: known.knownEmail, phone: known.knownPhone, address: known.knownAddress },
        )
      : [],
    sentReply: snapshot
      ? {
          letter: snapshot.letter,
          language: snapshot.language,
          attachmentId: snapshot.attachmentId,
          filename: snapshot.filename,
          activities: snapshot.activities.map((a) => ({ id: a.id, name: a.name })),
        }
      : null,
    signer: signerOf(r, ctx),
    identityGuidance: guidance,
    authority: authorityOf(deadlineLand(r)),
  };
}

export async function loadRequest(ctx: HandlerContext, id: number): Promise<DataRequest> {
  const db = ctx.workspace().db;
  const r = found(await findStoredRequest(db, id), 'request');
  return toDataRequest(r, ctx, await listStoredActivities(db, r.clientId));
}
