import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// The DPIA of a processing activity (Art. 35 GDPR): at most one row per activity, going
// with it (CASCADE). The screening holds the answers (JSON), the rule's result, the
// recorded result with the reason codes and, where the user deviated from the rule, their
// reasons, and who screened when (Art. 5(2)). The DPIA record (date, reference, outcome)
// stays NULL until a DPIA is recorded; its files are attachments with owner_type 'dpia'
// and owner_id the activity's id.
export async function up(db: Kysely<unknown>): Promise<void> {
  const results = `('needed','not_needed','needed_dsk','needed_art35_3')`;
  const statements = [
    sql`CREATE TABLE dpia_assessments (
      activity_id INTEGER PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
      answers TEXT,
      rule_result TEXT CHECK (rule_result IS NULL OR rule_result IN ${sql.raw(results)}),
      result TEXT CHECK (result IS NULL OR result IN ${sql.raw(results)}),
      reasons TEXT NOT NULL DEFAULT '[]',
      deviation_reason TEXT NOT NULL DEFAULT '',
      screened_by TEXT NOT NULL DEFAULT '', screened_at TEXT,
      dpia_date TEXT, dpia_reference TEXT NOT NULL DEFAULT '',
      dpia_outcome TEXT CHECK (dpia_outcome IS NULL OR
        dpia_outcome IN ('risks_addressed','prior_consultation','not_proceeding')),
      dpia_note TEXT NOT NULL DEFAULT '',
      recorded_by TEXT NOT NULL DEFAULT '', recorded_at TEXT
    ) STRICT`,
    // The attention items read the screenings that ask for a DPIA not yet recorded.
    sql`CREATE INDEX dpia_assessments_open ON dpia_assessments (result) WHERE dpia_date IS NULL`,
  ];
  for (const statement of statements) await statement.execute(db);
}
