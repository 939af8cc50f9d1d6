import type { BreachSummary, BreachValues } from '../../../core/api';
import { breachStarters } from '../../../core/catalogues/breach-starters';
import { breachClock, timeProblems } from '../../../core/rules/breach-clock';
import { toBerlinIso } from '../../../core/rules/calendar';
import type { Db } from '../../../db/repos/audit.repo';
import {
  anySpecialData,
  findStoredBreach,
  insertBreach,
  listBreachRows,
  setBreachLinks,
  valuesToRow,
  type BreachListRow,
} from '../../../db/repos/breaches.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { BreachKind } from '../../../core/api';
import type { HandlerContext, Handlers } from '../context';
import { found, inTransaction } from '../support';
import {
  assertOpen,
  assertOwnLinks,
  auditBreach,
  changeBreach,
  firstNoticeOf,
  linksOf,
  loadBreach,
  refuseProblems,
} from './store';

// Recording a breach and reading the log: create, update, get, the list across clients
// with the clock, the counts for the badge, and the starting points.

type RecordHandlers = Pick<
  Handlers,
  | 'breaches.list'
  | 'breaches.counts'
  | 'breaches.get'
  | 'breaches.starters'
  | 'breaches.create'
  | 'breaches.update'
>;

/** Times in order and links of the client's own, or a refusal naming each field. */
async function checkFacts(
  ctx: HandlerContext,
  db: Db,
  clientId: number,
  v: BreachValues,
  firstNoticeAt: string | null,
) {
  const problems = timeProblems(v, ctx.now(), firstNoticeAt);
  if (problems.length) {
    throw refuseProblems('VALIDATION_FAILED', problems, 'breach.', ctx.language());
  }
  await assertOwnLinks(ctx, db, clientId, v);
}

export function toSummary(r: BreachListRow, now: Date): BreachSummary {
  return {
    id: r.id,
    clientId: r.clientId,
    clientName: r.clientName,
    reference: r.reference,
    title: r.title,
    awareAt: toBerlinIso(r.awareAt),
    kinds: JSON.parse(r.kinds) as BreachKind[],
    state: r.state,
    subjectsCount: r.subjectsCount,
    level: r.level,
    firstNoticeAt: r.firstNoticeAt && toBerlinIso(r.firstNoticeAt),
    subjectsInformedAt: r.informedAt && toBerlinIso(r.informedAt),
    deadlines: breachClock(
      {
        awareAt: r.awareAt,
        processorAwareAt: r.processorAwareAt,
        processorNoticeAt: r.processorNoticeAt,
        firstNoticeAt: r.firstNoticeAt,
        level: r.level,
        closed: r.state === 'closed',
      },
      now,
    ),
  };
}

/** Running clocks first, fewest hours left first; then open, then closed, newest first. */
export function byUrgency(list: BreachSummary[]): BreachSummary[] {
  const rank = (s: BreachSummary) => (s.deadlines.clockRuns ? 0 : s.state === 'open' ? 1 : 2);
  // The rows come newest first; a stable sort keeps that order within open and closed.
  return list
    .map((s, index) => ({ s, rank: rank(s), hours: s.deadlines.hoursLeft ?? 0, index }))
    .sort((a, b) => a.rank - b.rank || (a.rank === 0 ? a.hours - b.hours : 0) || a.index - b.index)
    .map((x) => x.s);
}

export async function listSummaries(
  ctx: HandlerContext,
  filter: { clientId?: number; state: 'open' | 'closed' | 'all' },
): Promise<BreachSummary[]> {
  const now = ctx.now();
  const rows = await listBreachRows(ctx.workspace().db, filter);
  return byUrgency(rows.map((r) => toSummary(r, now)));
}

export const breachRecordHandlers: RecordHandlers = {
  'breaches.list': ({ clientId, state }, ctx) =>
    listSummaries(ctx, clientId === undefined ? { state } : { clientId, state }),

  'breaches.counts': async ({ clientId }, ctx) => {
    const open = await listSummaries(
      ctx,
      clientId === undefined ? { state: 'open' } : { clientId, state: 'open' },
    );
    const running = open.filter((b) => b.deadlines.clockRuns);
    return {
      running: running.length,
      overdue: running.filter((b) => (b.deadlines.hoursLeft ?? 0) < 0).length,
      open: open.length,
    };
  },

  'breaches.get': ({ id }, ctx) => loadBreach(ctx, id),

  'breaches.starters': async ({ language }) => breachStarters(language),

  'breaches.create': async ({ clientId, breach }, ctx) => {
    const id = await inTransaction(ctx, async (trx, stamp) => {
      found(await findClient(trx, clientId), 'client');
      await checkFacts(ctx, trx, clientId, breach, null);
      const newId = await insertBreach(trx, clientId, breach, stamp.at);
      await setBreachLinks(trx, newId, linksOf(breach));
      const after = found(await findStoredBreach(trx, newId), 'breach');
      await auditBreach(trx, stamp, null, after);
      return newId;
    });
    return loadBreach(ctx, id);
  },

  'breaches.update': async ({ id, breach }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredBreach(trx, id), 'breach');
      assertOpen(before, ctx.language());
      await checkFacts(ctx, trx, before.clientId, breach, firstNoticeOf(before)?.at ?? null);
      const patch: Parameters<typeof changeBreach>[3] = valuesToRow(breach);
      // Art. 9/10 data added later: the assessment's criterion follows the data.
      const special = await anySpecialData(trx, breach.dataIds);
      if (before.assessment && special && !before.assessment.criteria.specialCategories) {
        patch.risk_criteria = JSON.stringify({
          ...before.assessment.criteria,
          specialCategories: true,
        });
      }
      await changeBreach(trx, stamp, before, patch, () => setBreachLinks(trx, id, linksOf(breach)));
    });
    return loadBreach(ctx, id);
  },
};
