import { sql, type Kysely } from 'kysely';
import { contentHash, entryHash, GENESIS, parseChanges } from '../audit-chain';

// Frozen: never edit a released migration; add a new numbered file instead.
//
// The audit log becomes a hash chain (db/audit-chain.ts) and learns a fourth action,
// 'redact': the entry that removes personal data from the earlier entries of a deleted
// record. SQLite cannot change a CHECK constraint in place, so the table is rebuilt and
// every existing entry is chained in the order it was written.
interface OldRow {
  id: number;
  at: string;
  actor: string;
  org_id: number | null;
  entity: string;
  entity_id: number;
  action: string;
  changes: string;
  label: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE audit_log_chained (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL, actor TEXT NOT NULL,
    org_id INTEGER, entity TEXT NOT NULL, entity_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create','update','delete','redact')),
    changes TEXT NOT NULL, label TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL, content_hash TEXT NOT NULL, hash TEXT NOT NULL,
    redacted_by INTEGER
  ) STRICT`.execute(db);
  const { rows } = await sql<OldRow>`SELECT * FROM audit_log ORDER BY id`.execute(db);
  let prev = GENESIS;
  for (const r of rows) {
    const content = contentHash({ changes: parseChanges(r.changes), label: r.label });
    const header = { ...r, clientId: r.org_id, entityId: r.entity_id };
    const hash = entryHash(prev, header, content);
    await sql`INSERT INTO audit_log_chained
      (id, at, actor, org_id, entity, entity_id, action, changes, label, prev_hash, content_hash, hash)
      VALUES (${r.id}, ${r.at}, ${r.actor}, ${r.org_id}, ${r.entity}, ${r.entity_id}, ${r.action},
        ${r.changes}, ${r.label}, ${prev}, ${content}, ${hash})`.execute(db);
    prev = hash;
  }
  await sql`DROP TABLE audit_log`.execute(db);
  await sql`ALTER TABLE audit_log_chained RENAME TO audit_log`.execute(db);
  await sql`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)`.execute(db);
  await sql`CREATE INDEX audit_log_org ON audit_log (org_id, id)`.execute(db);
}
