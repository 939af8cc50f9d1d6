import type { AuditVerification } from '../../core/api';
import { contentHash, entryHash, GENESIS, parseChanges } from '../audit-chain';
import { redactionList } from './audit-redaction.repo';
import type { Db } from './audit.repo';

/**
 * Walks the whole chain: each entry must name the hash of the one before, its own hash
 * must match its header and content hash, and its content must match that hash (for a
 * redacted entry: the hash its redaction entry lists). An entry edited, removed or
 * inserted in the file behind the app's back shows up as the first broken one.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  const { lastId: _id, lastHash: _hash, ...verification } = await verifyAuditChainAfter(db, null);
  return verification;
}

/** Where a walk of the chain stopped: the last entry it read and that entry's hash. */
export interface ChainPosition {
  lastId: number;
  lastHash: string;
}

/**
 * Walks the chain from after `start` (null: from the first entry), taking `start`'s hash as
 * the link the next entry must name. An entry's redaction is checked where the walk reads it.
 */
export async function verifyAuditChainAfter(
  db: Db,
  start: ChainPosition | null,
): Promise<AuditVerification & ChainPosition> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', start?.lastId ?? 0)
    .orderBy('id')
    .execute();
  let firstBroken: number | null = null;
  const mark = (id: number) => {
    if (firstBroken === null || id < firstBroken) firstBroken = id;
  };
  const redactions = new Map<number, Map<number, string>>();
  const redacted: { id: number; by: number; hash: string }[] = [];
  let prev = start?.lastHash ?? GENESIS;
  for (const r of rows) {
    const changes = parseChanges(r.changes);
    const current = contentHash({ changes, label: r.label });
    const header = { ...r, clientId: r.client_id, entityId: r.entity_id };
    if (
      r.prev_hash !== prev ||
      r.hash !== entryHash(prev, header, r.content_hash) ||
      (r.redacted_by === null && current !== r.content_hash)
    ) {
      mark(r.id);
    }
    if (r.redacted_by !== null) redacted.push({ id: r.id, by: r.redacted_by, hash: current });
    if (r.action === 'redact') redactions.set(r.id, redactionList(changes));
    // Go on from the stored hash, so one edited entry is reported as exactly that one.
    prev = r.hash;
  }
  for (const entry of redacted) {
    const listed = redactions.get(entry.by);
    if (!listed || entry.by <= entry.id || listed.get(entry.id) !== entry.hash) mark(entry.id);
  }
  const last = rows.at(-1);
  return {
    intact: firstBroken === null,
    entries: rows.length,
    firstBroken,
    lastId: last?.id ?? start?.lastId ?? 0,
    lastHash: last?.hash ?? start?.lastHash ?? GENESIS,
  };
}
