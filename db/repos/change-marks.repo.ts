import { sql } from 'kysely';
import type { Db } from './audit.repo';

/**
 * Where the workspace file stands: `dataVersion` moves when another connection (another
 * window, a script) commits, `changes` counts the rows this connection has written since it
 * opened, `auditId` is the newest audit entry. Three cheap reads that tell a kept answer
 * whether anything may have changed since.
 */
export interface ChangeMark {
  dataVersion: number;
  changes: number;
  auditId: number;
}

export async function changeMark(db: Db): Promise<ChangeMark> {
  const version = await sql<{ data_version: number }>`PRAGMA data_version`.execute(db);
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => [
      eb.fn.max<number | null>('id').as('audit_id'),
      sql<number>`total_changes()`.as('changes'),
    ])
    .executeTakeFirst();
  return {
    dataVersion: Number(version.rows[0]?.data_version ?? 0),
    changes: Number(row?.changes ?? 0),
    auditId: Number(row?.audit_id ?? 0),
  };
}

/**
 * The clients named by the audit entries after `afterId`, or null when one of them belongs
 * to no client (a workspace-wide record such as an own retention period: it may touch all).
 */
export async function clientsAuditedSince(db: Db, afterId: number): Promise<number[] | null> {
  const rows = await db
    .selectFrom('audit_log')
    .select('client_id')
    .distinct()
    .where('id', '>', afterId)
    .execute();
  const ids: number[] = [];
  for (const r of rows) {
    if (r.client_id === null) return null;
    ids.push(r.client_id);
  }
  return ids;
}
