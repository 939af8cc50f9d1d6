import { sql } from 'kysely';
import type { Db, WritableDb } from './audit.repo';
import {
  columnsOf,
  HandoverRowsRefused,
  type ClientRows,
  type StoredRow,
  type StoredValue,
} from './handover.repo';
import { attachmentOwners, handoverTables, type HandoverTable } from './handover-tables';

// The writes of a merge of a hand-over file into the client it came from: records named by
// their uid (migration 0015) are inserted, overwritten with the file's version or deleted,
// references translated from the file's ids through uids to this workspace's ids. The base
// of the next merge (handover_bases) is kept here too.

export const recordKey = (table: string, uid: string) => `${table}/${uid}`;

/** Which records take the file's version (inserted or overwritten) and which are deleted. */
export interface MergePlan {
  take: Set<string>;
  remove: Set<string>;
}

/** Key -> hash of each record as last exchanged in a hand-over file. */
export async function readBases(db: Db, clientId: number): Promise<Record<string, string>> {
  const result = await sql<{ table_name: string; uid: string; hash: string }>`
    SELECT table_name, uid, hash FROM handover_bases WHERE client_id = ${clientId}`.execute(db);
  return Object.fromEntries(result.rows.map((r) => [recordKey(r.table_name, r.uid), r.hash]));
}

export async function replaceBases(
  trx: WritableDb,
  clientId: number,
  hashes: Record<string, string>,
): Promise<void> {
  await sql`DELETE FROM handover_bases WHERE client_id = ${clientId}`.execute(trx);
  for (const [key, hash] of Object.entries(hashes)) {
    const [table = '', uid = ''] = key.split('/');
    await sql`INSERT INTO handover_bases (client_id, table_name, uid, hash)
      VALUES (${clientId}, ${table}, ${uid}, ${hash})`.execute(trx);
  }
}

type Uids = Map<HandoverTable, Map<number, string>>;

function idMaps(rows: ClientRows) {
  const uidOf: Uids = new Map();
  const idOf = new Map<HandoverTable, Map<string, number>>();
  for (const spec of handoverTables) {
    if (!spec.hasId) continue;
    const uids = new Map<number, string>();
    const ids = new Map<string, number>();
    for (const row of rows[spec.table] ?? []) {
      if (typeof row.id !== 'number' || typeof row.uid !== 'string') continue;
      uids.set(row.id, row.uid);
      ids.set(row.uid, row.id);
    }
    uidOf.set(spec.table, uids);
    idOf.set(spec.table, ids);
  }
  return { uidOf, idOf };
}

/**
 * Applies the plan inside the merge's transaction: deletions first (children go with their
 * record by the foreign keys), then the file's records in insertion order, each record's
 * link rows replaced by the file's. A reference to a record this workspace does not hold
 * refuses the merge; a link to one is left out.
 */
export async function applyMerge(
  trx: WritableDb,
  local: ClientRows,
  file: ClientRows,
  plan: MergePlan,
): Promise<void> {
  const here = idMaps(local);
  const there = idMaps(file);
  for (const spec of [...handoverTables].reverse()) {
    for (const [uid, id] of here.idOf.get(spec.table) ?? []) {
      if (!plan.remove.has(recordKey(spec.table, uid))) continue;
      await sql`DELETE FROM ${sql.table(spec.table)} WHERE id = ${id}`.execute(trx);
      here.idOf.get(spec.table)?.delete(uid);
    }
  }
  const localId = (table: HandoverTable, fileId: StoredValue): number | undefined => {
    const uid = typeof fileId === 'number' ? there.uidOf.get(table)?.get(fileId) : undefined;
    return uid === undefined ? undefined : here.idOf.get(table)?.get(uid);
  };
  const translated = (table: HandoverTable, row: StoredRow, skip: string[]) => {
    const spec = handoverTables.find((s) => s.table === table);
    const refs: Record<string, HandoverTable> = { ...spec?.refs };
    const owner = attachmentOwners[String(row.owner_type)];
    if (table === 'attachments' && owner) refs.owner_id = owner;
    const values: StoredRow = {};
    for (const [column, value] of Object.entries(row)) {
      if (skip.includes(column)) continue;
      const target = refs[column];
      if (!target || value === null) {
        values[column] = value;
        continue;
      }
      const id = localId(target, value);
      if (id === undefined) return undefined;
      values[column] = id;
    }
    return values;
  };
  for (const spec of handoverTables) {
    const columns = await columnsOf(trx, spec.table);
    const fits = (values: StoredRow) => Object.keys(values).every((name) => columns.has(name));
    if (spec.hasId) {
      for (const row of file[spec.table] ?? []) {
        if (typeof row.uid !== 'string' || !plan.take.has(recordKey(spec.table, row.uid))) continue;
        const values = translated(spec.table, row, ['id']);
        if (!values) throw new HandoverRowsRefused('danglingReference');
        if (!fits(values)) throw new HandoverRowsRefused('unknownColumn');
        const existing = here.idOf.get(spec.table)?.get(row.uid);
        if (existing !== undefined) {
          const { uid: _uid, ...changed } = values;
          const assignments = Object.entries(changed).map(
            ([name, value]) => sql`${sql.ref(name)} = ${value}`,
          );
          await sql`UPDATE ${sql.table(spec.table)} SET ${sql.join(assignments)}
            WHERE id = ${existing}`.execute(trx);
          continue;
        }
        const names = Object.keys(values);
        const inserted = await sql<{ id: number }>`INSERT INTO ${sql.table(spec.table)}
          (${sql.join(names.map((name) => sql.ref(name)))})
          VALUES (${sql.join(names.map((name) => values[name] ?? null))}) RETURNING id`.execute(
          trx,
        );
        const id = inserted.rows[0]?.id;
        if (id !== undefined) here.idOf.get(spec.table)?.set(row.uid, id);
      }
      continue;
    }
    // Link rows: those of every record that took the file's version are the file's.
    const { owner } = spec;
    const parent = 'parent' in owner ? owner.parent : 'clients';
    const taken = [...(here.idOf.get(parent) ?? [])].filter(([uid]) =>
      plan.take.has(recordKey(parent, uid)),
    );
    for (const [uid, id] of taken) {
      await sql`DELETE FROM ${sql.table(spec.table)} WHERE ${sql.ref(owner.column)} = ${id}`.execute(
        trx,
      );
      const fileId = there.idOf.get(parent)?.get(uid);
      for (const row of file[spec.table] ?? []) {
        if (row[owner.column] !== fileId) continue;
        const values = translated(spec.table, row, []);
        if (!values) continue;
        if (!fits(values)) throw new HandoverRowsRefused('unknownColumn');
        const names = Object.keys(values);
        await sql`INSERT INTO ${sql.table(spec.table)}
          (${sql.join(names.map((name) => sql.ref(name)))})
          VALUES (${sql.join(names.map((name) => values[name] ?? null))})`.execute(trx);
      }
    }
  }
}

/** The client with this uid, the one a hand-over file was made from. */
export async function findClientByUid(
  db: Db,
  uid: StoredValue | undefined,
): Promise<{ id: number; name: string } | undefined> {
  if (typeof uid !== 'string') return undefined;
  const result = await sql<{ id: number; name: string }>`
    SELECT id, name FROM clients WHERE uid = ${uid}`.execute(db);
  return result.rows[0];
}
