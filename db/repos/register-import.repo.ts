import type { RegisterMapping } from '../../core/api';
import type { Db, WritableDb } from './audit.repo';

// The client's saved column mapping for the import of an existing register.

export async function findRegisterMapping(
  db: Db,
  clientId: number,
): Promise<RegisterMapping | null> {
  const row = await db
    .selectFrom('register_import_mappings')
    .select('mapping')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.mapping) as RegisterMapping) : null;
}

/** Saves the mapping; answers the one it replaced (null when there was none) for the audit. */
export async function saveRegisterMapping(
  db: WritableDb,
  clientId: number,
  mapping: RegisterMapping,
  at: string,
): Promise<RegisterMapping | null> {
  const before = await findRegisterMapping(db, clientId);
  const value = JSON.stringify(mapping);
  await db
    .insertInto('register_import_mappings')
    .values({ client_id: clientId, mapping: value, updated_at: at })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ mapping: value, updated_at: at }))
    .execute();
  return before;
}
