import type { Db } from './audit.repo';

/** Tables whose rows belong to one client through `client_id`. */
type OwnedTable = 'activities' | 'catalogue_entries' | 'retention_rules' | 'processors';

/**
 * The ids among `ids` that exist in `table` and belong to the client (for catalogue entries,
 * optionally of one kind). Handlers compare the count to refuse links to another client's
 * records.
 */
export async function ownedIds(
  db: Db,
  table: OwnedTable,
  clientId: number,
  ids: readonly number[],
  kind?: 'subject' | 'data' | 'recipient',
): Promise<number[]> {
  if (ids.length === 0) return [];
  // Only catalogue entries have a kind; the caller names it only for that table.
  const rows =
    kind && table === 'catalogue_entries'
      ? await db
          .selectFrom('catalogue_entries')
          .select('id')
          .where('client_id', '=', clientId)
          .where('id', 'in', [...ids])
          .where('kind', '=', kind)
          .execute()
      : await db
          .selectFrom(table)
          .select('id')
          .where('client_id', '=', clientId)
          .where('id', 'in', [...ids])
          .execute();
  return rows.map((r) => r.id);
}
