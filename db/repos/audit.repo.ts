import type { Kysely, Transaction } from 'kysely';
import type { AuditEntity, AuditEntry } from '../../core/api';
import { contentHash, entryHash, GENESIS } from '../audit-chain';
import { readEntity, storedEntityNames } from '../audit-legacy-names';
import type { Database } from '../schema';
import { insertMany } from './insert-many';

export type Db = Kysely<Database> | Transaction<Database>;
/**
 * What a writing repo function takes: only a transaction satisfies it (a plain connection's
 * `isTransaction` is a boolean, a transaction's is `true`), so a write outside the handler's
 * transaction, and so without its audit entry, does not compile.
 */
export type WritableDb = Transaction<Database>;

export interface AuditWrite {
  at: string;
  actor: string;
  clientId: number | null;
  entity: AuditEntity;
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'redact';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  label: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether a value differs from null as `same` tells it, without stringifying it (a create
 * compares every field with null): a string, boolean, finite number or array (without a
 * toJSON of its own) never writes as "null"; anything else is compared as JSON.
 */
const differsFromNull = (value: unknown) =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') ||
  !same(null, value);

/**
 * Whether canonical() writes a value as it writes the value parsed back from its JSON: plain
 * objects and arrays without holes or toJSON, and only strings, numbers, booleans, nulls and
 * undefined in them (JSON and canonical() both leave an undefined field out and write an
 * undefined item, NaN or Infinity as null).
 */
function sameWhenParsed(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (type !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !sameWhenParsed(value[i])) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!sameWhenParsed(record[key])) return false;
  return true;
}

/**
 * The changes hashed as a reader of the log parses them back (no Dates, no undefined): the
 * value itself when that is the same, without parsing the JSON again (an import writes
 * thousands of entries).
 */
export const asStored = (value: unknown, json: string): unknown =>
  sameWhenParsed(value) ? value : (JSON.parse(json) as unknown);

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
    const differs = b === null ? differsFromNull(a) : a === null ? differsFromNull(b) : !same(b, a);
    if (differs) changes[key] = [b, a];
  }
  return changes;
}

/**
 * Appends one entry; call inside the write's transaction so both land or neither. An update
 * that changed no field is recorded too: it was a write (e.g. archiving an archived
 * activity), and every write leaves a trace.
 */
export async function recordAudit(db: WritableDb, entry: AuditWrite): Promise<boolean> {
  await appendAuditEntry(db, { ...entry, changes: diff(entry.before, entry.after) });
  return true;
}

/**
 * The entry of a save, the block every editing handler ends with: "create" when there was
 * no record before, "update" otherwise, with the before and after of each changed field.
 */
export function recordSave(db: WritableDb, entry: Omit<AuditWrite, 'action'>): Promise<boolean> {
  return recordAudit(db, { ...entry, action: entry.before === null ? 'create' : 'update' });
}

export interface AuditAppend extends Omit<AuditWrite, 'before' | 'after'> {
  changes: Record<string, unknown>;
}

/** Links the entry to the last one (db/audit-chain.ts) and inserts it; returns its id. */
export async function appendAuditEntry(db: WritableDb, entry: AuditAppend): Promise<number> {
  const last = await db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const id = (last?.id ?? 0) + 1;
  const prev = last?.hash ?? GENESIS;
  const changes = JSON.stringify(entry.changes);
  const content = contentHash({ changes: asStored(entry.changes, changes), label: entry.label });
  const header = { ...entry, id };
  await db
    .insertInto('audit_log')
    .values({
      id,
      at: entry.at,
      actor: entry.actor,
      client_id: entry.clientId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      changes,
      label: entry.label,
      prev_hash: prev,
      content_hash: content,
      hash: entryHash(prev, header, content),
      redacted_by: null,
    })
    .execute();
  return id;
}

/** The id of the newest entry (0 in an empty log): tells whether a write was audited. */
export async function lastAuditId(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

export async function listAudit(
  db: Db,
  filter: { clientId?: number; entity?: AuditEntity; entityId?: number; limit: number },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.clientId !== undefined) query = query.where('client_id', '=', filter.clientId);
  if (filter.entity !== undefined)
    query = query.where('entity', 'in', storedEntityNames(filter.entity));
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    clientId: r.client_id,
    entity: readEntity(r.entity),
    entityId: r.entity_id,
    action: r.action,
    changes: JSON.parse(r.changes) as Record<string, [unknown, unknown]>,
    label: r.label,
  }));
}

/**
 * Appends many entries in order, each linked to the one before (an import of thousands of
 * persons): the same chain as appendAuditEntry, written in batches.
 */
export async function appendAuditEntries(db: WritableDb, entries: AuditWrite[]): Promise<void> {
  if (entries.length === 0) return;
  const last = await db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let id = last?.id ?? 0;
  let prev = last?.hash ?? GENESIS;
  const rows = entries.map((entry) => {
    id += 1;
    const values = diff(entry.before, entry.after);
    const changes = JSON.stringify(values);
    const content = contentHash({ changes: asStored(values, changes), label: entry.label });
    const header = {
      id,
      at: entry.at,
      actor: entry.actor,
      clientId: entry.clientId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
    };
    const hash = entryHash(prev, header, content);
    const row = {
      id,
      at: entry.at,
      actor: entry.actor,
      client_id: entry.clientId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      changes,
      label: entry.label,
      prev_hash: prev,
      content_hash: content,
      hash,
      redacted_by: null,
    };
    prev = hash;
    return row;
  });
  await insertMany(db, 'audit_log', rows, { batch: 500 });
}
