import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// Personal data breaches (Art. 33/34 GDPR). A breach belongs to one client and goes with it
// (CASCADE). Instants are UTC ISO text. Its links to catalogue entries, activities and
// processors are references into the register: deleting one of them removes the link, and
// the processor at which a breach happened is then unnamed (SET NULL), never the breach.
// The assessment and the notices are kept as the user recorded them (Art. 33(5)).
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE breaches (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      starter TEXT,
      description TEXT NOT NULL DEFAULT '',
      occurred_from TEXT, occurred_to TEXT,
      aware_at TEXT NOT NULL,
      discovered_by TEXT NOT NULL DEFAULT '', reported_by TEXT NOT NULL DEFAULT '',
      kinds TEXT NOT NULL DEFAULT '[]',
      subjects_count INTEGER, records_count INTEGER, count_note TEXT NOT NULL DEFAULT '',
      systems TEXT NOT NULL DEFAULT '',
      consequences TEXT NOT NULL DEFAULT '',
      measures_taken TEXT NOT NULL DEFAULT '', measures_proposed TEXT NOT NULL DEFAULT '',
      at_processor_id INTEGER REFERENCES processors(id) ON DELETE SET NULL,
      processor_aware_at TEXT, processor_notice_at TEXT,
      risk_level TEXT CHECK (risk_level IN ('none','risk','high')),
      risk_criteria TEXT, risk_reasons TEXT NOT NULL DEFAULT '',
      art34_ground TEXT CHECK (art34_ground IN ('unintelligible','risk_removed','disproportionate')),
      art34_note TEXT NOT NULL DEFAULT '',
      assessed_at TEXT, assessed_by TEXT NOT NULL DEFAULT '',
      informed_at TEXT, informed_channel TEXT, informed_note TEXT NOT NULL DEFAULT '',
      state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','closed')),
      closed_at TEXT, closing_note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX breaches_org_state ON breaches (org_id, state)`,
    sql`CREATE INDEX breaches_state ON breaches (state)`,
    sql`CREATE INDEX breaches_at_processor ON breaches (at_processor_id)`,
    sql`CREATE TABLE breach_notices (
      id INTEGER PRIMARY KEY,
      breach_id INTEGER NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('first','followup')),
      at TEXT NOT NULL,
      channel TEXT NOT NULL,
      reference TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
      delay_reason TEXT NOT NULL DEFAULT '',
      recorded_by TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX breach_notices_breach ON breach_notices (breach_id, at)`,
    sql`CREATE TABLE breach_categories (
      breach_id INTEGER NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES catalogue_entries(id) ON DELETE CASCADE,
      PRIMARY KEY (breach_id, entry_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX breach_categories_entry ON breach_categories (entry_id)`,
    sql`CREATE TABLE breach_activities (
      breach_id INTEGER NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
      activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      PRIMARY KEY (breach_id, activity_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX breach_activities_activity ON breach_activities (activity_id)`,
    sql`CREATE TABLE breach_processors (
      breach_id INTEGER NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
      processor_id INTEGER NOT NULL REFERENCES processors(id) ON DELETE CASCADE,
      PRIMARY KEY (breach_id, processor_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX breach_processors_processor ON breach_processors (processor_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
