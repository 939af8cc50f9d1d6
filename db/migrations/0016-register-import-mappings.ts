import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
//
// The column mapping of a client's existing register (Excel or CSV), saved once so the next
// import of the same kind of file starts from it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE register_import_mappings (
    client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
}
