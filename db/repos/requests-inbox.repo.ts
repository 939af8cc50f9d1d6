import { containsText } from '../dialect';
import type { RequestChannel, RequestKind, RequestState } from '../../core/api';
import { openStates } from '../../core/api';
import type { Db } from './audit.repo';

// The inbox queries: one client or all clients (the DPO's view), filtered in SQL on the
// stored due date so 5,000 requests stay a single indexed query.

export interface InboxFilter {
  clientId?: number;
  state: RequestState | 'open' | 'all';
  kind: RequestKind | 'all';
  /** Inclusive due-date range; set by the handler from "due this week" / "overdue". */
  dueFrom?: string;
  dueTo?: string;
  search: string;
  sort: 'due' | 'received';
  direction: 'asc' | 'desc';
  limit: number;
}

export interface InboxRow {
  id: number;
  clientId: number;
  clientName: string;
  kind: RequestKind;
  state: RequestState;
  channel: RequestChannel;
  requesterName: string;
  receivedOn: string;
  due: string;
  extended: boolean;
}

export async function listInbox(db: Db, f: InboxFilter): Promise<InboxRow[]> {
  let q = db
    .selectFrom('requests as r')
    .innerJoin('clients as o', 'o.id', 'r.client_id')
    .select([
      'r.id',
      'r.client_id',
      'o.name as client_name',
      'r.kind',
      'r.state',
      'r.channel',
      'r.requester_name',
      'r.received_on',
      'r.due_on',
      'r.extension_on',
    ]);
  if (f.clientId !== undefined) q = q.where('r.client_id', '=', f.clientId);
  if (f.state === 'open') q = q.where('r.state', 'in', [...openStates]);
  else if (f.state !== 'all') q = q.where('r.state', '=', f.state);
  if (f.kind !== 'all') q = q.where('r.kind', '=', f.kind);
  if (f.dueFrom !== undefined) q = q.where('r.due_on', '>=', f.dueFrom);
  if (f.dueTo !== undefined) q = q.where('r.due_on', '<=', f.dueTo);
  if (f.search) {
    const search = f.search;
    q = q.where((eb) =>
      eb.or([
        containsText(eb.ref('r.requester_name'), search),
        containsText(eb.ref('r.requester_email'), search),
        containsText(eb.ref('r.requester_reference'), search),
      ]),
    );
  }
  const column = f.sort === 'due' ? 'r.due_on' : 'r.received_on';
  const rows = await q
    .orderBy(column, f.direction)
    .orderBy('r.id', f.direction)
    .limit(f.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    kind: r.kind,
    state: r.state,
    channel: r.channel,
    requesterName: r.requester_name,
    receivedOn: r.received_on,
    due: r.due_on,
    extended: r.extension_on !== null,
  }));
}

/** Open requests, those past their due date and those due by `soon` (inclusive). */
export async function countInbox(db: Db, today: string, soon: string, clientId?: number) {
  let q = db
    .selectFrom('requests')
    .select((eb) => [
      eb.fn.countAll<number>().as('open'),
      eb.fn.sum<number>(eb.case().when('due_on', '<', today).then(1).else(0).end()).as('overdue'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('due_on', '>=', today), eb('due_on', '<=', soon)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('due_soon'),
    ])
    .where('state', 'in', [...openStates]);
  if (clientId !== undefined) q = q.where('client_id', '=', clientId);
  const row = await q.executeTakeFirstOrThrow();
  return {
    open: Number(row.open),
    overdue: Number(row.overdue ?? 0),
    dueSoon: Number(row.due_soon ?? 0),
  };
}

/** Open requests due by `by`, of one client or of all (home-screen attention, cockpit). */
export async function openRequestsDueBy(db: Db, by: string, scope: { clientId?: number } = {}) {
  let query = db
    .selectFrom('requests')
    .select(['id', 'client_id', 'requester_name', 'kind', 'due_on'])
    .where('state', 'in', [...openStates])
    .where('due_on', '<=', by);
  if (scope.clientId !== undefined) query = query.where('client_id', '=', scope.clientId);
  return query.orderBy('due_on').execute();
}

/**
 * Requests whose reply is prepared and waits for the four-eyes review: in review and not
 * yet approved (a change to the reply clears an approval, so it waits again).
 */
export async function repliesAwaitingReview(db: Db, scope: { clientId?: number } = {}) {
  let query = db
    .selectFrom('requests')
    .select(['id', 'client_id', 'requester_name', 'kind', 'due_on'])
    .where('state', '=', 'in_review')
    .where('reviewed_at', 'is', null);
  if (scope.clientId !== undefined) query = query.where('client_id', '=', scope.clientId);
  return query.orderBy('due_on').execute();
}

/** A closed request as its retention sees it: when it was closed, what and whose it was. */
export interface ClosedRequest {
  id: number;
  clientId: number;
  kind: RequestKind;
  requesterName: string;
  /** The instant of closing (the step "closed"; the last change for older rows without it). */
  closedAt: string;
}

/**
 * The closed requests of a client, or of every client, oldest closing first; with
 * `closedBefore` (an ISO date or instant) only those closed before it, and those of old
 * rows that do not say when.
 */
export async function listClosedRequests(
  db: Db,
  clientId?: number,
  closedBefore?: string,
): Promise<ClosedRequest[]> {
  let query = db
    .selectFrom('requests')
    .select(['id', 'client_id', 'kind', 'requester_name', 'closed_at', 'updated_at'])
    .where('state', '=', 'closed');
  if (clientId !== undefined) query = query.where('client_id', '=', clientId);
  if (closedBefore !== undefined) {
    query = query.where((eb) =>
      eb.or([eb('closed_at', '<', closedBefore), eb('closed_at', 'is', null)]),
    );
  }
  const rows = await query.orderBy('closed_at').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    kind: r.kind,
    requesterName: r.requester_name,
    closedAt: r.closed_at ?? r.updated_at,
  }));
}
