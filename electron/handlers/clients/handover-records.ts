import { createHash } from 'node:crypto';
import { recordKey } from '../../../db/repos/handover-merge.repo';
import type { ClientRows, StoredRow, StoredValue } from '../../../db/repos/handover.repo';
import {
  attachmentOwners,
  handoverTables,
  type HandoverTable,
} from '../../../db/repos/handover-tables';

// A client's rows seen as records that keep their identity across workspaces: each row with
// its own id is a record named by its uid (migration 0015); rows without an id (the links
// of an activity to its categories, of a request to its activities, ...) belong to their
// parent's record. A record's content is written without ids, every reference as the uid
// it points at, so the same record has the same hash in every workspace.

export interface MergeRecord {
  /** `<table>/<uid>`: the same in every workspace that holds the record. */
  key: string;
  table: HandoverTable;
  uid: string;
  /** Columns other than id and uid, references as uids, a file's bytes as its hash. */
  fields: Record<string, StoredValue>;
  /** Child table -> its rows of this record, as sorted canonical JSON. */
  children: Record<string, string[]>;
  hash: string;
}

/** The table a link row without an id belongs to, and the column naming its parent. */
export function parentOf(spec: (typeof handoverTables)[number]) {
  const { owner } = spec;
  return 'parent' in owner
    ? { table: owner.parent, column: owner.column }
    : { table: 'clients' as const, column: 'client_id' };
}

/** Table -> id -> uid of every record in the rows. */
export function uidsById(rows: ClientRows): Map<HandoverTable, Map<number, string>> {
  const uids = new Map<HandoverTable, Map<number, string>>();
  for (const spec of handoverTables) {
    if (!spec.hasId) continue;
    const byId = new Map<number, string>();
    for (const row of rows[spec.table] ?? []) {
      if (typeof row.id === 'number' && typeof row.uid === 'string') byId.set(row.id, row.uid);
    }
    uids.set(spec.table, byId);
  }
  return uids;
}

function referenceTargets(table: HandoverTable, row: StoredRow): Record<string, HandoverTable> {
  const spec = handoverTables.find((s) => s.table === table);
  const refs: Record<string, HandoverTable> = { ...spec?.refs };
  if (table === 'attachments') {
    const owner = attachmentOwners[String(row.owner_type)];
    if (owner) refs.owner_id = owner;
  }
  return refs;
}

/** The row without its ids, each reference as the uid it points at. */
function canonical(
  table: HandoverTable,
  row: StoredRow,
  uids: Map<HandoverTable, Map<number, string>>,
  skip: string[],
): Record<string, StoredValue> {
  const refs = referenceTargets(table, row);
  const fields: Record<string, StoredValue> = {};
  for (const column of Object.keys(row).sort()) {
    if (skip.includes(column)) continue;
    const value = row[column] ?? null;
    const target = refs[column];
    fields[column] =
      target && typeof value === 'number' ? (uids.get(target)?.get(value) ?? null) : value;
  }
  return fields;
}

const sha256Text = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Every record of the rows by key; rows without a uid (files from before 0015) are left out. */
export function recordsOf(rows: ClientRows): Map<string, MergeRecord> {
  const uids = uidsById(rows);
  const records = new Map<string, MergeRecord>();
  const byTableId = new Map<string, MergeRecord>();
  for (const spec of handoverTables) {
    for (const row of rows[spec.table] ?? []) {
      if (spec.hasId) {
        if (typeof row.uid !== 'string' || typeof row.id !== 'number') continue;
        const record: MergeRecord = {
          key: recordKey(spec.table, row.uid),
          table: spec.table,
          uid: row.uid,
          fields: canonical(spec.table, row, uids, ['id', 'uid', 'data']),
          children: {},
          hash: '',
        };
        records.set(record.key, record);
        byTableId.set(`${spec.table}#${row.id}`, record);
      } else {
        const parent = parentOf(spec);
        const owner = byTableId.get(`${parent.table}#${String(row[parent.column])}`);
        if (!owner) continue;
        const child = JSON.stringify(canonical(spec.table, row, uids, [parent.column]));
        (owner.children[spec.table] ??= []).push(child);
      }
    }
  }
  for (const record of records.values()) {
    for (const list of Object.values(record.children)) list.sort();
    const children = Object.keys(record.children)
      .sort()
      .map((table) => [table, record.children[table]]);
    record.hash = sha256Text(JSON.stringify([record.table, record.fields, children]));
  }
  return records;
}

/** Key -> hash of every record, as kept for the next merge (handover_bases). */
export const recordHashes = (records: Map<string, MergeRecord>) =>
  Object.fromEntries([...records.values()].map((record) => [record.key, record.hash]));

const labelColumns = ['name', 'title', 'requester_name', 'email', 'version_label', 'at'];

/** The words a user knows a record by: its name, title, requester, ... */
export function recordLabel(record: MergeRecord | undefined): string {
  if (!record) return '';
  for (const column of labelColumns) {
    const value = record.fields[column];
    if (typeof value === 'string' && value !== '') return value;
  }
  return record.uid.slice(0, 8);
}
