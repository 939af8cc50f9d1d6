import {
  AppError,
  startEvents,
  translateValidation,
  type RetentionRuleValues,
  type retentionMethods,
  type ValidationKey,
} from '../../../core/api';
import { listStatutoryPeriods, localizePeriod } from '../../../core/catalogues/retention-catalogue';
import { deletionClassMatrix, retentionDates } from '../../../core/rules/retention';
import { todayInBerlin } from '../../../core/rules/calendar';
import { findStoredActivity } from '../../../db/repos/activities.repo';
import { ownedIds } from '../../../db/repos/ownership.repo';
import { recordAudit, recordSave, type WritableDb } from '../../../db/repos/audit.repo';
import { findClient } from '../../../db/repos/clients.repo';
import {
  deleteRule,
  findStoredRule,
  insertRule,
  linkedRulesByActivity,
  ruleNameTaken,
  setActivityRuleLinks,
  setRuleLinks,
  updateRule,
} from '../../../db/repos/retention.repo';
import {
  customPeriodNameTaken,
  deleteCustomPeriod,
  findCustomPeriod,
  insertCustomPeriod,
  listCustomPeriods,
  listRuns,
} from '../../../db/repos/retention-log.repo';
import type { HandlerContext, Handlers } from '../context';
import { exportDeletionConcept } from './export';
import { closedRequestHandlers, closedRequestsRuleProblem } from './closed-requests';
import {
  deletionPlan,
  listRulesWithStatus,
  loadRunIndex,
  ruleSnapshot,
  specOf,
  withStatus,
} from './status';
import { logDeletionRun } from './run-log';
import { found, inTransaction, type Stamp } from '../support';

const invalid = (ctx: HandlerContext, path: string, key: ValidationKey) =>
  new AppError('VALIDATION_FAILED', {}, [
    { path, key, message: translateValidation(key, ctx.language()) },
  ]);

async function loadRule(ctx: HandlerContext, id: number) {
  const db = ctx.workspace().db;
  const rule = found(await findStoredRule(db, id), 'retention_rule');
  return withStatus(rule, await loadRunIndex(db, rule.clientId), todayInBerlin(ctx.now()));
}

/** Creates (ruleId undefined) or replaces a rule with its links, inside the transaction. */
async function saveRule(
  ctx: HandlerContext,
  trx: WritableDb,
  clientId: number,
  values: RetentionRuleValues,
  stamp: Stamp,
  ruleId?: number,
) {
  found(await findClient(trx, clientId), 'client');
  const { activityIds, dataCategoryIds, ...scalars } = values;
  if (await ruleNameTaken(trx, clientId, scalars.name, ruleId)) {
    throw new AppError('CONFLICT', {}, [
      { path: 'name', key: 'duplicate', message: translateValidation('duplicate', ctx.language()) },
    ]);
  }
  // Links must point into this client's register; another client's ids are refused.
  const acts = [...new Set(activityIds)];
  if ((await ownedIds(trx, 'activities', clientId, acts)).length !== acts.length) {
    throw invalid(ctx, 'activityIds', 'invalid');
  }
  const cats = [...new Set(dataCategoryIds)];
  if ((await ownedIds(trx, 'catalogue_entries', clientId, cats, 'data')).length !== cats.length) {
    throw invalid(ctx, 'dataCategoryIds', 'invalid');
  }
  const before = ruleId === undefined ? null : found(await findStoredRule(trx, ruleId), 'rule');
  // The rule for closed requests counts from their closing: its start type stays.
  const problem = before && closedRequestsRuleProblem(before, values);
  if (problem) throw invalid(ctx, 'rule.startEvent', problem);
  const id = ruleId ?? (await insertRule(trx, clientId, scalars, stamp.at));
  if (ruleId !== undefined) await updateRule(trx, id, scalars, stamp.at);
  await setRuleLinks(trx, id, acts, cats);
  const after = found(await findStoredRule(trx, id), 'retention_rule');
  await recordSave(trx, {
    ...stamp,
    clientId,
    entity: 'retention_rule',
    entityId: id,
    before: before && ruleSnapshot(before),
    after: ruleSnapshot(after),
    label: after.name,
  });
  return id;
}

