import type { AttentionProvider, ClientAttentionItem } from '../home/attention';
import { listSummaries } from './record';

/** Breaches whose 72-hour clock runs, or has run out, on the client's home, fewest hours first. */
export const breachAttention: AttentionProvider = async (ctx, scope) => {
  const open = await listSummaries(
    ctx,
    scope.clientId === undefined ? { state: 'open' } : { clientId: scope.clientId, state: 'open' },
  );
  return open
    .filter((b) => b.deadlines.clockRuns)
    .map((b): ClientAttentionItem => ({
      kind: (b.deadlines.hoursLeft ?? 0) < 0 ? 'breach_clock_passed' : 'breach_clock_running',
      clientId: b.clientId,
      entity: 'breach',
      entityId: b.id,
      title: b.title,
      date: b.deadlines.authorityBy,
      details: [String(b.deadlines.hoursLeft ?? 0)],
    }));
};
