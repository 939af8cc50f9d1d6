import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`,
    sql`CREATE TABLE organisations (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      street TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '',
      legal_representative TEXT NOT NULL DEFAULT '', eu_representative TEXT NOT NULL DEFAULT '',
      dpo_name TEXT NOT NULL DEFAULT '', dpo_email TEXT NOT NULL DEFAULT '',
      dpo_phone TEXT NOT NULL DEFAULT '', dpo_address TEXT NOT NULL DEFAULT '',
      land TEXT NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE UNIQUE INDEX organisations_name ON organisations (name COLLATE NOCASE)`,
    sql`CREATE TABLE catalogue_entries (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('subject','data','recipient')),
      name TEXT NOT NULL,
      special TEXT NOT NULL DEFAULT 'none' CHECK (special IN ('none','art9','art10')),
      recipient_type TEXT CHECK (recipient_type IN ('internal','external','third_country')),
      country TEXT NOT NULL DEFAULT ''
    ) STRICT`,
    sql`CREATE UNIQUE INDEX catalogue_entries_name ON catalogue_entries (org_id, kind, name COLLATE NOCASE)`,
    sql`CREATE TABLE activities (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      number TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, purposes TEXT NOT NULL DEFAULT '',
      legal_bases TEXT NOT NULL DEFAULT '[]', national_norm TEXT NOT NULL DEFAULT '',
      joint_controllers TEXT NOT NULL DEFAULT '', transfers TEXT NOT NULL DEFAULT '[]',
      retention TEXT NOT NULL DEFAULT '', toms TEXT NOT NULL DEFAULT '',
      toms_reference TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',
      contact_name TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '',
      contact_email TEXT NOT NULL DEFAULT '', it_systems TEXT NOT NULL DEFAULT '',
      data_source TEXT NOT NULL DEFAULT '',
      dpia_status TEXT NOT NULL DEFAULT 'open', dpia_reason TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','active','archived')),
      next_review TEXT,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX activities_org ON activities (org_id, name)`,
    sql`CREATE TABLE activity_categories (
      activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES catalogue_entries(id) ON DELETE RESTRICT,
      position INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (activity_id, entry_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX activity_categories_entry ON activity_categories (entry_id)`,
    sql`CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL, actor TEXT NOT NULL,
      org_id INTEGER, entity TEXT NOT NULL, entity_id INTEGER NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('create','update','delete')),
      changes TEXT NOT NULL, label TEXT NOT NULL DEFAULT ''
    ) STRICT`,
    sql`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)`,
    sql`CREATE INDEX audit_log_org ON audit_log (org_id, id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
