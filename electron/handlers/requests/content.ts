import { AppError } from '../../../core/api';
import { proposeErasureItems } from '../../../core/rules/requests-erasure';
import { unconfirmedInReply } from '../../../core/rules/requests-letters';
import { findStoredActivity, listStoredActivities } from '../../../db/repos/activities.repo';
import { findStoredRequest } from '../../../db/repos/requests.repo';
import {
  foreignActivityIds,
  requestsOfActivity,
  setRecipientDone,
  setRequestActivities,
  setRequestRecipients,
} from '../../../db/repos/requests-links.repo';
import type { Handlers } from '../context';
import { clearReview } from './steps';
import {
  assertNotClosed,
  assertNotSent,
  changeRequest,
  currentPerson,
  loadRequest,
  matchingActivities,
  preparedNow,
  refuse,
} from './store';
import { todayInBerlin } from '../../../core/rules/calendar';
import { found, inTransaction } from '../support';

// What the reply says: the activities that concern the person (proposed from the register),
// the parts the user writes, the kind's own fields (what was corrected, erased, restricted,
// stopped), who signs, and the Art. 19 recipients to inform.

type ContentHandlers = Pick<
  Handlers,
  | 'requests.proposal'
  | 'requests.saveReply'
  | 'requests.setSigner'
  | 'requests.setRecipients'
  | 'requests.tickRecipient'
  | 'requests.forActivity'
>;

export const requestContentHandlers: ContentHandlers = {
  'requests.proposal': async ({ id }, ctx) => {
    const db = ctx.workspace().db;
    const r = found(await findStoredRequest(db, id), 'request');
    const activities = (await listStoredActivities(db, r.clientId)).filter(
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
        unconfirmed: unconfirmedInReply(a.unconfirmed),
      }))
      .sort((a, b) => Number(b.proposed) - Number(a.proposed) || collator.compare(a.name, b.name));
    // The erasure proposal follows the activities by name, as the user reads them.
    const basis = activities
      .filter((a) => (selected.size > 0 ? selected : proposed).has(a.id))
      .sort((a, b) => collator.compare(a.name, b.name));
    // Art. 19: the bodies the data was disclosed to, i.e. the processors and the external
    // recipients; an internal department is part of the controller and is not told.
    const recipients = new Map<string, string>();
    const add = (name: string) => recipients.set(name.toLocaleLowerCase('de'), name);
    for (const a of basis) {
      for (const p of a.processors ?? []) add(p.name);
      for (const rec of a.recipients) if (rec.type !== 'internal') add(rec.name);
    }
    return {
      activities: rows,
      recipients: [...recipients.values()],
      erasureItems: proposeErasureItems(basis, ctx.language()),
    };
  },

  'requests.saveReply': async (input, ctx) => {
    const lang = ctx.language();
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, input.id), 'request');
      assertNotSent(r, lang);
      if ((await foreignActivityIds(trx, r.clientId, input.activityIds)).length > 0) {
        throw refuse('VALIDATION_FAILED', 'activityIds', 'unknownActivity', lang);
      }
      const same =
        JSON.stringify([...new Set(input.activityIds)].sort((a, b) => a - b)) ===
          JSON.stringify(r.reply.activityIds) &&
        input.copyDescription === r.reply.copyDescription &&
        input.automatedDecisions === r.reply.automatedDecisions &&
        input.replyText === r.reply.replyText &&
        JSON.stringify(input.outcome) === JSON.stringify(r.reply.outcome);
      if (same) return;
      await changeRequest(
        trx,
        stamp,
        r,
        {
          copy_description: input.copyDescription,
          automated_decisions: input.automatedDecisions,
          reply_text: input.replyText,
          outcome: JSON.stringify(input.outcome),
          // The last save is the preparation: its author cannot be the reviewer.
          ...preparedNow(currentPerson(ctx), stamp),
          ...(r.review ? clearReview : {}),
        },
        () => setRequestActivities(trx, r.id, input.activityIds),
      );
    });
    return loadRequest(ctx, input.id);
  },

  'requests.setSigner': async ({ id, name, role }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, id), 'request');
      assertNotSent(r, ctx.language());
      if (name === r.signerName && role === r.signerRole) return;
      await changeRequest(trx, stamp, r, { signer_name: name, signer_role: name ? role : '' });
    });
    return loadRequest(ctx, id);
  },

  'requests.setRecipients': async ({ id, names }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const r = found(await findStoredRequest(trx, id), 'request');
      assertNotClosed(r, ctx.language());
      await changeRequest(trx, stamp, r, {}, () => setRequestRecipients(trx, id, names));
    });
    return loadRequest(ctx, id);
  },

  'requests.tickRecipient': async ({ id, recipientId, done }, ctx) => {
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

  'requests.forActivity': async ({ id }, ctx) => {
    const db = ctx.workspace().db;
    found(await findStoredActivity(db, id), 'activity');
    return requestsOfActivity(db, id);
  },
};
