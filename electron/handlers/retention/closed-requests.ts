import {
  AppError,
  translateValidation,
  type Language,
  type RetentionRuleValues,
  type retentionMethods,
  type ValidationKey,
} from '../../../core/api';
import { findStatutoryPeriod, localizePeriod } from '../../../core/catalogues/retention-catalogue';
import { dateInBerlin, todayInBerlin } from '../../../core/rules/calendar';
import {
  APP_SYSTEM,
  appSystemOf,
  CLOSED_REQUESTS_KEY,
  requestRetention,
} from '../../../core/rules/request-retention';
import { recordAudit, type WritableDb } from '../../../db/repos/audit.repo';
import { findStoredRequest } from '../../../db/repos/requests.repo';
import { logDeletionRun } from './run-log';
import { findStoredRule, insertRule, type StoredRule } from '../../../db/repos/retention.repo';
import type { HandlerContext, Handlers } from '../context';
import { removeRequest } from '../requests/removal';
import { ruleSnapshot, specOf } from './status';
import { found, inTransaction, type Stamp } from '../support';

// Every client's deletion rule for its closed data subject requests: created with the client
// (default: 3 years from the end of the year of closing, §§ 195, 199(1) BGB), editable but
// kept, and the one way a closed request leaves the workspace: once its period has passed,
// the user deletes it from the deletion plan, logged as a deletion run of this rule.

const refuse = (ctx: HandlerContext, key: ValidationKey, path = '') =>
  new AppError('NOT_ALLOWED', {}, [
    { path, key, message: translateValidation(key, ctx.language()) },
  ]);

/** The rule's first values, in the language of the user who creates the client. */
function defaultRule(
  language: Language,
): Omit<RetentionRuleValues, 'activityIds' | 'dataCategoryIds'> {
  const entry = findStatutoryPeriod(CLOSED_REQUESTS_KEY);
  if (!entry) throw new Error(`assets/retention-periods.json has no "${CLOSED_REQUESTS_KEY}"`);
  const p = localizePeriod(entry, language);
  return {
    name: p.name,
    description: entry.description?.[language] ?? '',
    catalogueKey: p.key,
    startEvent: p.startEvent,
    startDescription: p.startDescription,
    periodAmount: p.periodAmount,
    periodUnit: p.periodUnit,
    yearEnd: p.yearEnd,
    runInterval: 'monthly',
    method: p.method,
    norm: p.norm,
    reason: p.reason,
    systems: [APP_SYSTEM],
    responsible: '',
    legalHold: false,
    holdReason: '',
  };
}

/** Creates the new client's rule for closed requests, with its audit entry (same transaction). */
export async function createClosedRequestsRule(
  trx: WritableDb,
  stamp: Stamp,
  clientId: number,
  language: Language,
): Promise<void> {
  const id = await insertRule(trx, clientId, defaultRule(language), stamp.at, 'closed_requests');
  const rule = found(await findStoredRule(trx, id), 'retention_rule');
  await recordAudit(trx, {
    ...stamp,
    clientId,
    entity: 'retention_rule',
    entityId: id,
    action: 'create',
    before: null,
    after: ruleSnapshot(rule),
    label: rule.name,
  });
}

/** A change the rule for closed requests does not take (its start is the closing), or null. */
export function closedRequestsRuleProblem(
  rule: StoredRule,
  values: Pick<RetentionRuleValues, 'startEvent'>,
): ValidationKey | null {
  return rule.appliesTo === 'closed_requests' && values.startEvent !== 'transaction_end'
    ? 'closedRequestsStart'
    : null;
}

/** What the deletion log says of the run: request numbers only, no personal data. */
const runDescription = (ids: number[], language: Language) =>
  language === 'de'
    ? `Abgeschlossene Anfragen ${ids.map((id) => `#${id}`).join(', ')} nach Ablauf der Aufbewahrungsfrist in Privacy Desk gelöscht, mit ihren Dateien; ihre Einträge im Änderungsverlauf sind auf Nummer, Art und Daten reduziert.`
    : `Closed requests ${ids.map((id) => `#${id}`).join(', ')} deleted in Privacy Desk after their retention period, with their files; their entries in the change history are reduced to number, kind and dates.`;

export const closedRequestHandlers: Pick<
  Handlers,
  keyof Pick<typeof retentionMethods, 'retention.deleteClosedRequests'>
> = {
  'retention.deleteClosedRequests': ({ ruleId, requestIds }, ctx) =>
    inTransaction(ctx, async (trx, stamp) => {
      const rule = found(await findStoredRule(trx, ruleId), 'retention_rule');
      if (rule.appliesTo !== 'closed_requests') throw refuse(ctx, 'notClosedRequestsRule');
      if (rule.legalHold) throw refuse(ctx, 'legalHoldKeeps');
      const today = todayInBerlin(ctx.now());
      const ids = [...new Set(requestIds)].sort((a, b) => a - b);
      for (const id of ids) {
        const r = await findStoredRequest(trx, id);
        if (!r || r.clientId !== rule.clientId)
          throw new AppError('NOT_FOUND', { what: 'request' });
        if (r.state !== 'closed' || !r.closedAt) throw refuse(ctx, 'requestNotClosed');
        const facts = { ...r, closedOn: dateInBerlin(r.closedAt) };
        const [dates] = requestRetention([facts], specOf(rule), today);
        if (!dates?.deletableNow) throw refuse(ctx, 'retentionNotPassed');
        await removeRequest(trx, stamp, r);
      }
      return logDeletionRun(
        trx,
        stamp,
        {
          clientId: rule.clientId,
          ruleId: rule.id,
          ruleName: rule.name,
          date: today,
          system: appSystemOf(rule.systems),
          count: ids.length,
          description: runDescription(ids, ctx.language()),
          method: 'delete',
          person: stamp.actor,
        },
        rule.name,
      );
    }),
};
