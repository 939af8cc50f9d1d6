import type { Kysely, Transaction } from 'kysely';
import type { AuditEntity, AuditEntry } from '../../core/api';
import type { Database } from '../schema';

export type Db = Kysely<Database> | Transaction<Database>;

export interface AuditWrite {
  at: string;
  actor: string;
  orgId: number | null;
  entity: AuditEntity;
  entityId: number;
  action: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  label: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field -> [before, after] for the fields that differ (all fields on create and delete). */
export function diff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt' || key === 'completeness') continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (!same(b, a)) changes[key] = [b, a];
  }
  return changes;
}

/** Appends one entry; call inside the write's transaction so both land or neither. */
export async function recordAudit(db: Db, entry: AuditWrite): Promise<boolean> {
  const changes = diff(entry.before, entry.after);
  if (entry.action === 'update' && Object.keys(changes).length === 0) return false;
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor: entry.actor,
      org_id: entry.orgId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      changes: JSON.stringify(changes),
      label: entry.label,
    })
    .execute();
  return true;
}

export async function listAudit(
  db: Db,
  filter: { orgId?: number; entity?: AuditEntity; entityId?: number; limit: number },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.orgId !== undefined) query = query.where('org_id', '=', filter.orgId);
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    orgId: r.org_id,
    entity: r.entity as AuditEntity,
    entityId: r.entity_id,
    action: r.action,
    changes: JSON.parse(r.changes) as Record<string, [unknown, unknown]>,
    label: r.label,
  }));
}
