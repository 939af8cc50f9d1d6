import { AppError, avvStatuses, type processorMethods, type Processor } from '../../../core/api';
import { findStoredActivity } from '../../../db/repos/activities.repo';
import { deleteAttachmentsOf } from '../../../db/repos/attachments.repo';
import { recordAudit } from '../../../db/repos/audit.repo';
import { findClient } from '../../../db/repos/clients.repo';
import { listTrackerProcessors } from '../../../db/repos/processor-tracker.repo';
import {
  deleteProcessor,
  findStoredProcessor,
  processorIdsOfActivity,
  requestOverdueDays,
  setAgreementRow,
  setProcessorLinks,
  setRequestOverdueDays,
} from '../../../db/repos/processors.repo';
import {
  agreementDateProblems,
  DEFAULT_REQUEST_OVERDUE_DAYS,
} from '../../../core/rules/avv-tracker';
import type { Handlers, HandlerContext } from '../context';
import {
  auditProcessor,
  auditSnapshot,
  loadProcessor,
  saveProcessor,
  trackerRow,
  warningContext,
  withWarnings,
} from './store';
import { processorDraftHandlers } from './drafts';
import { todayInBerlin } from '../../../core/rules/calendar';
import { forgetFiles } from '../redaction';
import { found, inTransaction } from '../support';

// The signed AVV and the processor's TOM document are attachments of the processor.
type CrudHandlers = Omit<
  Pick<Handlers, keyof typeof processorMethods>,
  keyof typeof processorDraftHandlers
>;

const fold = (s: string) =>
  s
    .toLocaleLowerCase('de')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

async function setLink(
  ctx: HandlerContext,
  processorId: number,
  activityId: number,
  linked: boolean,
): Promise<Processor> {
  return inTransaction(ctx, async (trx, stamp) => {
    const before = found(await findStoredProcessor(trx, processorId), 'processor');
    const activity = await findStoredActivity(trx, activityId);
    // An activity of another client is as good as missing from this processor's view.
    if (!activity || activity.clientId !== before.clientId) throw new AppError('NOT_FOUND');
    const ids = new Set(before.activityIds);
    if (linked) ids.add(activityId);
    else ids.delete(activityId);
    await setProcessorLinks(trx, processorId, [...ids]);
    const after = found(await findStoredProcessor(trx, processorId), 'processor');
    await auditProcessor(trx, stamp, before, after);
    return withWarnings(after, await warningContext(trx, ctx, after.clientId));
  });
}

const crudHandlers: CrudHandlers = {
  'processors.list': async (input, ctx) => {
    const db = ctx.workspace().db;
    found(await findClient(db, input.clientId), 'client');
    const w = await warningContext(db, ctx, input.clientId);
    const all = (await listTrackerProcessors(db, input.clientId)).map((p) => trackerRow(p, w));
    const byStatus = Object.fromEntries(avvStatuses.map((s) => [s, 0])) as Record<
      (typeof avvStatuses)[number],
      number
    >;
    for (const p of all) byStatus[p.status] += 1;
    const needle = fold(input.search);
    const items = all
      .filter((p) => input.status === 'all' || p.status === input.status)
      .filter((p) => input.countryKind === 'all' || p.countryKind === input.countryKind)
      .filter((p) => !input.attention || p.warnings.length > 0)
      .filter((p) => !needle || fold(`${p.name}\n${p.service}\n${p.country}`).includes(needle));
    return {
      items,
      counts: {
        total: all.length,
        attention: all.filter((p) => p.warnings.length > 0).length,
        byStatus,
      },
    };
  },

  'processors.get': ({ id }, ctx) => loadProcessor(ctx.workspace().db, ctx, id),

  'processors.create': ({ clientId, processor }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      found(await findClient(trx, clientId), 'client');
      return saveProcessor(trx, ctx, clientId, processor, stamp);
    }),

  'processors.update': ({ id, processor }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const existing = found(await findStoredProcessor(trx, id), 'processor');
      return saveProcessor(trx, ctx, existing.clientId, processor, stamp, id);
    }),

  'processors.setAgreement': ({ id, agreement }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredProcessor(trx, id), 'processor');
      const problems = agreementDateProblems(agreement, todayInBerlin(ctx.now()));
      if (problems.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          {},
          problems.map((p) => ({ path: `agreement.${p.field}`, key: p.key, message: '' })),
        );
      }
      await setAgreementRow(trx, id, agreement, stamp.at);
      const after = found(await findStoredProcessor(trx, id), 'processor');
      await auditProcessor(trx, stamp, before, after);
      return withWarnings(after, await warningContext(trx, ctx, after.clientId));
    }),

  'processors.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = found(await findStoredProcessor(trx, id), 'processor');
      // The register names this processor as a recipient: unlink first, so no activity
      // silently loses its processor (and the AVV evidence with it).
      if (before.activities.length > 0) {
        throw new AppError('IN_USE', {}, [
          {
            path: 'activities',
            key: 'inUse',
            message: before.activities.map((a) => a.name).join(', '),
          },
        ]);
      }
      const fileIds = await deleteAttachmentsOf(trx, 'processor', id);
      await deleteProcessor(trx, id);
      await forgetFiles(trx, stamp, before.clientId, fileIds);
      await recordAudit(trx, {
        ...stamp,
        clientId: before.clientId,
        entity: 'processor',
        entityId: id,
        action: 'delete',
        before: auditSnapshot(before),
        after: null,
        label: before.name,
      });
      return { ok: true as const };
    }),

  'processors.linkActivity': ({ processorId, activityId }, ctx) =>
    setLink(ctx, processorId, activityId, true),

  'processors.unlinkActivity': ({ processorId, activityId }, ctx) =>
    setLink(ctx, processorId, activityId, false),

  'processors.forActivity': async ({ activityId }, ctx) => {
    const db = ctx.workspace().db;
    const activity = found(await findStoredActivity(db, activityId), 'activity');
    const ids = new Set(await processorIdsOfActivity(db, activityId));
    const w = await warningContext(db, ctx, activity.clientId);
    return (await listTrackerProcessors(db, activity.clientId))
      .filter((p) => ids.has(p.id))
      .map((p) => trackerRow(p, w));
  },

  'processors.getSettings': async ({ clientId }, ctx) => {
    const db = ctx.workspace().db;
    found(await findClient(db, clientId), 'client');
    return {
      requestOverdueDays: (await requestOverdueDays(db, clientId)) ?? DEFAULT_REQUEST_OVERDUE_DAYS,
    };
  },

  'processors.setSettings': ({ clientId, requestOverdueDays: days }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const client = found(await findClient(trx, clientId), 'client');
      const before = (await requestOverdueDays(trx, clientId)) ?? DEFAULT_REQUEST_OVERDUE_DAYS;
      await setRequestOverdueDays(trx, clientId, days);
      await recordAudit(trx, {
        ...stamp,
        clientId,
        entity: 'client',
        entityId: clientId,
        action: 'update',
        before: { avvRequestOverdueDays: before },
        after: { avvRequestOverdueDays: days },
        label: client.name,
      });
      return { requestOverdueDays: days };
    }),
};

/** The handlers of the methods in core/api/processors.ts. */
export const processorHandlers: Pick<Handlers, keyof typeof processorMethods> = {
  ...crudHandlers,
  ...processorDraftHandlers,
};
