import type { AttentionItem } from '../../core/api';
import type { AttentionProvider } from './attention';
import { listRulesWithStatus } from './retention-status';

/**
 * Overdue deletion runs: one item per rule, dated by the earliest run that is overdue and
 * naming the systems where it is (details: system names, shown as they are).
 */
export const retentionAttention: AttentionProvider = async (ctx, orgId) => {
  const rules = await listRulesWithStatus(ctx.workspace().db, orgId, ctx.now());
  const items: AttentionItem[] = [];
  for (const rule of rules) {
    const overdue = rule.runs.filter((r) => r.overdue);
    if (overdue.length === 0) continue;
    const dates = overdue.map((r) => r.nextDue!).sort();
    items.push({
      kind: 'deletion_run_overdue',
      entity: 'retention_rule',
      entityId: rule.id,
      title: rule.name,
      date: dates[0]!,
      details: overdue.map((r) => r.system).filter(Boolean),
    });
  }
  return items;
};
