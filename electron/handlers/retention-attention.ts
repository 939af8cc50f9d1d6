import type { AttentionItem } from '../../core/api';
import type { AttentionProvider } from './attention';
import { todayInBerlin } from '../../core/rules/calendar';
import { listStoredRules } from '../../db/repos/retention.repo';
import { closedRequestsOf, loadRunIndex, withStatus } from './retention-status';

/**
 * Overdue deletion runs: one item per rule, dated by the earliest run that is overdue and
 * naming the systems where it is (details: system names, shown as they are). Closed requests
 * whose retention has passed: one item, dated by the first of them (details: their numbers).
 */
export const retentionAttention: AttentionProvider = async (ctx, orgId) => {
  const db = ctx.workspace().db;
  const today = todayInBerlin(ctx.now());
  const runs = await loadRunIndex(db, orgId);
  const rules = (await listStoredRules(db, { orgId })).map((r) => withStatus(r, runs, today));
  const items: AttentionItem[] = [];
  for (const rule of rules) {
    if (rule.appliesTo === 'closed_requests') {
      const due = closedRequestsOf(rule, runs, today).filter((r) => r.deletableNow);
      const [first] = due;
      if (!first) continue;
      items.push({
        kind: 'closed_requests_due',
        entity: 'retention_rule',
        entityId: rule.id,
        title: rule.name,
        date: first.deletableFrom,
        details: due.map((r) => `#${r.id}`),
      });
      continue;
    }
    const overdue = rule.runs.filter((r) => r.overdue);
    const [earliest] = overdue.flatMap((r) => (r.nextDue ? [r.nextDue] : [])).sort();
    if (!earliest) continue;
    items.push({
      kind: 'deletion_run_overdue',
      entity: 'retention_rule',
      entityId: rule.id,
      title: rule.name,
      date: earliest,
      details: overdue.map((r) => r.system).filter(Boolean),
    });
  }
  return items;
};
