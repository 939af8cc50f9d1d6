import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
//
// One name per concept: the table of clients is `clients` and every reference to a client
// is `client_id`, in every table that has one. SQLite renames in place and rewrites the
// foreign keys, indexes, triggers and views that name them; indexes whose names carried the
// old word are created again under the new one. The audit log keeps its entries as written:
// their hashes cover the stored entity name ('organisation' in older entries), so readers
// map it (db/audit-legacy-names.ts) and the chain still verifies.

const renameIndex = (name: string) =>
  name
    .split('_')
    .map((part) => (part === 'org' ? 'client' : part === 'organisations' ? 'clients' : part))
    .join('_');

export async function up(db: Kysely<unknown>): Promise<void> {
  const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master
    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
  for (const { name } of tables.rows) {
    const columns = await sql<{
      name: string;
    }>`SELECT name FROM pragma_table_info(${name})`.execute(db);
    if (columns.rows.some((column) => column.name === 'org_id'))
      await sql`ALTER TABLE ${sql.id(name)} RENAME COLUMN org_id TO client_id`.execute(db);
  }
  await sql`ALTER TABLE organisations RENAME TO clients`.execute(db);
  const indexes = await sql<{ name: string; sql: string }>`SELECT name, sql FROM sqlite_master
    WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`.execute(db);
  for (const index of indexes.rows) {
    const renamed = renameIndex(index.name);
    if (renamed === index.name) continue;
    await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
    await sql.raw(index.sql.replace(index.name, renamed)).execute(db);
  }
}
