import type { Insertable } from 'kysely';
import type { AdChannel, ColumnMapping, ConsentEventKind, ConsentSource } from '../../core/api';
import type { ConsentEventTable, ConsentPersonTable } from '../tables/consent';
import type { Db } from './audit.repo';
import type { WritableDb } from './audit.repo';
import { insertMany } from './insert-many';

// The CSV import's side of the persons: the keys to find existing persons, the events they
// have, and writing thousands of rows in batches inside the import's one transaction.

/** Rows per INSERT: well under any dialect's limit of bound values (25 columns each). */
const BATCH = 400;

export interface PersonKeys {
  id: number;
  emailKey: string;
  phoneKey: string;
  referenceKey: string;
}

export async function personKeysOf(db: Db, clientId: number): Promise<PersonKeys[]> {
  const rows = await db
    .selectFrom('consent_persons')
    .select(['id', 'email_key', 'phone_key', 'reference_key'])
    .where('client_id', '=', clientId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    emailKey: r.email_key,
    phoneKey: r.phone_key,
    referenceKey: r.reference_key,
  }));
}

export interface EventFact {
  personId: number;
  kind: ConsentEventKind;
  at: string;
  channels: AdChannel[];
  source: ConsentSource | null;
}

/** The events of many persons, as facts for the channel rules. */
export async function eventFactsOf(db: Db, personIds: readonly number[]): Promise<EventFact[]> {
  const facts: EventFact[] = [];
  for (let i = 0; i < personIds.length; i += BATCH) {
    const rows = await db
      .selectFrom('consent_events')
      .select(['person_id', 'kind', 'at', 'channels', 'source'])
      .where('person_id', 'in', personIds.slice(i, i + BATCH))
      .execute();
    for (const r of rows) {
      facts.push({
        personId: r.person_id,
        kind: r.kind,
        at: r.at,
        channels: JSON.parse(r.channels) as AdChannel[],
        source: r.source,
      });
    }
  }
  return facts;
}

/** Inserts persons in order and returns their ids in the same order. */
export const insertPersons = (db: WritableDb, rows: Insertable<ConsentPersonTable>[]) =>
  insertMany(db, 'consent_persons', rows, { batch: BATCH, returnId: true });

export async function insertEvents(db: WritableDb, rows: Insertable<ConsentEventTable>[]) {
  await insertMany(db, 'consent_events', rows, { batch: BATCH });
}

export async function insertImport(
  db: WritableDb,
  row: {
    clientId: number;
    fileName: string;
    sha256: string;
    encoding: string;
    delimiter: string;
    rows: number;
    mapping: ColumnMapping;
    actor: string;
    at: string;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('consent_imports')
    .values({
      client_id: row.clientId,
      file_name: row.fileName,
      sha256: row.sha256,
      encoding: row.encoding,
      delimiter: row.delimiter,
      rows: row.rows,
      created: 0,
      updated: 0,
      events: 0,
      mapping: JSON.stringify(row.mapping),
      imported_by: row.actor,
      imported_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function setImportCounts(
  db: WritableDb,
  id: number,
  counts: { created: number; updated: number; events: number },
) {
  await db.updateTable('consent_imports').set(counts).where('id', '=', id).execute();
}

export async function findMapping(db: Db, clientId: number): Promise<ColumnMapping | null> {
  const row = await db
    .selectFrom('consent_mappings')
    .select('mapping')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.mapping) as ColumnMapping) : null;
}

export async function saveMapping(
  db: WritableDb,
  clientId: number,
  mapping: ColumnMapping,
  at: string,
) {
  const value = JSON.stringify(mapping);
  await db
    .insertInto('consent_mappings')
    .values({ client_id: clientId, mapping: value, updated_at: at })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ mapping: value, updated_at: at }))
    .execute();
}

/** Which import an event came from (its file name and day), for the person's history. */
export async function importsOf(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, { fileName: string; at: string }>();
  const rows = await db
    .selectFrom('consent_imports')
    .select(['id', 'file_name', 'imported_at'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { fileName: r.file_name, at: r.imported_at }]));
}
