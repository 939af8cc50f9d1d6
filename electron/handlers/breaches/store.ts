import {
  AppError,
  translateValidation,
  type Breach,
  type BreachValues,
  type ErrorCode,
  type Language,
  type ValidationKey,
} from '../../../core/api';
import { breachClock, clockStart, type Problem } from '../../../core/rules/breach-clock';
import { suggestedLevel } from '../../../core/rules/breach-risk';
import { hoursBetween, toBerlinIso } from '../../../core/rules/calendar';
import { recordSave, type Db, type WritableDb } from '../../../db/repos/audit.repo';
import {
  findStoredBreach,
  updateBreachRow,
  type BreachPatch,
  type StoredBreach,
} from '../../../db/repos/breaches.repo';
import { ownedIds } from '../../../db/repos/ownership.repo';
import type { HandlerContext } from '../context';
import { found, type Stamp } from '../support';

// Shared pieces of the breach handlers: the breach as the screen needs it (with its clock),
// refusals that name the field, the links checked against the client, and "change, then
// audit" for every write.

/** Refuses with one issue per problem, each at its field under `prefix` ('breach.'). */
export function refuseProblems(
  code: ErrorCode,
  problems: readonly Problem[],
  prefix: string,
  lang: Language,
): AppError {
  return new AppError(
    code,
    {},
    problems.map((p) => ({
      path: p.path ? `${prefix}${p.path}` : '',
      key: p.key,
      message: translateValidation(p.key, lang),
    })),
  );
}

export const refuse = (code: ErrorCode, path: string, key: ValidationKey, lang: Language) =>
  refuseProblems(code, [{ path, key }], '', lang);

export const firstNoticeOf = (b: Pick<StoredBreach, 'notices'>) =>
  b.notices.find((n) => n.kind === 'first') ?? null;

const berlin = (instant: string | null) => (instant ? toBerlinIso(instant) : null);

/** The stored breach with its clock, its notices' hours and the level the criteria suggest. */
export function toBreach(s: StoredBreach, now: Date): Breach {
  const first = firstNoticeOf(s);
  const start = clockStart(s.awareAt, s.processorNoticeAt);
  const { land: _land, ...rest } = s;
  return {
    ...rest,
    occurredFrom: berlin(s.occurredFrom),
    occurredTo: berlin(s.occurredTo),
    awareAt: toBerlinIso(s.awareAt),
    processorAwareAt: berlin(s.processorAwareAt),
    processorNoticeAt: berlin(s.processorNoticeAt),
    assessment: s.assessment && {
      ...s.assessment,
      suggested: suggestedLevel(s.assessment.criteria),
    },
    notices: s.notices.map((n) => ({
      ...n,
      at: toBerlinIso(n.at),
      hoursAfterStart: Math.round(hoursBetween(start, n.at) * 100) / 100,
    })),
    subjectsInformed: s.subjectsInformed && {
      ...s.subjectsInformed,
      at: toBerlinIso(s.subjectsInformed.at),
    },
    deadlines: breachClock(
      {
        awareAt: s.awareAt,
        processorAwareAt: s.processorAwareAt,
        processorNoticeAt: s.processorNoticeAt,
        firstNoticeAt: first?.at ?? null,
        level: s.assessment?.level ?? null,
        closed: s.state === 'closed',
      },
      now,
    ),
  };
}

export async function loadBreach(ctx: HandlerContext, id: number, db?: Db): Promise<Breach> {
  const stored = found(await findStoredBreach(db ?? ctx.workspace().db, id), 'breach');
  return toBreach(stored, ctx.now());
}

/** Refuses any change to a closed breach: reopen it first (the reopening is audited too). */
export function assertOpen(b: StoredBreach, lang: Language) {
  if (b.state === 'closed') throw refuse('NOT_ALLOWED', '', 'breachClosed', lang);
}

