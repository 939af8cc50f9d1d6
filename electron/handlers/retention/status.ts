import type { DeletionPlan, PlanEntry, RetentionRule } from '../../../core/api';
import { periodChangeFor } from '../../../core/catalogues/retention-catalogue';
import {
  cohort,
  nextRunDue,
  planSpan,
  regularPeriod,
  type RetentionSpec,
} from '../../../core/rules/retention';
import { dateInBerlin, todayInBerlin } from '../../../core/rules/calendar';
import {
  appSystemOf,
  requestRetention,
  type ClosedRequestFacts,
} from '../../../core/rules/request-retention';
import { listClosedRequests } from '../../../db/repos/requests-inbox.repo';
import { lastRuns } from '../../../db/repos/retention-log.repo';
import {
  listPlanRules,
  listStoredRules,
  type PlanRule,
  type StoredRule,
} from '../../../db/repos/retention.repo';
import { listClients } from '../../../db/repos/clients.repo';
import type { Db } from '../../../db/repos/audit.repo';

// Where a rule's deletion runs stand, and the plan of what falls due. Shared by the rule
// handlers, the home attention and the deletion concept.

/** What the audit log keeps of a rule: names instead of link ids. */
export const ruleSnapshot = (r: StoredRule) => {
  const { id: _i, clientId: _o, createdAt: _c, updatedAt: _u, ...rest } = r;
  return {
    ...rest,
    activities: r.activities.map((a) => a.name),
    dataCategories: r.dataCategories.map((d) => d.name),
  };
};

/** The calculator's view of a rule, with the statutory change (BEG IV) where it applies. */
export const specOf = (rule: PlanRule): RetentionSpec => ({
  periodAmount: rule.periodAmount,
  periodUnit: rule.periodUnit,
  yearEnd: rule.yearEnd,
  runInterval: rule.runInterval,
  change: periodChangeFor(rule),
});

/** The day the rule began, in the user's calendar: runs are due one interval after it. */
const ruleStart = (rule: PlanRule) => dateInBerlin(rule.createdAt);

/** The latest run per rule and system, per rule over every system, and the closed requests. */
export interface RunIndex {
  bySystem: Map<string, string>;
  byRule: Map<number, string>;
  /** Per client, its closed requests (the rule for closed requests is due by them). */
  closed: Map<number, ClosedRequestFacts[]>;
}

/** `closedBefore`: only the closed requests closed before this day are read (see listClosedRequests). */
export async function loadRunIndex(
  db: Db,
  clientId?: number,
  closedBefore?: string,
): Promise<RunIndex> {
  const bySystem = await lastRuns(db, clientId);
  const byRule = new Map<number, string>();
  for (const [key, date] of bySystem) {
    const ruleId = Number(key.slice(0, key.indexOf('|')));
    const known = byRule.get(ruleId);
    if (!known || date > known) byRule.set(ruleId, date);
  }
  const closed = new Map<number, ClosedRequestFacts[]>();
  for (const r of await listClosedRequests(db, clientId, closedBefore)) {
    const list = closed.get(r.clientId) ?? [];
    list.push({
      id: r.id,
      kind: r.kind,
      requesterName: r.requesterName,
      closedOn: dateInBerlin(r.closedAt),
    });
    closed.set(r.clientId, list);
  }
  return { bySystem, byRule, closed };
}

/** The closed requests of the rule's client with their retention dates (none on a hold). */
export const closedRequestsOf = (rule: PlanRule, runs: RunIndex, today: string) =>
  rule.appliesTo === 'closed_requests' && !rule.legalHold
    ? requestRetention(runs.closed.get(rule.clientId) ?? [], specOf(rule), today)
    : [];

/**
 * Run status per system. A rule that names no systems has one status over all its runs.
 * A legal hold stops the schedule: nothing is due while it lasts. The rule for closed
 * requests is due when the first of them may be deleted, not on a fixed interval.
 */
export function runStatus(rule: PlanRule, runs: RunIndex, today: string) {
  const systems = rule.systems.length > 0 ? rule.systems : [''];
  const firstRequest = closedRequestsOf(rule, runs, today)[0]?.deletableFrom ?? null;
  return systems.map((system) => {
    const lastRun =
      (system === '' ? runs.byRule.get(rule.id) : runs.bySystem.get(`${rule.id}|${system}`)) ??
      null;
    if (rule.legalHold) return { system, lastRun, nextDue: null, overdue: false };
    const nextDue =
      rule.appliesTo === 'closed_requests'
        ? firstRequest
        : nextRunDue(lastRun ?? ruleStart(rule), rule.runInterval);
    return { system, lastRun, nextDue, overdue: nextDue !== null && nextDue < today };
  });
}

