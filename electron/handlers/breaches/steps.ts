import type { BreachPatch } from '../../../db/repos/breaches.repo';
import { findStoredBreach, insertNotice } from '../../../db/repos/breaches.repo';
import { clockStart, informProblems, noticeProblems } from '../../../core/rules/breach-clock';
import { assessmentProblems, closeProblem } from '../../../core/rules/breach-risk';
import type { Handlers } from '../context';
import { found, inTransaction } from '../support';
import {
  assertOpen,
  changeBreach,
  firstNoticeOf,
  loadBreach,
  refuse,
  refuseProblems,
} from './store';

// The steps after recording: the risk assessment, the notices to the authority (first and
// follow-up), telling the data subjects, closing and reopening. Each is one transaction with
// its audit entry; a refused step names its field and changes nothing.

type StepHandlers = Pick<
  Handlers,
  | 'breaches.assess'
  | 'breaches.notify'
  | 'breaches.informSubjects'
  | 'breaches.close'
  | 'breaches.reopen'
>;

const utc = (instant: string) => new Date(instant).toISOString();

export const breachStepHandlers: StepHandlers = {
  'breaches.assess': async ({ id, assessment }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredBreach(trx, id), 'breach');
      assertOpen(before, ctx.language());
      const special = before.data.some((d) => d.special !== 'none');
      const problems = assessmentProblems(assessment, special);
      if (problems.length) {
        throw refuseProblems('VALIDATION_FAILED', problems, 'assessment.', ctx.language());
      }
      const patch: BreachPatch = {
        risk_level: assessment.level,
        risk_criteria: JSON.stringify(assessment.criteria),
        risk_reasons: assessment.reasons,
        art34_ground: assessment.art34Ground,
        art34_note: assessment.art34Ground ? assessment.art34Note : '',
        assessed_at: stamp.at,
        assessed_by: stamp.actor,
      };
      await changeBreach(trx, stamp, before, patch);
    });
    return loadBreach(ctx, id);
  },

  'breaches.notify': async ({ id, notice }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredBreach(trx, id), 'breach');
      assertOpen(before, ctx.language());
      const start = clockStart(before.awareAt, before.processorNoticeAt);
      const first = firstNoticeOf(before)?.at ?? null;
      const problems = noticeProblems(notice, start, first, ctx.now());
      if (problems.length) {
        throw refuseProblems('VALIDATION_FAILED', problems, 'notice.', ctx.language());
      }
      await changeBreach(trx, stamp, before, {}, () => insertNotice(trx, id, notice, stamp));
    });
    return loadBreach(ctx, id);
  },

  'breaches.informSubjects': async ({ id, inform }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredBreach(trx, id), 'breach');
      assertOpen(before, ctx.language());
      const start = clockStart(before.awareAt, before.processorNoticeAt);
      const problems = informProblems(inform.at, start, ctx.now());
      if (problems.length) {
        throw refuseProblems('VALIDATION_FAILED', problems, 'inform.', ctx.language());
      }
      await changeBreach(trx, stamp, before, {
        informed_at: utc(inform.at),
        informed_channel: inform.channel,
        informed_note: inform.note,
      });
    });
    return loadBreach(ctx, id);
  },

  'breaches.close': async ({ id, note }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredBreach(trx, id), 'breach');
      assertOpen(before, ctx.language());
      const problem = closeProblem({
        level: before.assessment?.level ?? null,
        art34Ground: before.assessment?.art34Ground ?? null,
        firstNoticeAt: firstNoticeOf(before)?.at ?? null,
        informedChannel: before.subjectsInformed?.channel ?? null,
      });
      if (problem) throw refuse('NOT_ALLOWED', '', problem, ctx.language());
      await changeBreach(trx, stamp, before, {
        state: 'closed',
        closed_at: stamp.at,
        closing_note: note,
      });
    });
    return loadBreach(ctx, id);
  },

  'breaches.reopen': async ({ id }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredBreach(trx, id), 'breach');
      if (before.state !== 'closed')
        throw refuse('NOT_ALLOWED', '', 'breachNotClosed', ctx.language());
      await changeBreach(trx, stamp, before, { state: 'open', closed_at: null });
    });
    return loadBreach(ctx, id);
  },
};
