import { AppError } from '../../core/api';
import { extensionProblem } from '../../core/rules/deadlines';
import { isOpen, isSent, missingChecks, transitionProblems } from '../../core/rules/dsar-workflow';
import { identityChecked } from '../../core/rules/identity';
import { todayInBerlin } from '../../core/rules/calendar';
import { listStoredActivities } from '../../db/repos/activities.repo';
import {
  findStoredRequest,
  foreignActivityIds,
  setRecipientDone,
  setRequestActivities,
  setRequestRecipients,
  type RequestPatch,
} from '../../db/repos/dsar.repo';
import type { Handlers } from './context';
import {
  assertDate,
  assertNotClosed,
  changeRequest,
  loadRequest,
  matchingActivities,
  refuse,
} from './dsar-store';
import { found, inTransaction } from './support';

// The workflow steps of a request: state changes, identity, extension, interim notice,
// review, the reply's contents and the Art. 19 recipients. Each step is one transaction
// with one audit entry, so the request's timeline shows every step with its time.

type StepHandlers = Pick<
  Handlers,
  | 'dsar.transition'
  | 'dsar.recordIdentity'
  | 'dsar.extend'
  | 'dsar.recordInterim'
  | 'dsar.review'
  | 'dsar.proposal'
  | 'dsar.saveReply'
  | 'dsar.setRecipients'
  | 'dsar.tickRecipient'
>;

/** A review no longer counts once the reply it approved is changed. */
const clearReview: RequestPatch = {
  review_by: '',
  reviewed_at: null,
  review_checks: '[]',
  review_note: '',
};

