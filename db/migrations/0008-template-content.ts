import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// Which starter template an activity came from (its hints are looked up by key) and which
// of the template's fields the user has not confirmed yet (a JSON array of field names).
// Activities created before this migration count as the user's own content.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE activities ADD COLUMN template_key TEXT`.execute(db);
  await sql`ALTER TABLE activities ADD COLUMN unconfirmed TEXT NOT NULL DEFAULT '[]'`.execute(db);
}
