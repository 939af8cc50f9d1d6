import type { DataRequest, Language, ValidationKey } from '../../../core/api';
import { extensionProblem } from '../../../core/rules/deadlines';
import {
  isOpen,
  isSent,
  missingChecks,
  transitionProblems,
} from '../../../core/rules/requests-workflow';
import { reviewProblem } from '../../../core/rules/four-eyes';
import { identityChecked } from '../../../core/rules/identity';
import {
  findStoredRequest,
  updateRequestRow,
  type RequestPatch,
} from '../../../db/repos/requests.repo';
import type { WritableDb } from '../../../db/repos/audit.repo';
import type { HandlerContext, Handlers } from '../context';
import { recordRequestWithdrawal } from '../consent/requests';
import { freezeReply } from './reply';
import { nowInBerlin } from '../../../core/rules/calendar';
import {
  assertDate,
  assertNotClosed,
  assertNotSent,
  changeRequest,
  currentPerson,
  loadRequest,
  preparedNow,
  refuse,
  reviewedBy,
} from './store';
import { found, inTransaction } from '../support';

// The workflow steps of a request: state changes, identity, extension, interim notice and
// review. Each step is one transaction with one audit entry, so the request's timeline
// shows every step with its time. The reply's contents are in requests-content.ts.

type StepHandlers = Pick<
  Handlers,
  | 'requests.transition'
  | 'requests.recordIdentity'
  | 'requests.extend'
  | 'requests.recordInterim'
  | 'requests.review'
>;

/** A review no longer counts once the reply it approved is changed. */
export const clearReview: RequestPatch = {
  review_by: '',
  review_account: '',
  reviewed_at: null,
  review_checks: '[]',
  review_note: '',
};

const isNonEmpty = <T>(list: readonly T[]): list is readonly [T, ...T[]] => list.length > 0;

/** Throws every problem at once, so the user can fix them all before trying again. */
function refuseAll(
  code: 'NOT_ALLOWED' | 'VALIDATION_FAILED',
  [problem, ...more]: readonly [ValidationKey, ...ValidationKey[]],
  lang: Language,
) {
  const error = refuse(code, '', problem, lang);
  for (const p of more) error.issues.push(...refuse(code, '', p, lang).issues);
  return error;
}

/** "Reply sent" on the date and time the user gives: not in the future, not before receipt. */
function sentMoment(
  ctx: HandlerContext,
  r: { receivedOn: string; receivedTime: string },
  input: { sentOn: string | null; sentTime: string },
) {
  const now = nowInBerlin(ctx.now());
  const sentOn = input.sentOn || now.date;
  assertDate(ctx, 'sentOn', sentOn, r.receivedOn);
  // Today's date with a later clock time is still the future (Berlin time, as the user reads it).
  if (sentOn === now.date && input.sentTime !== '' && input.sentTime > now.time) {
    throw refuse('VALIDATION_FAILED', 'sentTime', 'sentTimeInFuture', ctx.language());
  }
  const sameDay = sentOn === r.receivedOn && input.sentTime !== '' && r.receivedTime !== '';
  if (sameDay && input.sentTime < r.receivedTime) {
    throw refuse('VALIDATION_FAILED', 'sentTime', 'beforeReceipt', ctx.language());
  }
  return { sent_on: sentOn, sent_time: input.sentTime };
}

async function sendReply(
  trx: WritableDb,
  ctx: HandlerContext,
  stamp: { at: string; actor: string },
  id: number,
  language: Language,
) {
  const sent = found(await findStoredRequest(trx, id), 'request');
  // A withdrawal or objection is on the person's record before the confirmation says so.
  await recordRequestWithdrawal(trx, stamp, sent);
  const snapshot = await freezeReply(trx, ctx, stamp, sent, language);
  await updateRequestRow(trx, id, { reply_snapshot: JSON.stringify(snapshot) }, stamp.at);
}

