import { addDays, DUE_SOON_DAYS } from '../../../core/rules/deadlines';
import { todayInBerlin } from '../../../core/rules/calendar';
import { openRequestsDueBy, repliesAwaitingReview } from '../../../db/repos/requests-inbox.repo';
import type { AttentionProvider, ClientAttentionItem } from '../home/attention';

/**
 * Open requests past their due date, or due within a week, on the client's home screen;
 * and replies prepared and waiting for their four-eyes review (dated by the request's due date).
 */
export const requestAttention: AttentionProvider = async (ctx, scope) => {
  const today = todayInBerlin(ctx.now());
  const db = ctx.workspace().db;
  const [due, toReview] = await Promise.all([
    openRequestsDueBy(db, addDays(today, DUE_SOON_DAYS), scope),
    repliesAwaitingReview(db, scope),
  ]);
  const reviewItems = toReview.map((r): ClientAttentionItem => ({
    kind: 'reply_to_review',
    clientId: r.client_id,
    entity: 'request',
    entityId: r.id,
    title: r.requester_name,
    date: r.due_on,
    details: [r.kind],
  }));
  return [...dueItems(due, today), ...reviewItems];
};

function dueItems(rows: Awaited<ReturnType<typeof openRequestsDueBy>>, today: string) {
  return rows.map((r): ClientAttentionItem => ({
    kind: r.due_on < today ? ('request_overdue' as const) : ('request_due_soon' as const),
    clientId: r.client_id,
    entity: 'request' as const,
    entityId: r.id,
    title: r.requester_name,
    date: r.due_on,
    details: [r.kind],
  }));
}
