import type { AttentionProvider, ClientAttentionItem } from './attention';
import { todayInBerlin } from '../../core/rules/calendar';
import { listPlanRules } from '../../db/repos/retention.repo';
import { closedRequestsOf, loadRunIndex, runStatus } from './retention-status';

/**
 * Overdue deletion runs: one item per rule, dated by the earliest run that is overdue and
 * naming the systems where it is (details: system names, shown as they are). Closed requests
 * whose retention has passed: one item, dated by the first of them (details: their numbers).
 * The rules are read as the deletion plan reads them (no texts, no links).
 */
export const retentionAttention: AttentionProvider = async (ctx, scope) => {
  const db = ctx.workspace().db;
  const today = todayInBerlin(ctx.now());
  const runs = await loadRunIndex(db, scope.orgId);
  const items: ClientAttentionItem[] = [];
  for (const rule of await listPlanRules(db, scope.orgId)) {
    const base = { orgId: rule.orgId, entity: 'retention_rule' as const, entityId: rule.id };
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
