import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// Processors and their AVV (issue 3). A processor belongs to one client and goes with it
// (CASCADE). Its links to activities cascade on both sides at the SQL level so deleting a
// client (which removes activities and processors in one statement) cannot trip over
// them; deleting a processor that is still linked is refused by the handler (IN_USE),
// deleting an activity simply removes its links. Templates belong to the workspace (a
// DPO's letterhead serves every client), not to one client.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE processors (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      street TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '',
      country_kind TEXT NOT NULL DEFAULT 'eu_eea'
        CHECK (country_kind IN ('eu_eea','adequacy','third_country')),
      safeguard TEXT NOT NULL DEFAULT 'none', safeguard_note TEXT NOT NULL DEFAULT '',
      contact_name TEXT NOT NULL DEFAULT '', contact_email TEXT NOT NULL DEFAULT '',
      contact_phone TEXT NOT NULL DEFAULT '', service TEXT NOT NULL DEFAULT '',
      dpo_name TEXT NOT NULL DEFAULT '', dpo_email TEXT NOT NULL DEFAULT '',
      dpo_phone TEXT NOT NULL DEFAULT '',
      sub_processors TEXT NOT NULL DEFAULT '[]', toms TEXT NOT NULL DEFAULT '[]',
      avv_status TEXT NOT NULL DEFAULT 'missing' CHECK (avv_status IN ('not_required',
        'missing','requested','draft_sent','negotiation','signed','terminated','expired')),
      avv_not_required_reason TEXT NOT NULL DEFAULT '',
      avv_requested_on TEXT, avv_draft_sent_on TEXT, avv_signed_on TEXT,
      avv_version TEXT NOT NULL DEFAULT '',
      avv_review_on TEXT, avv_ends_on TEXT,
      draft_options TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE UNIQUE INDEX processors_name ON processors (org_id, name COLLATE NOCASE)`,
    sql`CREATE INDEX processors_status ON processors (org_id, avv_status)`,
    sql`CREATE TABLE processor_activities (
      processor_id INTEGER NOT NULL REFERENCES processors(id) ON DELETE CASCADE,
      activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      PRIMARY KEY (processor_id, activity_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX processor_activities_activity ON processor_activities (activity_id)`,
    sql`CREATE TABLE avv_settings (
      org_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
      request_overdue_days INTEGER NOT NULL
    ) STRICT`,
    sql`CREATE TABLE avv_templates (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      filename TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      placeholders TEXT NOT NULL DEFAULT '[]',
      data BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE UNIQUE INDEX avv_templates_name ON avv_templates (name COLLATE NOCASE)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
