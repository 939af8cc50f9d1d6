import type { Db } from './audit.repo';

/** A client's deletion rules taken from one catalogue entry (e.g. phone consent evidence). */
export async function rulesWithCatalogueKey(
  db: Db,
  orgId: number,
  catalogueKey: string,
): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('retention_rules')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('catalogue_key', '=', catalogueKey)
    .orderBy('id')
    .execute();
}
