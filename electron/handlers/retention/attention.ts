import type { AttentionProvider, ClientAttentionItem } from '../home/attention';
import { addDays, todayInBerlin } from '../../../core/rules/calendar';
import { listPlanRules, type PlanRule } from '../../../db/repos/retention.repo';
import { closedRequestsOf, loadRunIndex, runStatus, specOf } from './status';

/** The fewest days a period of this amount and unit can last (a month has 28 days at least). */
const shortestDays = { days: 1, months: 28, years: 365 } as const;

/**
 * Only requests closed before this day can be deletable today: a request may go at the
 * earliest when the shortest period of any rule for closed requests has passed since it
 * was closed (a day more for the step from UTC to the Berlin day).
 */
function closedBefore(rules: PlanRule[], today: string): string {
  const days = rules
    .filter((r) => r.appliesTo === 'closed_requests' && !r.legalHold)
    .map((r) => {
      const spec = specOf(r);
      const amount = Math.min(spec.periodAmount, spec.change?.previousAmount ?? spec.periodAmount);
      return amount * shortestDays[spec.periodUnit];
    });
  return addDays(today, 2 - (days.length > 0 ? Math.min(...days) : 0));
}

/**
 * Overdue deletion runs: one item per rule, dated by the earliest run that is overdue and
 * naming the systems where it is (details: system names, shown as they are). Closed requests
 * whose retention has passed: one item, dated by the first of them (details: their numbers).
 * The rules are read as the deletion plan reads them (no texts, no links).
 */
export const retentionAttention: AttentionProvider = async (ctx, scope) => {
  const db = ctx.workspace().db;
  const today = todayInBerlin(ctx.now());
  const rules = await listPlanRules(db, scope.clientId);
  const runs = await loadRunIndex(db, scope.clientId, closedBefore(rules, today));
  const items: ClientAttentionItem[] = [];
  for (const rule of rules) {
    const base = { clientId: rule.clientId, entity: 'retention_rule' as const, entityId: rule.id };
    if (rule.appliesTo === 'closed_requests') {
      const due = closedRequestsOf(rule, runs, today).filter((r) => r.deletableNow);
      const [first] = due;
      if (!first) continue;
      items.push({
        ...base,
        kind: 'closed_requests_due',
        title: rule.name,
        date: first.deletableFrom,
        details: due.map((r) => `#${r.id}`),
      });
      continue;
    }
    const overdue = runStatus(rule, runs, today).filter((r) => r.overdue);
    const [earliest] = overdue.flatMap((r) => (r.nextDue ? [r.nextDue] : [])).sort();
    if (!earliest) continue;
    items.push({
      ...base,
      kind: 'deletion_run_overdue',
      title: rule.name,
      date: earliest,
      details: overdue.map((r) => r.system).filter(Boolean),
    });
  }
  return items;
};
