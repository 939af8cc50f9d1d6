import { addDays, DUE_SOON_DAYS } from '../../../core/rules/deadlines';
import { todayInBerlin } from '../../../core/rules/calendar';
import { openRequestsDueBy } from '../../../db/repos/requests-inbox.repo';
import type { AttentionProvider } from '../home/attention';

/** Open requests past their due date, or due within a week, on the client's home screen. */
export const requestAttention: AttentionProvider = async (ctx, scope) => {
  const today = todayInBerlin(ctx.now());
  const rows = await openRequestsDueBy(ctx.workspace().db, addDays(today, DUE_SOON_DAYS), scope);
  return rows.map((r) => ({
    kind: r.due_on < today ? ('request_overdue' as const) : ('request_due_soon' as const),
    clientId: r.client_id,
    entity: 'request' as const,
    entityId: r.id,
    title: r.requester_name,
    date: r.due_on,
    details: [r.kind],
  }));
};
