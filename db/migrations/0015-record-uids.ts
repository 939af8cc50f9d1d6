import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
//
// A client's records keep one identity across workspaces, so a hand-over file can be merged
// back into the client it came from (electron/handlers/clients/handover-merge.ts):
// - `uid` on every table whose rows have their own id (the list is frozen here: the tables
//   of handover-tables.ts as of this version). Existing rows get random ids; a trigger fills
//   it on insert, so no repo has to know about it. Link rows without an id (activity
//   categories, links between records) follow their parent and need none.
// - `handover_bases`: per client and record, the hash of the version last exchanged in a
//   hand-over file (exported, imported or merged). It is the base of the three-way merge:
//   a record that differs from it was changed on that side.
// - `breaches.reference`: the reference printed on a notification to the authority was
//   derived from the row id, which a hand-over gives anew. It is stored on creation now
//   (the same text as before, so existing ones keep theirs) and travels with the breach.

const tablesWithId = [
  'clients',
  'catalogue_entries',
  'activities',
  'processors',
  'retention_rules',
  'deletion_runs',
  'requests',
  'request_recipients',
  'breaches',
  'breach_notices',
  'consent_texts',
  'consent_persons',
  'consent_imports',
  'attachments',
  'consent_events',
];

const randomUid = sql.raw('lower(hex(randomblob(16)))');

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of tablesWithId) {
    const name = sql.id(table);
    await sql`ALTER TABLE ${name} ADD COLUMN uid TEXT`.execute(db);
    await sql`UPDATE ${name} SET uid = ${randomUid}`.execute(db);
    await sql`CREATE UNIQUE INDEX ${sql.id(`${table}_uid`)} ON ${name} (uid)`.execute(db);
    await sql`CREATE TRIGGER ${sql.id(`${table}_uid_on_insert`)} AFTER INSERT ON ${name}
      WHEN NEW.uid IS NULL
      BEGIN UPDATE ${name} SET uid = ${randomUid} WHERE id = NEW.id; END`.execute(db);
  }
  const statements = [
    sql`CREATE TABLE handover_bases (
      client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      table_name TEXT NOT NULL,
      uid TEXT NOT NULL,
      hash TEXT NOT NULL,
      PRIMARY KEY (client_id, table_name, uid)
    ) STRICT, WITHOUT ROWID`,
    sql`ALTER TABLE breaches ADD COLUMN reference TEXT`,
    sql`UPDATE breaches SET reference = 'DP-' || substr(aware_at, 1, 4) || '-' || id`,
    sql`CREATE TRIGGER breaches_reference_on_insert AFTER INSERT ON breaches
      WHEN NEW.reference IS NULL
      BEGIN UPDATE breaches SET reference = 'DP-' || substr(NEW.aware_at, 1, 4) || '-' || NEW.id
      WHERE id = NEW.id; END`,
  ];
  for (const statement of statements) await statement.execute(db);
}
