import type { Db } from './audit.repo';

/** A client's deletion rules taken from one catalogue entry (e.g. phone consent evidence). */
export async function rulesWithCatalogueKey(
  db: Db,
  clientId: number,
  catalogueKey: string,
): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('retention_rules')
    .select(['id', 'name'])
    .where('client_id', '=', clientId)
    .where('catalogue_key', '=', catalogueKey)
    .orderBy('id')
    .execute();
}
