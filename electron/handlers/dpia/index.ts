import {
  AppError,
  translateValidation,
  type DpiaAssessment,
  type DpiaScreening,
  type ErrorCode,
  type Language,
  type ValidationKey,
  type dpiaMethods,
} from '../../../core/api';
import {
  dskConditions,
  dskItems,
  dskListComplete,
  dskListTitle,
} from '../../../core/catalogues/dpia-dsk-list';
import { dateInBerlin } from '../../../core/rules/calendar';
import { decide, dpiaRequired, screenActivity } from '../../../core/rules/dpia-screening';
import { recordSave, type Db, type WritableDb } from '../../../db/repos/audit.repo';
import {
  findDpia,
  saveRecord,
  saveScreening,
  setActivityDpiaStatus,
  type StoredDpia,
} from '../../../db/repos/dpia.repo';
import type { Handlers } from '../context';
import { found, inTransaction, type Stamp } from '../support';

// The DPIA screening of an activity and its DPIA record (Art. 35 GDPR). Each write is one
// transaction with its audit entry naming the client, so the attention cache asks that
// client again on the next read (electron/handlers/home/attention-cache.ts).

/** A refusal with its translated message at the field it concerns; nothing is written. */
const refuse = (code: ErrorCode, path: string, key: ValidationKey, lang: Language) =>
  new AppError(code, {}, [{ path, key, message: translateValidation(key, lang) }]);

const toAssessment = (d: StoredDpia): DpiaAssessment => ({
  activityId: d.activityId,
  clientId: d.clientId,
  screening: d.screening,
  record: d.record,
});

/** What the audit entry compares: the whole DPIA row as the user reads it. */
const snapshot = (d: StoredDpia) => ({ screening: d.screening, record: d.record });

/**
 * The activity's own DPIA field, which the register prints, follows the screening and the
 * record, with its own history entry: the two never say different things.
 */
async function followActivity(
  trx: WritableDb,
  stamp: Stamp,
  d: StoredDpia,
  status: 'needed' | 'not_needed' | 'done',
) {
  const was = await setActivityDpiaStatus(trx, d.activityId, status);
  if (was === status) return;
  await recordSave(trx, {
    ...stamp,
    clientId: d.clientId,
    entity: 'activity',
    entityId: d.activityId,
    before: { dpiaStatus: was },
    after: { dpiaStatus: status },
    label: d.activityName,
  });
}

const load = async (db: Db, activityId: number) =>
  found(await findDpia(db, activityId), 'activity');

export const dpiaHandlers: Pick<Handlers, keyof typeof dpiaMethods> = {
  'dpia.get': async ({ activityId }, ctx) =>
    toAssessment(await load(ctx.workspace().db, activityId)),

  'dpia.dskList': async ({ language }) => ({
    title: dskListTitle(language),
    complete: dskListComplete,
    items: dskItems(language),
  }),

  'dpia.screen': ({ activityId, answers, deviation }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = await load(trx, activityId);
      const outcome = screenActivity(answers, dskConditions);
      const decision = decide(outcome, deviation?.result ?? null);
      if (decision === 'not_allowed') {
        throw refuse('NOT_ALLOWED', 'deviation.result', 'dpiaRequiredByLaw', ctx.language());
      }
      const screening: DpiaScreening = {
        answers,
        ruleResult: outcome.result,
        result: decision.result,
        reasons: outcome.reasons,
        // Reasons are kept only for a deviation: the rule's own result needs none.
        deviationReason: decision.deviating && deviation ? deviation.reason : '',
        screenedBy: stamp.actor,
        screenedAt: stamp.at,
      };
      await saveScreening(trx, activityId, screening);
      const after = { ...before, screening };
      const status = before.record
        ? 'done'
        : dpiaRequired(decision.result)
          ? 'needed'
          : 'not_needed';
      await followActivity(trx, stamp, before, status);
      await recordSave(trx, {
        ...stamp,
        clientId: before.clientId,
        entity: 'dpia',
        entityId: activityId,
        before: before.screening || before.record ? snapshot(before) : null,
        after: snapshot(after),
        label: before.activityName,
      });
      return toAssessment(after);
    }),

  'dpia.record': ({ activityId, record }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const before = await load(trx, activityId);
      if (record.date > dateInBerlin(stamp.at)) {
        throw refuse('VALIDATION_FAILED', 'record.date', 'dpiaDateInFuture', ctx.language());
      }
      const stored = { ...record, recordedBy: stamp.actor, recordedAt: stamp.at };
      await saveRecord(trx, activityId, stored);
      const after = { ...before, record: stored };
      await followActivity(trx, stamp, before, 'done');
      await recordSave(trx, {
        ...stamp,
        clientId: before.clientId,
        entity: 'dpia',
        entityId: activityId,
        before: before.screening || before.record ? snapshot(before) : null,
        after: snapshot(after),
        label: before.activityName,
      });
      return toAssessment(after);
    }),
};