export function withStatus(rule: StoredRule, runs: RunIndex, today: string): RetentionRule {
  const status = runStatus(rule, runs, today);
  return {
    ...rule,
    regularPeriod: regularPeriod(specOf(rule)),
    runs: status,
    overdue: status.some((s) => s.overdue),
  };
}

export async function listRulesWithStatus(
  db: Db,
  clientId: number,
  now: Date,
): Promise<RetentionRule[]> {
  const today = todayInBerlin(now);
  const runs = await loadRunIndex(db, clientId);
  return (await listStoredRules(db, { clientId })).map((r) => withStatus(r, runs, today));
}

/** A sort key that orders like German (umlauts with their vowel, numbers by value). */
const sortKeys = new Map<string, string>();
function sortKey(s: string): string {
  let key = sortKeys.get(s);
  if (key === undefined) {
    key = s
      .toLocaleLowerCase('de')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/\d+/g, (n) => n.padStart(12, '0'));
    if (sortKeys.size > 50_000) sortKeys.clear();
    sortKeys.set(s, key);
  }
  return key;
}

/**
 * What falls due in a month or quarter: per rule and system, the start dates whose data
 * becomes deletable in the span, and the run due in (or before) it. Rules on legal hold are
 * listed, flagged, when data would otherwise have become deletable. Across all clients this
 * runs over every rule of the workspace, so cohorts are cached per period and sorting uses
 * precomputed keys instead of a collator per comparison.
 */
export async function deletionPlan(
  db: Db,
  input: { clientId?: number; month: string; span: 'month' | 'quarter' },
  now: Date,
): Promise<DeletionPlan> {
  const { from, to } = planSpan(input.month, input.span);
  const today = todayInBerlin(now);
  const clientKeys = new Map(
    (await listClients(db)).map((o) => [o.id, [o.name, sortKey(o.name)] as const]),
  );
  const runs = await loadRunIndex(db, input.clientId);
  const rules = await listPlanRules(db, input.clientId);
  const cohorts = new Map<string, ReturnType<typeof cohort>>();
  const keyed: { key: string; entry: PlanEntry }[] = [];
  for (const rule of rules) {
    const [clientName, clientKey] = clientKeys.get(rule.clientId) ?? ['', ''];
    const ruleKey = `${clientKey}\u0000${sortKey(rule.name)}`;
    if (rule.appliesTo === 'closed_requests') {
      const entry = closedRequestsEntry(rule, runs, { from, to, today }, clientName);
      if (entry) keyed.push({ key: ruleKey, entry });
      continue;
    }
    const spec = specOf(rule);
    const specKey = `${spec.periodAmount}|${spec.periodUnit}|${spec.yearEnd}|${spec.change?.changedOn ?? ''}`;
    if (!cohorts.has(specKey)) cohorts.set(specKey, cohort(from, to, spec));
    const due = cohorts.get(specKey) ?? null;
    for (const s of runStatus(rule, runs, today)) {
      const runDue = s.nextDue !== null && s.nextDue <= to ? s.nextDue : null;
      if (!due && !runDue) continue;
      keyed.push({
        key: `${ruleKey}\u0000${sortKey(s.system)}`,
        entry: {
          clientId: rule.clientId,
          clientName,
          ruleId: rule.id,
          ruleName: rule.name,
          system: s.system,
          method: rule.method,
          legalHold: rule.legalHold,
          cohortFrom: due?.from ?? null,
          cohortTo: due?.to ?? null,
          runDue,
          lastRun: s.lastRun,
          overdue: s.overdue,
          requests: [],
        },
      });
    }
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { from, to, entries: keyed.map((k) => k.entry) };
}

/**
 * The plan entry of the rule for closed requests: the requests whose period ends by the end
 * of the span (earlier ones not yet deleted included), or null when there are none. On a
 * legal hold they are listed, flagged, and none can be deleted.
 */
function closedRequestsEntry(
  rule: PlanRule,
  runs: RunIndex,
  span: { from: string; to: string; today: string },
  clientName: string,
): PlanEntry | null {
  const all = requestRetention(runs.closed.get(rule.clientId) ?? [], specOf(rule), span.today);
  const requests = all
    .filter((r) => r.deletableFrom <= span.to)
    .map((r) => (rule.legalHold ? { ...r, deletableNow: false } : r));
  const [first] = requests;
  if (!first) return null;
  const due = cohort(span.from, span.to, specOf(rule));
  const runDue = rule.legalHold ? null : first.deletableFrom;
  return {
    clientId: rule.clientId,
    clientName,
    ruleId: rule.id,
    ruleName: rule.name,
    system: appSystemOf(rule.systems),
    method: rule.method,
    legalHold: rule.legalHold,
    cohortFrom: due?.from ?? null,
    cohortTo: due?.to ?? null,
    runDue,
    lastRun: runs.byRule.get(rule.id) ?? null,
    overdue: runDue !== null && runDue < span.today,
    requests,
  };
}
