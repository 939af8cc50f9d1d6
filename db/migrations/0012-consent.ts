import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// Consent to advertising (Art. 7 GDPR, § 7, § 7a UWG). Everything belongs to one client and
// goes with it (CASCADE). A consent wording is one row per version (series_id: the first
// version's id, null on the first); a version used by an event is never changed, so events
// reference it without a delete action. Events are kept as recorded (the proof); the
// request, import and file they came from may go (SET NULL). The allowed_* columns hold the
// channel verdicts of core/rules/consent-channels.ts as of the last write, so counting a
// client's 50,000 persons is one indexed query. Instants are UTC ISO text, booleans 0/1.
export async function up(db: Kysely<unknown>): Promise<void> {
  const flag = (name: string) => `${name} INTEGER NOT NULL DEFAULT 0 CHECK (${name} IN (0,1))`;
  const statements = [
    sql`CREATE TABLE consent_texts (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      series_id INTEGER REFERENCES consent_texts(id),
      version INTEGER NOT NULL DEFAULT 1,
      name TEXT NOT NULL,
      purpose TEXT NOT NULL DEFAULT '',
      channels TEXT NOT NULL DEFAULT '[]',
      advertiser TEXT NOT NULL DEFAULT '', partners TEXT NOT NULL DEFAULT '',
      product_scope TEXT NOT NULL DEFAULT '', privacy_notice_version TEXT NOT NULL DEFAULT '',
      language TEXT NOT NULL CHECK (language IN ('de','en')),
      body TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      valid_from TEXT NOT NULL, valid_until TEXT,
      ${sql.raw(flag('pre_ticked'))}, ${sql.raw(flag('coupled_to_terms'))}, ${sql.raw(flag('prize_draw'))},
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX consent_texts_org ON consent_texts (org_id, name)`,
    sql`CREATE INDEX consent_texts_series ON consent_texts (series_id)`,
    sql`CREATE TABLE consent_persons (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
      reference TEXT NOT NULL DEFAULT '',
      email_key TEXT NOT NULL DEFAULT '', phone_key TEXT NOT NULL DEFAULT '',
      reference_key TEXT NOT NULL DEFAULT '',
      ${sql.raw(flag('business'))},
      presumed_reason TEXT NOT NULL DEFAULT '',
      customer_sale_on TEXT, customer_sale_note TEXT NOT NULL DEFAULT '',
      similar_goods TEXT NOT NULL DEFAULT '',
      ${sql.raw(flag('notice_at_collection'))}, ${sql.raw(flag('notice_in_every_mail'))},
      ${sql.raw(flag('allowed_email'))}, ${sql.raw(flag('allowed_phone'))},
      ${sql.raw(flag('allowed_sms'))}, ${sql.raw(flag('allowed_fax'))},
      ${sql.raw(flag('allowed_post'))}, ${sql.raw(flag('suppressed'))},
      keep_until TEXT,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX consent_persons_org_name ON consent_persons (org_id, name)`,
    sql`CREATE UNIQUE INDEX consent_persons_email ON consent_persons (org_id, email_key) WHERE email_key <> ''`,
    sql`CREATE INDEX consent_persons_phone ON consent_persons (org_id, phone_key)`,
    sql`CREATE INDEX consent_persons_reference ON consent_persons (org_id, reference_key)`,
    sql`CREATE TABLE consent_imports (
      id INTEGER PRIMARY KEY,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      file_name TEXT NOT NULL, sha256 TEXT NOT NULL,
      encoding TEXT NOT NULL, delimiter TEXT NOT NULL,
      rows INTEGER NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL,
      events INTEGER NOT NULL,
      mapping TEXT NOT NULL,
      imported_by TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX consent_imports_org ON consent_imports (org_id)`,
    sql`CREATE TABLE consent_mappings (
      org_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
      mapping TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE consent_events (
      id INTEGER PRIMARY KEY,
      person_id INTEGER NOT NULL REFERENCES consent_persons(id) ON DELETE CASCADE,
      org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('given','doi_requested','doi_confirmed','phone_use','withdrawn','objected')),
      at TEXT NOT NULL,
      text_id INTEGER REFERENCES consent_texts(id),
      channels TEXT NOT NULL DEFAULT '[]',
      source TEXT, source_detail TEXT NOT NULL DEFAULT '',
      method TEXT,
      age_check TEXT NOT NULL DEFAULT 'none' CHECK (age_check IN ('none','age16','guardian')),
      ip TEXT NOT NULL DEFAULT '', user_agent TEXT NOT NULL DEFAULT '',
      token_hash TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
      request_id INTEGER REFERENCES requests(id) ON DELETE SET NULL,
      import_id INTEGER REFERENCES consent_imports(id) ON DELETE SET NULL,
      attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
      recorded_by TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX consent_events_person ON consent_events (person_id, at)`,
    sql`CREATE INDEX consent_events_org ON consent_events (org_id)`,
    sql`CREATE INDEX consent_events_text ON consent_events (text_id)`,
    sql`CREATE INDEX consent_events_request ON consent_events (request_id)`,
    sql`CREATE INDEX consent_events_import ON consent_events (import_id)`,
    sql`CREATE INDEX consent_events_attachment ON consent_events (attachment_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
