import type { AuditEntity } from '../../core/api';
import type { Changes, Reducer } from '../../core/rules/audit-redaction';
import { contentHash, parseChanges } from '../audit-chain';
import { appendAuditEntry, type WritableDb } from './audit.repo';

// Removing personal data from the audit log without breaking its hash chain: each entry
// keeps its content_hash (which its chain hash covers) while `changes` and `label` are
// replaced; the redaction is an entry of its own that lists the hash of every replacement,
// so a later edit of a redacted entry is still found by audit.verify.

export interface RedactionScope {
  /** Entries about these records. */
  records?: { entity: AuditEntity; ids: number[] }[];
  /** Every entry of this client. */
  clientId?: number;
}

export interface RedactionTarget {
  at: string;
  actor: string;
  clientId: number | null;
  entity: AuditEntity;
  entityId: number;
}

/** Transactions after which the WAL must be emptied (deleted content lives on in it). */
const scrubAfterCommit = new WeakSet<object>();

/** True once for a transaction that redacted something; the caller then checkpoints. */
export function takeScrubRequest(trx: object): boolean {
  const wanted = scrubAfterCommit.has(trx);
  scrubAfterCommit.delete(trx);
  return wanted;
}

/** The hashes a redaction entry lists: [entry id, content hash of its new content]. */
export const redactionList = (changes: unknown): Map<number, string> => {
  const listed = (changes as { redactedEntries?: [unknown, unknown] } | null)?.redactedEntries;
  const pairs = Array.isArray(listed?.[1]) ? (listed[1] as unknown[]) : [];
  return new Map(
    pairs
      .filter((p): p is [number, string] => Array.isArray(p) && typeof p[0] === 'number')
      .map((p) => [p[0], String(p[1])]),
  );
};

/**
 * Reduces every not yet redacted entry in scope with `reduce` and appends the redaction
 * entry. Returns how many entries were reduced (0: nothing to do, no entry appended).
 */
export async function redactAudit(
  trx: WritableDb,
  target: RedactionTarget,
  scope: RedactionScope,
  reduce: Reducer,
): Promise<number> {
  let query = trx
    .selectFrom('audit_log')
    .select(['id', 'entity', 'entity_id', 'changes', 'label'])
    .where('redacted_by', 'is', null)
    .where('action', '!=', 'redact');
  const records = (scope.records ?? []).filter((r) => r.ids.length > 0);
  if (records.length === 0 && scope.clientId === undefined) return 0;
  query = query.where((eb) =>
    eb.or([
      ...records.map((r) => eb.and([eb('entity', '=', r.entity), eb('entity_id', 'in', r.ids)])),
      ...(scope.clientId === undefined ? [] : [eb('client_id', '=', scope.clientId)]),
    ]),
  );
  const rows = await query.orderBy('id').execute();
  if (rows.length === 0) return 0;
  const reduced = rows.map((r) => {
    const content = reduce({
      entity: r.entity,
      entityId: r.entity_id,
      changes: (parseChanges(r.changes) ?? {}) as Changes,
      label: r.label,
    });
    const changes = JSON.stringify(content.changes);
    const hash = contentHash({ changes: JSON.parse(changes) as unknown, label: content.label });
    return { id: r.id, changes, label: content.label, hash };
  });
  const redactionId = await appendAuditEntry(trx, {
    ...target,
    action: 'redact',
    changes: { redactedEntries: [null, reduced.map((r) => [r.id, r.hash])] },
    label: `#${target.entityId}`,
  });
  for (const r of reduced) {
    await trx
      .updateTable('audit_log')
      .set({ changes: r.changes, label: r.label, redacted_by: redactionId })
      .where('id', '=', r.id)
      .execute();
  }
  scrubAfterCommit.add(trx);
  return reduced.length;
}
