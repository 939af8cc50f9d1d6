import { sql } from 'kysely';
import type { Db, WritableDb } from './audit.repo';
import { attachmentOwners, handoverTables, type HandoverTable } from './handover-tables';

// The rows of one client as they are stored, for its hand-over file, and their insertion
// into another workspace as a new client. Generic over handoverTables: each row keeps its
// columns; ids are new in the target and every reference is translated through the ids
// given so far. A value a row points at that the file does not hold is refused.

export type StoredValue = string | number | null | Uint8Array;
export type StoredRow = Record<string, StoredValue>;
export type ClientRows = Partial<Record<HandoverTable, StoredRow[]>>;

/** Why rows could not be inserted: they do not fit this workspace or point nowhere. */
export class HandoverRowsRefused extends Error {
  constructor(readonly reason: 'unknownTable' | 'unknownColumn' | 'danglingReference') {
    super(reason);
    this.name = 'HandoverRowsRefused';
  }
}

function ownedBy(spec: (typeof handoverTables)[number], clientId: number) {
  const { owner } = spec;
  if ('parent' in owner) {
    return sql`${sql.ref(owner.column)} IN (SELECT id FROM ${sql.table(owner.parent)} WHERE client_id = ${clientId})`;
  }
  return sql`${sql.ref(owner.column)} = ${clientId}`;
}

/** Every row of the client, table by table, in insertion order. */
export async function readClientRows(db: Db, clientId: number): Promise<ClientRows> {
  const rows: ClientRows = {};
  for (const spec of handoverTables) {
    const order = spec.hasId ? sql`id` : sql`1, 2`;
    const result = await sql<StoredRow>`SELECT * FROM ${sql.table(spec.table)}
      WHERE ${ownedBy(spec, clientId)} ORDER BY ${order}`.execute(db);
    rows[spec.table] = result.rows;
  }
  return rows;
}

/** The audit entries of the client as stored, oldest first (its history). */
export async function readClientHistory(db: Db, clientId: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('id')
    .execute();
}

export async function columnsOf(db: Db, table: HandoverTable): Promise<Set<string>> {
  const result = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(
    db,
  );
  return new Set(result.rows.map((row) => row.name));
}

/**
 * Inserts the rows as a new client (the `clients` row's values replaced by `clientValues`)
 * and returns the new client's id. Run inside the import's transaction: a refusal or a
 * constraint that fails leaves nothing behind.
 */
export async function insertClientRows(
  trx: WritableDb,
  rows: ClientRows,
  clientValues: StoredRow,
): Promise<number> {
  for (const table of Object.keys(rows)) {
    if (!handoverTables.some((spec) => spec.table === table)) {
      throw new HandoverRowsRefused('unknownTable');
    }
  }
  const newIds = new Map<HandoverTable, Map<number, number>>();
  const translate = (table: HandoverTable, value: StoredValue): StoredValue => {
    if (value === null) return null;
    const mapped = typeof value === 'number' ? newIds.get(table)?.get(value) : undefined;
    if (mapped === undefined) throw new HandoverRowsRefused('danglingReference');
    return mapped;
  };
  for (const spec of handoverTables) {
    const columns = await columnsOf(trx, spec.table);
    const ids = new Map<number, number>();
    newIds.set(spec.table, ids);
    for (const stored of rows[spec.table] ?? []) {
      const { id: oldId, ...values } =
        spec.table === 'clients' ? { ...stored, ...clientValues } : stored;
      for (const [column, target] of Object.entries(spec.refs)) {
        if (column in values) values[column] = translate(target, values[column] ?? null);
      }
      if (spec.table === 'attachments') {
        const target = attachmentOwners[String(values.owner_type)];
        if (!target) throw new HandoverRowsRefused('danglingReference');
        values.owner_id = translate(target, values.owner_id ?? null);
      }
      const names = Object.keys(values);
      if (names.some((name) => !columns.has(name))) throw new HandoverRowsRefused('unknownColumn');
      const inserted = await sql<{ id: number }>`INSERT INTO ${sql.table(spec.table)}
        (${sql.join(names.map((name) => sql.ref(name)))})
        VALUES (${sql.join(names.map((name) => values[name] ?? null))})
        ${spec.hasId ? sql`RETURNING id` : sql``}`.execute(trx);
      const newId = inserted.rows[0]?.id;
      if (spec.hasId && typeof oldId === 'number' && newId !== undefined) ids.set(oldId, newId);
    }
  }
  const clientId = newIds.get('clients')?.values().next().value;
  if (clientId === undefined) throw new HandoverRowsRefused('danglingReference');
  return clientId;
}
