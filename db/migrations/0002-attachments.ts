import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    owner_type TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX attachments_owner ON attachments (owner_type, owner_id)`.execute(db);
}
