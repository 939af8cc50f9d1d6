import type { AttentionItem } from '../../../core/api';
import type { AttentionProvider } from '../attention';
import { listSummaries } from './record';

/** Breaches whose 72-hour clock runs, or has run out, on the client's home, fewest hours first. */
export const breachAttention: AttentionProvider = async (ctx, orgId) => {
  const open = await listSummaries(ctx, { orgId, state: 'open' });
  return open
    .filter((b) => b.deadlines.clockRuns)
    .map((b): AttentionItem => ({
      kind: (b.deadlines.hoursLeft ?? 0) < 0 ? 'breach_clock_passed' : 'breach_clock_running',
      entity: 'breach',
      entityId: b.id,
      title: b.title,
      date: b.deadlines.authorityBy,
      details: [String(b.deadlines.hoursLeft ?? 0)],
    }));
};