export const requestStepHandlers: StepHandlers = {
  'requests.transition': async (input, ctx) => {
    const lang = ctx.language();
    const you = currentPerson(ctx);
    const id = await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      const reviewed = r.review !== null && missingChecks(r.kind, r.review.checks).length === 0;
      const problems = transitionProblems(
        {
          kind: r.kind,
          state: r.state,
          channel: r.channel,
          identityMethod: r.identity?.method ?? null,
          reviewed,
          senderReviewed: reviewedBy(r, you),
          uninformedRecipients: r.recipients.filter((x) => x.doneOn === null).length,
          objectionType: r.reply.outcome.objectionType,
        },
        input,
      );
      if (isNonEmpty(problems)) throw refuseAll('NOT_ALLOWED', problems, lang);
      const patch: RequestPatch = { state: input.to };
      if (isSent(input.to)) {
        Object.assign(patch, sentMoment(ctx, r, input));
        patch.sent_at = stamp.at;
        patch.sent_by = you.name;
        patch.sent_account = you.account;
        if (!identityChecked(r.identity?.method, r.channel)) {
          patch.identity_override = input.overrideReason;
        }
        if (input.to === 'refused') {
          patch.refusal_ground = input.refusalGround;
          patch.refusal_note = input.refusalNote;
        }
      }
      if (input.to === 'closed') {
        patch.closed_at = stamp.at;
        if (r.state === 'answered' && r.recipients.some((x) => x.doneOn === null)) {
          patch.recipients_skip_reason = input.recipientsSkipReason;
        }
      }
      if (r.state === 'in_review' && input.to === 'in_progress') Object.assign(patch, clearReview);
      // A reply put into review without a save was prepared by whoever put it there.
      if (input.to === 'in_review' && !r.preparedBy) Object.assign(patch, preparedNow(you, stamp));
      // Sending stores the letter as sent and what it was built from, in the same step.
      const freeze = isSent(input.to)
        ? () => sendReply(trx, ctx, stamp, r.id, input.language ?? lang)
        : undefined;
      await changeRequest(trx, stamp, r, patch, freeze);
      return r.id;
    });
    return loadRequest(ctx, id);
  },

  'requests.recordIdentity': async (input, ctx) => {
    const lang = ctx.language();
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotSent(r, lang);
      assertDate(ctx, 'checkedOn', input.checkedOn, r.receivedOn);
      assertDate(ctx, 'requestedOn', input.requestedOn || null, r.receivedOn);
      assertDate(ctx, 'receivedOn', input.receivedOn || null, r.receivedOn);
      // "Not needed" and "not possible" are decisions: the reason must be on record.
      if ((input.method === 'not_needed' || input.method === 'not_possible') && !input.note) {
        throw refuse('VALIDATION_FAILED', 'note', 'required', lang);
      }
      // Anyone can find out a name and a birth date: on the phone they prove nothing.
      if (input.method === 'name_birth_date' && r.channel === 'phone') {
        throw refuse('VALIDATION_FAILED', 'method', 'nameBirthDatePhone', lang);
      }
      await changeRequest(trx, stamp, r, {
        identity_method: input.method,
        identity_by: input.checkedBy,
        identity_on: input.checkedOn,
        identity_note: input.note,
        identity_requested_on: input.requestedOn || null,
        identity_received_on: input.receivedOn || null,
        identity_known_email: input.knownEmail,
        identity_known_phone: input.knownPhone,
        identity_known_address: input.knownAddress,
      });
    });
    return loadRequest(ctx, input.id);
  },

  'requests.extend': async (input, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotClosed(r, ctx.language());
      if (!isOpen(r.state)) throw refuse('NOT_ALLOWED', '', 'transitionNotAllowed', ctx.language());
      assertDate(ctx, 'on', input.on);
      const problem = extensionProblem(r.receivedOn, input.on, r.land);
      if (problem) throw refuse('VALIDATION_FAILED', 'on', problem, ctx.language());
      await changeRequest(trx, stamp, r, {
        extension_on: input.on,
        extension_reason: input.reason,
      });
    });
    return loadRequest(ctx, input.id);
  },

  'requests.recordInterim': async (input, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotSent(r, ctx.language());
      assertDate(ctx, 'on', input.on, r.receivedOn);
      await changeRequest(trx, stamp, r, { interim_on: input.on, interim_note: input.reason });
    });
    return loadRequest(ctx, input.id);
  },

  'requests.review': async (input, ctx): Promise<DataRequest> => {
    const lang = ctx.language();
    const you = currentPerson(ctx);
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotClosed(r, lang);
      if (r.state !== 'in_review') throw refuse('NOT_ALLOWED', '', 'notInReview', lang);
      if (missingChecks(r.kind, input.checks).length > 0) {
        throw refuse('VALIDATION_FAILED', 'checks', 'reviewIncomplete', lang);
      }
      // Four eyes: whoever prepared the reply cannot approve it, under any name in Settings.
      const problem = reviewProblem(you, r.preparedBy);
      if (problem) throw refuse('NOT_ALLOWED', '', problem, lang);
      await changeRequest(trx, stamp, r, {
        review_by: you.name,
        review_account: you.account,
        reviewed_at: stamp.at,
        review_checks: JSON.stringify(input.checks),
        review_note: input.note,
      });
    });
    return loadRequest(ctx, input.id);
  },
};
