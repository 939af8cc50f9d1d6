import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// Data subject requests (issue 4). A request belongs to one client and goes with it
// (CASCADE). Its links to catalogue entries and activities are references into the
// register: deleting an activity or an unused catalogue entry removes it from the request
// rather than blocking the register (the reply is generated from what exists now).
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE requests (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('access','rectification','erasure','restriction',
        'portability','objection','consent_withdrawal','other')),
      state TEXT NOT NULL DEFAULT 'received' CHECK (state IN ('received','identity_check',
        'in_progress','in_review','answered','refused','closed')),
      channel TEXT NOT NULL,
      received_on TEXT NOT NULL, received_time TEXT NOT NULL DEFAULT '',
      requester_name TEXT NOT NULL, requester_email TEXT NOT NULL DEFAULT '',
      requester_phone TEXT NOT NULL DEFAULT '', requester_address TEXT NOT NULL DEFAULT '',
      requester_reference TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
      due_on TEXT NOT NULL,
      extension_on TEXT, extension_reason TEXT NOT NULL DEFAULT '',
      interim_on TEXT, interim_note TEXT NOT NULL DEFAULT '',
      identity_method TEXT, identity_by TEXT NOT NULL DEFAULT '', identity_on TEXT,
      identity_note TEXT NOT NULL DEFAULT '', identity_requested_on TEXT,
      identity_received_on TEXT, identity_override TEXT NOT NULL DEFAULT '',
      review_by TEXT NOT NULL DEFAULT '', reviewed_at TEXT,
      review_checks TEXT NOT NULL DEFAULT '[]', review_note TEXT NOT NULL DEFAULT '',
      copy_description TEXT NOT NULL DEFAULT '', automated_decisions TEXT NOT NULL DEFAULT '',
      reply_text TEXT NOT NULL DEFAULT '',
      refusal_ground TEXT, refusal_note TEXT NOT NULL DEFAULT '',
      sent_at TEXT, closed_at TEXT,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    ) STRICT`,
    // The inbox: per client or across clients, by state and due date.
    sql`CREATE INDEX requests_org_state_due ON requests (org_id, state, due_on)`,
    sql`CREATE INDEX requests_state_due ON requests (state, due_on)`,
    sql`CREATE TABLE request_subjects (
      request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
      entry_id INTEGER NOT NULL REFERENCES catalogue_entries(id) ON DELETE CASCADE,
      PRIMARY KEY (request_id, entry_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX request_subjects_entry ON request_subjects (entry_id)`,
    sql`CREATE TABLE request_activities (
      request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
      activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      PRIMARY KEY (request_id, activity_id)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE INDEX request_activities_activity ON request_activities (activity_id)`,
    sql`CREATE TABLE request_recipients (
      id INTEGER PRIMARY KEY,
      request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
      position INTEGER NOT NULL DEFAULT 0,
      name TEXT NOT NULL,
      done_on TEXT, done_by TEXT NOT NULL DEFAULT ''
    ) STRICT`,
    sql`CREATE INDEX request_recipients_request ON request_recipients (request_id, position)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
