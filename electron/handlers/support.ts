import { AppError } from '../../core/api';
import { checkpointWal } from '../../db/connection';
import { takeScrubRequest } from '../../db/repos/audit-redaction.repo';
import { lastAuditId, type WritableDb } from '../../db/repos/audit.repo';
import { recheckAfterWrite } from './activities/completeness-facts';
import type { HandlerContext } from './context';

export interface Stamp {
  /** One instant for every row and audit entry the write touches. */
  at: string;
  actor: string;
}

/** A write that changed rows without an audit entry: a bug, so the write is undone. */
export class UnauditedWriteError extends Error {
  constructor(readonly changedRows: number) {
    super(`A write changed ${changedRows} row(s) without an audit entry; it was rolled back.`);
    this.name = 'UnauditedWriteError';
  }
}

/**
 * Runs a write in one transaction: all of it lands, with its audit entries, or none. A
 * transaction that changes rows but appends no audit entry is rolled back (every write is
 * audited); one that removed personal data also empties the WAL after the commit. The
 * stored completeness of the activities the write may have changed is brought up to date
 * in the same transaction.
 */
export async function inTransaction<T>(
  ctx: HandlerContext,
  work: (trx: WritableDb, stamp: Stamp) => Promise<T>,
): Promise<T> {
  const stamp = { at: ctx.now().toISOString(), actor: ctx.actor() };
  const workspace = ctx.workspace();
  const changes = workspace.sqlite.prepare('SELECT total_changes() AS n').pluck();
  let used: object | null = null;
  const result = await workspace.db.transaction().execute(async (trx) => {
    used = trx;
    const rowsBefore = changes.get() as number;
    const auditBefore = await lastAuditId(trx);
    const value = await work(trx, stamp);
    await recheckAfterWrite(trx, auditBefore);
    const changed = (changes.get() as number) - rowsBefore;
    if (changed > 0 && (await lastAuditId(trx)) === auditBefore) {
      throw new UnauditedWriteError(changed);
    }
    return value;
  });
  if (used && takeScrubRequest(used)) checkpointWal(workspace);
  return result;
}

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new AppError('NOT_FOUND', { what });
  return value;
}
