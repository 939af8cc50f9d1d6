import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// The Art. 30 completeness of each activity as of the last write that could change it
// (core/rules/completeness.ts): `missing` holds the JSON array of missing items, `complete`
// 1 when nothing is missing or unconfirmed. The client list, the switcher and the cockpit
// count from these instead of checking every activity of every client on each read. Both
// stay NULL here: the rule lives in core, which a frozen migration does not import, so the
// app fills every unchecked row right after opening the file (electron/handlers/completeness-facts.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE activities ADD COLUMN missing TEXT`,
    sql`ALTER TABLE activities ADD COLUMN complete INTEGER CHECK (complete IS NULL OR complete IN (0,1))`,
    // The client list counts per client; the cockpit reads the incomplete ones of all clients.
    sql`CREATE INDEX activities_completeness ON activities (org_id, status, complete)`,
    sql`CREATE INDEX activities_incomplete ON activities (complete, org_id)`,
    sql`CREATE INDEX activities_review ON activities (next_review) WHERE next_review IS NOT NULL`,
  ];
  for (const statement of statements) await statement.execute(db);
}