export const dsarStepHandlers: StepHandlers = {
  'dsar.transition': async (input, ctx) => {
    const lang = ctx.language();
    const id = await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      const reviewed = r.review !== null && missingChecks(r.review.checks).length === 0;
      const problems = transitionProblems(
        { state: r.state, identityMethod: r.identity?.method ?? null, reviewed },
        input,
      );
      if (problems.length > 0) {
        // Every reason at once, so the user can fix them all before trying again.
        const error = refuse('NOT_ALLOWED', '', problems[0]!, lang);
        for (const p of problems.slice(1))
          error.issues.push(refuse('NOT_ALLOWED', '', p, lang).issues[0]!);
        throw error;
      }
      const patch: RequestPatch = { state: input.to };
      if (isSent(input.to)) {
        patch.sent_at = stamp.at;
        if (!identityChecked(r.identity?.method)) patch.identity_override = input.overrideReason;
        if (input.to === 'refused') {
          patch.refusal_ground = input.refusalGround;
          patch.refusal_note = input.refusalNote;
        }
      }
      if (input.to === 'closed') patch.closed_at = stamp.at;
      if (r.state === 'in_review' && input.to === 'in_progress') Object.assign(patch, clearReview);
      await changeRequest(trx, stamp, r, patch);
      return r.id;
    });
    return loadRequest(ctx, id);
  },

  'dsar.recordIdentity': async (input, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotClosed(r, ctx.language());
      assertDate(ctx, 'checkedOn', input.checkedOn, r.receivedOn);
      assertDate(ctx, 'requestedOn', input.requestedOn || null, r.receivedOn);
      assertDate(ctx, 'receivedOn', input.receivedOn || null, r.receivedOn);
      // "Not needed" and "not possible" are decisions: the reason must be on record.
      if ((input.method === 'not_needed' || input.method === 'not_possible') && !input.note) {
        throw refuse('VALIDATION_FAILED', 'note', 'required', ctx.language());
      }
      await changeRequest(trx, stamp, r, {
        identity_method: input.method,
        identity_by: input.checkedBy,
        identity_on: input.checkedOn,
        identity_note: input.note,
        identity_requested_on: input.requestedOn || null,
        identity_received_on: input.receivedOn || null,
      });
    });
    return loadRequest(ctx, input.id);
  },

  'dsar.extend': async (input, ctx) => {
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

  'dsar.recordInterim': async (input, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotClosed(r, ctx.language());
      assertDate(ctx, 'on', input.on, r.receivedOn);
      await changeRequest(trx, stamp, r, { interim_on: input.on, interim_note: input.reason });
    });
    return loadRequest(ctx, input.id);
  },

  'dsar.review': async (input, ctx) => {
    const lang = ctx.language();
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotClosed(r, lang);
      if (r.state !== 'in_review') throw refuse('NOT_ALLOWED', '', 'notInReview', lang);
      if (missingChecks(input.checks).length > 0) {
        throw refuse('VALIDATION_FAILED', 'checks', 'reviewIncomplete', lang);
      }
      // Four eyes: the person logged in (who handled the request) cannot approve it.
      if (input.reviewer.trim().toLowerCase() === stamp.actor.trim().toLowerCase()) {
        throw refuse('VALIDATION_FAILED', 'reviewer', 'reviewerSameAsUser', lang);
      }
      await changeRequest(trx, stamp, r, {
        review_by: input.reviewer,
        reviewed_at: stamp.at,
        review_checks: JSON.stringify(input.checks),
        review_note: input.note,
      });
    });
    return loadRequest(ctx, input.id);
  },

  'dsar.proposal': async ({ id }, ctx) => {
    const db = ctx.workspace().db;
    const r = found(await findStoredRequest(db, id), 'request');
    const activities = (await listStoredActivities(db, r.orgId)).filter(
      (a) => a.status !== 'archived' || r.reply.activityIds.includes(a.id),
    );
    const proposed = new Set(matchingActivities(r, activities).map((a) => a.id));
    const selected = new Set(r.reply.activityIds);
    const wanted = new Set(r.subjectIds);
    const collator = new Intl.Collator('de', { numeric: true });
    const rows = activities
      .map((a) => ({
        id: a.id,
        name: a.name,
        matched: a.subjects.filter((s) => wanted.has(s.id)).map((s) => s.name),
        proposed: proposed.has(a.id),
        selected: selected.has(a.id),
      }))
      .sort((a, b) => Number(b.proposed) - Number(a.proposed) || collator.compare(a.name, b.name));
    const basis = selected.size > 0 ? selected : proposed;
    const recipients = new Map<string, string>();
    for (const a of activities.filter((x) => basis.has(x.id))) {
      for (const rec of a.recipients) recipients.set(rec.name.toLowerCase(), rec.name);
    }
    return { activities: rows, recipients: [...recipients.values()] };
  },

  'dsar.saveReply': async (input, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotClosed(r, ctx.language());
      if ((await foreignActivityIds(trx, r.orgId, input.activityIds)).length > 0) {
        throw refuse('VALIDATION_FAILED', 'activityIds', 'unknownActivity', ctx.language());
      }
      const same =
        JSON.stringify([...new Set(input.activityIds)].sort((a, b) => a - b)) ===
          JSON.stringify(r.reply.activityIds) &&
        input.copyDescription === r.reply.copyDescription &&
        input.automatedDecisions === r.reply.automatedDecisions &&
        input.replyText === r.reply.replyText;
      if (same) return;
      await changeRequest(
        trx,
        stamp,
        r,
        {
          copy_description: input.copyDescription,
          automated_decisions: input.automatedDecisions,
          reply_text: input.replyText,
          ...(r.review ? clearReview : {}),
        },
        () => setRequestActivities(trx, r.id, input.activityIds),
      );
    });
    return loadRequest(ctx, input.id);
  },

  'dsar.setRecipients': async ({ id, names }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, id), 'request');
      assertNotClosed(r, ctx.language());
      await changeRequest(trx, stamp, r, {}, () => setRequestRecipients(trx, id, names));
    });
    return loadRequest(ctx, id);
  },

  'dsar.tickRecipient': async ({ id, recipientId, done }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, id), 'request');
      assertNotClosed(r, ctx.language());
      const mark = done ? { on: todayInBerlin(ctx.now()), by: stamp.actor } : null;
      await changeRequest(trx, stamp, r, {}, async () => {
        if (!(await setRecipientDone(trx, id, recipientId, mark))) {
          throw new AppError('NOT_FOUND', { what: 'recipient' });
        }
      });
    });
    return loadRequest(ctx, id);
  },
};