export const retentionHandlers: Pick<Handlers, keyof typeof retentionMethods> = {
  'retention.catalogue': async ({ language }, ctx) => [
    ...listStatutoryPeriods().map((p) => localizePeriod(p, language)),
    ...(await listCustomPeriods(ctx.workspace().db)),
  ],

  'retention.addPeriod': (input, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      if (await customPeriodNameTaken(trx, input.name)) {
        throw new AppError('CONFLICT', {}, [
          {
            path: 'name',
            key: 'duplicate',
            message: translateValidation('duplicate', ctx.language()),
          },
        ]);
      }
      const period = await insertCustomPeriod(trx, input, stamp.at);
      await recordAudit(trx, {
        ...stamp,
        clientId: null,
        entity: 'retention_period',
        entityId: period.id!,
        action: 'create',
        before: null,
        after: period,
        label: period.name,
      });
      return period;
    }),

  // Rules copied the period's values, so removing an own period changes no rule.
  'retention.deletePeriod': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const period = found(await findCustomPeriod(trx, id), 'retention_period');
      await deleteCustomPeriod(trx, id);
      await recordAudit(trx, {
        ...stamp,
        clientId: null,
        entity: 'retention_period',
        entityId: id,
        action: 'delete',
        before: period,
        after: null,
        label: period.name,
      });
      return { ok: true as const };
    }),

  'retention.list': async ({ clientId }, ctx) => {
    const db = ctx.workspace().db;
    found(await findClient(db, clientId), 'client');
    return listRulesWithStatus(db, clientId, ctx.now());
  },

  'retention.get': ({ id }, ctx) => loadRule(ctx, id),

  'retention.create': async ({ clientId, rule }, ctx) => {
    const id = await inTransaction(ctx, (trx, stamp) => saveRule(ctx, trx, clientId, rule, stamp));
    return loadRule(ctx, id);
  },

  'retention.update': async ({ id, rule }, ctx) => {
    await inTransaction(ctx, async (trx, stamp) => {
      const existing = found(await findStoredRule(trx, id), 'retention_rule');
      return saveRule(ctx, trx, existing.clientId, rule, stamp, id);
    });
    return loadRule(ctx, id);
  },

  // A linked rule documents Art. 30(1)(f) for the register: unlink it first, so deleting a
  // rule never silently leaves an activity without its erasure period. Its log stays. The
  // rule for closed requests stays with the client (its period can be changed instead).
  'retention.delete': ({ id }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const rule = found(await findStoredRule(trx, id), 'retention_rule');
      if (rule.appliesTo === 'closed_requests') {
        throw new AppError('NOT_ALLOWED', {}, [
          {
            path: '',
            key: 'closedRequestsRuleKept',
            message: translateValidation('closedRequestsRuleKept', ctx.language()),
          },
        ]);
      }
      const links = rule.activities.length + rule.dataCategories.length;
      if (links > 0) throw new AppError('IN_USE', { count: links });
      await deleteRule(trx, id);
      await recordAudit(trx, {
        ...stamp,
        clientId: rule.clientId,
        entity: 'retention_rule',
        entityId: id,
        action: 'delete',
        before: ruleSnapshot(rule),
        after: null,
        label: rule.name,
      });
      return { ok: true as const };
    }),

  'retention.forActivity': async ({ activityId }, ctx) => {
    const db = ctx.workspace().db;
    found(await findStoredActivity(db, activityId), 'activity');
    return (await linkedRulesByActivity(db, { activityId })).get(activityId) ?? [];
  },

  'retention.setActivityRules': ({ activityId, ruleIds }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const activity = found(await findStoredActivity(trx, activityId), 'activity');
      const unique = [...new Set(ruleIds)];
      if (
        (await ownedIds(trx, 'retention_rules', activity.clientId, unique)).length !== unique.length
      ) {
        throw invalid(ctx, 'ruleIds', 'invalid');
      }
      const names = async () =>
        ((await linkedRulesByActivity(trx, { activityId })).get(activityId) ?? []).map(
          (r) => r.name,
        );
      const before = await names();
      await setActivityRuleLinks(trx, activityId, unique);
      const after = (await linkedRulesByActivity(trx, { activityId })).get(activityId) ?? [];
      await recordAudit(trx, {
        ...stamp,
        clientId: activity.clientId,
        entity: 'activity',
        entityId: activityId,
        action: 'update',
        before: { retentionRules: before },
        after: { retentionRules: after.map((r) => r.name) },
        label: activity.name,
      });
      return after;
    }),

  'retention.dueDates': async ({ ruleId, startDate }, ctx) => {
    const rule = found(await findStoredRule(ctx.workspace().db, ruleId), 'retention_rule');
    return { ...retentionDates(startDate, specOf(rule)), legalHold: rule.legalHold };
  },

  'retention.classes': async ({ clientId }, ctx) => {
    const db = ctx.workspace().db;
    found(await findClient(db, clientId), 'client');
    const rules = await listRulesWithStatus(db, clientId, ctx.now());
    return deletionClassMatrix(rules, startEvents);
  },

  'retention.plan': async (input, ctx) => {
    const db = ctx.workspace().db;
    if (input.clientId !== undefined) found(await findClient(db, input.clientId), 'client');
    return deletionPlan(db, input, ctx.now());
  },

  'retention.runs': async ({ clientId, ruleId }, ctx) => {
    const db = ctx.workspace().db;
    found(await findClient(db, clientId), 'client');
    return listRuns(db, clientId, ruleId);
  },

  'retention.recordRun': (input, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const rule = found(await findStoredRule(trx, input.ruleId), 'retention_rule');
      // Any past day may be logged: deletions done before the rule was entered here are
      // part of the record too. A future run has not happened.
      if (input.date > todayInBerlin(ctx.now())) throw invalid(ctx, 'date', 'inFuture');
      let system = input.system;
      if (rule.systems.length > 0) {
        const match = rule.systems.find(
          (s) => s.toLocaleLowerCase('de') === system.toLocaleLowerCase('de'),
        );
        if (match === undefined) throw invalid(ctx, 'system', 'unknownSystem');
        system = match;
      }
      return logDeletionRun(
        trx,
        stamp,
        {
          clientId: rule.clientId,
          ruleId: rule.id,
          ruleName: rule.name,
          date: input.date,
          system,
          count: input.count,
          description: input.description,
          method: input.method,
          person: input.person,
        },
        `${rule.name}${system ? ` (${system})` : ''}`,
      );
    }),

  ...closedRequestHandlers,

  'retention.exportConcept': ({ clientId, language }, ctx) =>
    exportDeletionConcept(ctx, clientId, language),
};
