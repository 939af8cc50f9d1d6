import { AppError, avvDraftOptions } from '../../../core/api';
import type {
  AvvDraftOptions,
  Processor,
  ProcessorSummary,
  ProcessorValues,
} from '../../../core/api';
import { DEFAULT_REQUEST_OVERDUE_DAYS, trackerWarnings } from '../../../core/rules/avv-tracker';
import { todayInBerlin } from '../../../core/rules/calendar';
import { recordSave, type Db, type WritableDb } from '../../../db/repos/audit.repo';
import { ownedIds } from '../../../db/repos/ownership.repo';
import type { TrackerProcessor } from '../../../db/repos/processor-tracker.repo';
import {
  findStoredProcessor,
  insertProcessor,
  processorNameTaken,
  requestOverdueDays,
  setProcessorLinks,
  updateProcessorRow,
  type StoredProcessor,
} from '../../../db/repos/processors.repo';
import type { HandlerContext } from '../context';
import { found, type Stamp } from '../support';

// Loading and saving processors for the handlers: warnings (core rule) are computed with
// the client's overdue period and today's date; every write leaves an audit entry.

/** The tracker's view on `today`: what the rule needs, from the stored processor. */
export async function warningContext(db: Db, ctx: HandlerContext, clientId: number) {
  return {
    today: todayInBerlin(ctx.now()),
    overdueDays: (await requestOverdueDays(db, clientId)) ?? DEFAULT_REQUEST_OVERDUE_DAYS,
  };
}
export type WarningContext = Awaited<ReturnType<typeof warningContext>>;

export function draftOptionsOf(p: StoredProcessor): AvvDraftOptions {
  const parsed = avvDraftOptions.safeParse(p.storedDraftOptions);
  return parsed.success ? parsed.data : avvDraftOptions.parse({});
}

const warningsOf = (p: TrackerProcessor, w: WarningContext) =>
  trackerWarnings({ ...p.agreement, activities: p.activities }, w.today, w.overdueDays);

export function withWarnings(p: StoredProcessor, w: WarningContext): Processor {
  const { storedDraftOptions: _stored, ...rest } = p;
  return { ...rest, draftOptions: draftOptionsOf(p), warnings: warningsOf(p, w) };
}

/** A tracker row: the list needs neither the draft options nor a copy of the whole record. */
export function trackerRow(p: TrackerProcessor, w: WarningContext): ProcessorSummary {
  return {
    id: p.id,
    name: p.name,
    country: p.country,
    countryKind: p.countryKind,
    service: p.service,
    status: p.agreement.status,
    signedOn: p.agreement.signedOn,
    reviewOn: p.agreement.reviewOn,
    endsOn: p.agreement.endsOn,
    activityCount: p.activities.length,
    warnings: warningsOf(p, w),
  };
}

export async function loadProcessor(db: Db, ctx: HandlerContext, id: number): Promise<Processor> {
  const stored = found(await findStoredProcessor(db, id), 'processor');
  return withWarnings(stored, await warningContext(db, ctx, stored.clientId));
}

/** What the audit log keeps of a processor: names of linked activities instead of ids. */
export function auditSnapshot(p: StoredProcessor) {
  const {
    id: _id,
    clientId: _clientId,
    createdAt: _c,
    updatedAt: _u,
    activityIds: _ids,
    storedDraftOptions: _o,
    ...rest
  } = p;
  return { ...rest, activities: p.activities.map((a) => a.name) };
}

export async function auditProcessor(
  db: WritableDb,
  stamp: Stamp,
  before: StoredProcessor | null,
  after: StoredProcessor,
) {
  await recordSave(db, {
    ...stamp,
    clientId: after.clientId,
    entity: 'processor',
    entityId: after.id,
    before: before && auditSnapshot(before),
    after: auditSnapshot(after),
    label: after.name,
  });
}

/** Refuses activity ids of another client or that do not exist, naming the field. */
async function checkedActivityIds(db: Db, clientId: number, ids: number[], path: string) {
  const valid = await ownedIds(db, 'activities', clientId, ids);
  if (valid.length !== new Set(ids).size) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path, key: 'invalid', message: '' }]);
  }
  return valid;
}

/**
 * Creates (id undefined) or replaces a processor with its links and an audit entry, inside
 * the caller's transaction. The AVV status is left alone: it changes via setAgreement.
 */
export async function saveProcessor(
  trx: WritableDb,
  ctx: HandlerContext,
  clientId: number,
  values: ProcessorValues,
  stamp: Stamp,
  processorId?: number,
): Promise<Processor> {
  if (values.tiaDoneOn && values.tiaDoneOn > todayInBerlin(ctx.now())) {
    throw new AppError('VALIDATION_FAILED', {}, [
      { path: 'processor.tiaDoneOn', key: 'inFuture', message: '' },
    ]);
  }
  if (await processorNameTaken(trx, clientId, values.name, processorId)) {
    throw new AppError('CONFLICT', {}, [{ path: 'processor.name', key: 'duplicate', message: '' }]);
  }
  const { activityIds, ...scalars } = values;
  const ids = await checkedActivityIds(trx, clientId, activityIds, 'processor.activityIds');
  const before =
    processorId === undefined
      ? null
      : found(await findStoredProcessor(trx, processorId), 'processor');
  const id = processorId ?? (await insertProcessor(trx, clientId, scalars, stamp.at));
  if (processorId !== undefined) await updateProcessorRow(trx, id, scalars, stamp.at);
  await setProcessorLinks(trx, id, ids);
  const after = found(await findStoredProcessor(trx, id), 'processor');
  await auditProcessor(trx, stamp, before, after);
  return withWarnings(after, await warningContext(trx, ctx, clientId));
}
