import { AppError, avvStatuses, type processorMethods, type Processor } from '../../core/api';
import { findStoredActivity } from '../../db/repos/activities.repo';
import { deleteAttachmentsOf } from '../../db/repos/attachments.repo';
import { recordAudit } from '../../db/repos/audit.repo';
import { findOrganisation } from '../../db/repos/organisations.repo';
import { listTrackerProcessors } from '../../db/repos/processor-tracker.repo';
import {
  deleteProcessor,
  findStoredProcessor,
  processorIdsOfActivity,
  requestOverdueDays,
  setAgreementRow,
  setProcessorLinks,
  setRequestOverdueDays,
} from '../../db/repos/processors.repo';
import { agreementDateProblems, DEFAULT_REQUEST_OVERDUE_DAYS } from '../../core/rules/avv-tracker';
import type { Handlers, HandlerContext } from './context';
import {
  auditProcessor,
  auditSnapshot,
  loadProcessor,
  saveProcessor,
  trackerRow,
  warningContext,
  withWarnings,
} from './processor-store';
import { processorDraftHandlers } from './processor-drafts';
import { todayInBerlin } from '../../core/rules/calendar';
import { forgetFiles } from './redaction';
import { found, inTransaction } from './support';

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
    if (!activity || activity.orgId !== before.orgId) throw new AppError('NOT_FOUND');
    const ids = new Set(before.activityIds);
    if (linked) ids.add(activityId);
    else ids.delete(activityId);
    await setProcessorLinks(trx, processorId, [...ids]);
    const after = found(await findStoredProcessor(trx, processorId), 'processor');
    await auditProcessor(trx, stamp, before, after);
    return withWarnings(after, await warningContext(trx, ctx, after.orgId));
  });
}

const crudHandlers: CrudHandlers = {
  'processors.list': async (input, ctx) => {
    const db = ctx.workspace().db;
    found(await findOrganisation(db, input.orgId), 'organisation');
    const w = await warningContext(db, ctx, input.orgId);
    const all = (await listTrackerProcessors(db, input.orgId)).map((p) => trackerRow(p, w));
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

  'processors.create': ({ orgId, processor }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      found(await findOrganisation(trx, orgId), 'organisation');
      return saveProcessor(trx, ctx, orgId, processor, stamp);
    }),

  'processors.update': ({ id, processor }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const existing = found(await findStoredProcessor(trx, id), 'processor');
      return saveProcessor(trx, ctx, existing.orgId, processor, stamp, id);
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
      return withWarnings(after, await warningContext(trx, ctx, after.orgId));
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
      await forgetFiles(trx, stamp, before.orgId, fileIds);
      await recordAudit(trx, {
        ...stamp,
        orgId: before.orgId,
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
    const w = await warningContext(db, ctx, activity.orgId);
    return (await listTrackerProcessors(db, activity.orgId))
      .filter((p) => ids.has(p.id))
      .map((p) => trackerRow(p, w));
  },

  'processors.getSettings': async ({ orgId }, ctx) => {
    const db = ctx.workspace().db;
    found(await findOrganisation(db, orgId), 'organisation');
    return {
      requestOverdueDays: (await requestOverdueDays(db, orgId)) ?? DEFAULT_REQUEST_OVERDUE_DAYS,
    };
  },

  'processors.setSettings': ({ orgId, requestOverdueDays: days }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const org = found(await findOrganisation(trx, orgId), 'organisation');
      const before = (await requestOverdueDays(trx, orgId)) ?? DEFAULT_REQUEST_OVERDUE_DAYS;
      await setRequestOverdueDays(trx, orgId, days);
      await recordAudit(trx, {
        ...stamp,
        orgId,
        entity: 'organisation',
        entityId: orgId,
        action: 'update',
        before: { avvRequestOverdueDays: before },
        after: { avvRequestOverdueDays: days },
        label: org.name,
      });
      return { requestOverdueDays: days };
    }),
};

/** The handlers of the methods in core/api/processors.ts. */
export const processorHandlers: Pick<Handlers, keyof typeof processorMethods> = {
  ...crudHandlers,
  ...processorDraftHandlers,
};
