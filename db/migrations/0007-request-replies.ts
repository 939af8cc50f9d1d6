import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new numbered file instead.
// Data subject requests: what a reply needs beyond the first version of the inbox.
// - sent_on / sent_time: when the reply went out, as the user states it (sent_at stays the
//   instant the step was recorded). Existing sent requests take the day of sent_at.
// - signer_name / signer_role: who signs the letters of this request ('' = from Settings).
// - identity_known_*: the contact details on file for the person (customer account, file),
//   to flag a reply that would go to another address or number.
// - outcome: JSON of the fields of a rectification, erasure, restriction or objection reply.
// - reply_snapshot: JSON of what the sent reply was built from (register, client, files),
//   so later changes to the register do not change a sent request.
// - recipients_skip_reason: why a request was closed with Art. 19 recipients not informed.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE requests ADD COLUMN sent_on TEXT`,
    sql`ALTER TABLE requests ADD COLUMN sent_time TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN signer_name TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN signer_role TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN identity_known_email TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN identity_known_phone TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN identity_known_address TEXT NOT NULL DEFAULT ''`,
    sql`ALTER TABLE requests ADD COLUMN outcome TEXT NOT NULL DEFAULT '{}'`,
    sql`ALTER TABLE requests ADD COLUMN reply_snapshot TEXT`,
    sql`ALTER TABLE requests ADD COLUMN recipients_skip_reason TEXT NOT NULL DEFAULT ''`,
    sql`UPDATE requests SET sent_on = substr(sent_at, 1, 10) WHERE sent_at IS NOT NULL`,
  ];
  for (const statement of statements) await statement.execute(db);
}