/** The catalogue entries, activities and processors of a breach must be the client's own. */
export async function assertOwnLinks(
  ctx: HandlerContext,
  db: Db,
  clientId: number,
  v: BreachValues,
) {
  const checks = [
    [
      'subjectIds',
      v.subjectIds,
      ownedIds(db, 'catalogue_entries', clientId, v.subjectIds, 'subject'),
    ],
    ['dataIds', v.dataIds, ownedIds(db, 'catalogue_entries', clientId, v.dataIds, 'data')],
    ['activityIds', v.activityIds, ownedIds(db, 'activities', clientId, v.activityIds)],
    ['processorIds', v.processorIds, ownedIds(db, 'processors', clientId, v.processorIds)],
  ] as const;
  const problems: Problem[] = [];
  const keys = {
    subjectIds: 'unknownCategory',
    dataIds: 'unknownCategory',
    activityIds: 'unknownActivity',
    processorIds: 'unknownProcessor',
  } satisfies Record<string, ValidationKey>;
  for (const [path, ids, owned] of checks) {
    if ((await owned).length !== new Set(ids).size) problems.push({ path, key: keys[path] });
  }
  if (v.atProcessorId !== null) {
    const own = await ownedIds(db, 'processors', clientId, [v.atProcessorId]);
    if (own.length === 0) problems.push({ path: 'atProcessorId', key: 'unknownProcessor' });
  }
  if (problems.length)
    throw refuseProblems('VALIDATION_FAILED', problems, 'breach.', ctx.language());
}

/** The links a breach's values make; the processor it happened at is one it concerns. */
export const linksOf = (v: BreachValues) => ({
  categoryIds: [...v.subjectIds, ...v.dataIds],
  activityIds: v.activityIds,
  processorIds: v.atProcessorId !== null ? [...v.processorIds, v.atProcessorId] : v.processorIds,
});

/** What the audit log keeps of a breach: names instead of ids, one level of nesting. */
export function breachSnapshot(b: StoredBreach): Record<string, unknown> {
  const a = b.assessment;
  return {
    title: b.title,
    starter: b.starter,
    description: b.description,
    occurredFrom: b.occurredFrom,
    occurredTo: b.occurredTo,
    awareAt: b.awareAt,
    discoveredBy: b.discoveredBy,
    reportedBy: b.reportedBy,
    kinds: b.kinds,
    subjects: b.subjects.map((s) => s.name),
    data: b.data.map((d) =>
      d.special === 'none' ? { name: d.name } : { name: d.name, special: d.special },
    ),
    subjectsCount: b.subjectsCount,
    recordsCount: b.recordsCount,
    countNote: b.countNote,
    activities: b.activities.map((x) => x.name),
    processors: b.processors.map((x) => x.name),
    systems: b.systems,
    consequences: b.consequences,
    measuresTaken: b.measuresTaken,
    measuresProposed: b.measuresProposed,
    atProcessor: b.atProcessor?.name ?? null,
    processorAwareAt: b.processorAwareAt,
    processorNoticeAt: b.processorNoticeAt,
    assessment: a && {
      level: a.level,
      ...a.criteria,
      reasons: a.reasons,
      art34Ground: a.art34Ground,
      art34Note: a.art34Note,
      assessedBy: a.assessedBy,
    },
    notices: b.notices.map(({ id: _id, recordedBy: _by, ...n }) => n),
    subjectsInformed: b.subjectsInformed,
    state: b.state,
    closedAt: b.closedAt,
    closingNote: b.closingNote,
  };
}

/** Writes one audit entry for a breach, before and after as snapshots. */
export async function auditBreach(
  trx: WritableDb,
  stamp: Stamp,
  before: StoredBreach | null,
  after: StoredBreach,
) {
  await recordSave(trx, {
    ...stamp,
    clientId: after.clientId,
    entity: 'breach',
    entityId: after.id,
    before: before && breachSnapshot(before),
    after: breachSnapshot(after),
    label: after.title,
  });
}

/**
 * Applies a change to a breach inside the caller's transaction and writes one audit entry
 * with exactly what changed; `more` writes links or notices in the same step.
 */
export async function changeBreach(
  trx: WritableDb,
  stamp: Stamp,
  before: StoredBreach,
  patch: BreachPatch,
  more?: () => Promise<void>,
): Promise<StoredBreach> {
  await updateBreachRow(trx, before.id, patch, stamp.at);
  if (more) await more();
  const after = found(await findStoredBreach(trx, before.id), 'breach');
  await auditBreach(trx, stamp, before, after);
  return after;
}
