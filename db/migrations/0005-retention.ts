import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
//
// ON DELETE choices: a client's rules and log go with the client (CASCADE). Links go with
// either end (CASCADE): deleting an activity or a data category removes it from the rule,
// while the handler refuses to delete a rule that is still linked. Deleting a rule keeps
// its log entries (SET NULL, with the rule's name copied into each run): the log is
// evidence that data was deleted and must outlive the rule.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE retention_periods (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      norm TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
      period_amount INTEGER NOT NULL CHECK (period_amount >= 0),
      period_unit TEXT NOT NULL CHECK (period_unit IN ('days','months','years')),
      year_end INTEGER NOT NULL DEFAULT 0 CHECK (year_end IN (0,1)),
      start_event TEXT NOT NULL
        CHECK (start_event IN ('creation','transaction_end','relationship_end')),
      start_description TEXT NOT NULL DEFAULT '',
      method TEXT NOT NULL CHECK (method IN ('delete','anonymise','restrict')),
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE UNIQUE INDEX retention_periods_name ON retention_periods (name COLLATE NOCASE)`,
    sql`CREATE TABLE retention_rules (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
      catalogue_key TEXT,
      start_event TEXT NOT NULL
        CHECK (start_event IN ('creation','transaction_end','relationship_end')),
      start_description TEXT NOT NULL DEFAULT '',
      period_amount INTEGER NOT NULL CHECK (period_amount >= 0),
      period_unit TEXT NOT NULL CHECK (period_unit IN ('days','months','years')),
      year_end INTEGER NOT NULL DEFAULT 0 CHECK (year_end IN (0,1)),
      run_interval TEXT NOT NULL
        CHECK (run_interval IN ('daily','weekly','monthly','quarterly','half_yearly','yearly')),
      method TEXT NOT NULL CHECK (method IN ('delete','anonymise','restrict')),
      norm TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',
      systems TEXT NOT NULL DEFAULT '[]', responsible TEXT NOT NULL DEFAULT '',
      legal_hold INTEGER NOT NULL DEFAULT 0 CHECK (legal_hold IN (0,1)),
      hold_reason TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    ) STRICT`,
    // DIN 66398: exactly one rule per kind of data, so the name is unique per client.
    sql`CREATE UNIQUE INDEX retention_rules_name ON retention_rules (org_id, name COLLATE NOCASE)`,
    sql`CREATE TABLE retention_rule_activities (
      rule_id INTEGER NOT NULL REFERENCES retention_rules(id) ON DELETE CASCADE,
      activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      PRIMARY KEY (rule_id, activity_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX retention_rule_activities_activity ON retention_rule_activities (activity_id)`,
    sql`CREATE TABLE retention_rule_categories (
      rule_id INTEGER NOT NULL REFERENCES retention_rules(id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES catalogue_entries(id) ON DELETE CASCADE,
      PRIMARY KEY (rule_id, entry_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX retention_rule_categories_entry ON retention_rule_categories (entry_id)`,
    sql`CREATE TABLE deletion_runs (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      rule_id INTEGER REFERENCES retention_rules(id) ON DELETE SET NULL,
      rule_name TEXT NOT NULL,
      run_date TEXT NOT NULL,
      system TEXT NOT NULL DEFAULT '',
      deleted_count INTEGER CHECK (deleted_count IS NULL OR deleted_count >= 0),
      description TEXT NOT NULL DEFAULT '',
      method TEXT NOT NULL CHECK (method IN ('delete','anonymise','restrict')),
      person TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    // The plan and the run status look up the latest run per rule and system.
    sql`CREATE INDEX deletion_runs_rule ON deletion_runs (rule_id, system, run_date)`,
    sql`CREATE INDEX deletion_runs_org ON deletion_runs (org_id, run_date)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
