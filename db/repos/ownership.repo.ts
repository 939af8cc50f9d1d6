import { sql } from 'kysely';
import type { Db } from './audit.repo';

/** Tables whose rows belong to one client through `org_id`. */
type OwnedTable = 'activities' | 'catalogue_entries' | 'retention_rules' | 'processors';

/**
 * The ids among `ids` that exist in `table` and belong to the client (for catalogue entries,
 * optionally of one kind). Handlers compare the count to refuse links to another client's
 * records.
 */
export async function ownedIds(
  db: Db,
  table: OwnedTable,
  orgId: number,
  ids: readonly number[],
  kind?: 'subject' | 'data' | 'recipient',
): Promise<number[]> {
  if (ids.length === 0) return [];
  let query = db
    .selectFrom(table)
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids]);
  // Only catalogue entries have a kind; the caller names it only for that table.
  if (kind) query = query.where(sql<string>`kind`, '=', kind);
  const rows = await query.execute();
  return rows.map((r) => r.id);
}
