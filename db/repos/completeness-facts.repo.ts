import type { AuditEntity, CompletenessItem, TemplateField } from '../../core/api';
import type { Db, WritableDb } from './audit.repo';

// The stored completeness of each activity (migration 0013): written after every write that
// could change it, read by the client list and the attention of every client at once.

/** An activity's completeness as the rule found it. */
export interface CheckedActivity {
  id: number;
  missing: CompletenessItem[];
  complete: boolean;
}

/** The stored facts of the given activities, or every one of a client's. */
async function storedFacts(db: Db, ids: number[]) {
  const stored = new Map<number, { missing: string | null; complete: number | null }>();
  // SQLite allows some thousand variables per statement: look them up in slices.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('activities')
      .select(['id', 'missing', 'complete'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) stored.set(r.id, { missing: r.missing, complete: r.complete });
  }
  return stored;
}

/** Writes the facts that differ from what is stored; returns how many rows changed. */
export async function storeCompleteness(db: WritableDb, checked: CheckedActivity[]) {
  if (checked.length === 0) return 0;
  const stored = await storedFacts(
    db,
    checked.map((c) => c.id),
  );
  let changed = 0;
  for (const c of checked) {
    const missing = JSON.stringify(c.missing);
    const complete = c.complete ? 1 : 0;
    const now = stored.get(c.id);
    if (now && now.missing === missing && now.complete === complete) continue;
    await db.updateTable('activities').set({ missing, complete }).where('id', '=', c.id).execute();
    changed++;
  }
  return changed;
}

/** Per client: its current (not archived) activities and how many of them are not complete. */
export async function activityCountsByClient(db: Db) {
  const rows = await db
    .selectFrom('activities')
    .select((eb) => [
      'client_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('complete', '=', 1).then(0).else(1).end()).as('incomplete'),
    ])
    .where('status', '<>', 'archived')
    .groupBy('client_id')
    .execute();
  return new Map(
    rows.map((r) => [r.client_id, { total: Number(r.total), incomplete: Number(r.incomplete) }]),
  );
}

/** An activity the home screen names: not complete, or its review comes by `soon`. */
export interface ActivityAttentionRow {
  id: number;
  clientId: number;
  name: string;
  missing: CompletenessItem[];
  unconfirmed: TemplateField[];
  nextReview: string | null;
}

/**
 * The current activities that need attention, of one client or of all: two indexed reads
 * (not complete; review by `soon`) instead of one scan of every activity.
 */
export async function activitiesNeedingAttention(
  db: Db,
  filter: { clientId?: number; soon: string },
): Promise<ActivityAttentionRow[]> {
  const base = () => {
    const query = db
      .selectFrom('activities')
      .select(['id', 'client_id', 'name', 'missing', 'unconfirmed', 'next_review'])
      .where('status', '<>', 'archived');
    return filter.clientId === undefined ? query : query.where('client_id', '=', filter.clientId);
  };
  const incomplete = await base()
    .where((eb) => eb.or([eb('complete', '=', 0), eb('complete', 'is', null)]))
    .execute();
  const seen = new Set(incomplete.map((r) => r.id));
  const reviews = (await base().where('next_review', '<=', filter.soon).execute()).filter(
    (r) => !seen.has(r.id),
  );
  return [...incomplete, ...reviews].map((r) => ({
    id: r.id,
    clientId: r.client_id,
    name: r.name,
    missing:
      r.missing === null || r.missing === '[]' ? [] : (JSON.parse(r.missing) as CompletenessItem[]),
    unconfirmed: r.unconfirmed === '[]' ? [] : (JSON.parse(r.unconfirmed) as TemplateField[]),
    nextReview: r.next_review,
  }));
}

/** Clients without a current activity: their register is still owed. */
export async function clientsWithoutCurrentActivities(db: Db, clientId?: number) {
  let query = db
    .selectFrom('clients as o')
    .select(['o.id', 'o.name'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('activities as a')
            .select('a.id')
            .whereRef('a.client_id', '=', 'o.id')
            .where('a.status', '<>', 'archived'),
        ),
      ),
    );
  if (clientId !== undefined) query = query.where('o.id', '=', clientId);
  return query.execute();
}

/** Activities still in draft, of one client or of all: not yet confirmed as taking place. */
export async function draftActivities(db: Db, clientId?: number) {
  let query = db
    .selectFrom('activities')
    .select(['id', 'client_id', 'name'])
    .where('status', '=', 'draft');
  if (clientId !== undefined) query = query.where('client_id', '=', clientId);
  return query.execute();
}

/** Whether any activity was never checked (a workspace from before migration 0013). */
export async function hasUncheckedActivities(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('activities')
    .select('id')
    .where('complete', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The clients whose records of these kinds the audit log shows written after `afterId`. */
export async function clientsWrittenSince(
  db: Db,
  afterId: number,
  entities: readonly AuditEntity[],
): Promise<number[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('client_id')
    .distinct()
    .where('id', '>', afterId)
    .where('entity', 'in', [...entities])
    .where('client_id', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.client_id === null ? [] : [r.client_id]));
}
