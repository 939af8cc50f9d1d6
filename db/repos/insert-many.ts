import { CompiledQuery, type Insertable } from 'kysely';
import type { Database } from '../schema';
import type { WritableDb } from './audit.repo';

// An import writes tens of thousands of rows. kysely parses and compiles a multi-row INSERT
// value by value, which costs more than SQLite's own work on them; the statement of a full
// batch is the same text every time. So kysely's builder compiles it once per table, column
// list and batch size, and each batch runs that text with its own values: the SQL is still
// the builder's, for whichever dialect the connection has.

type Table = keyof Database;

const compiled = new Map<string, string>();
const MAX_TEXTS = 64;

function columnsOf(row: object): string[] {
  const record = row as Record<string, unknown>;
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/**
 * The batch's values in the compiled text's order, or null when a row does not set exactly
 * these columns (it would not fill the text). Plain loops: this runs for every value.
 */
function valuesOf(batch: object[], columns: string[]): unknown[] | null {
  const values = new Array<unknown>(batch.length * columns.length);
  let at = 0;
  for (const row of batch) {
    const record = row as Record<string, unknown>;
    let set = 0;
    for (const key in record) if (record[key] !== undefined) set++;
    if (set !== columns.length) return null;
    for (const column of columns) {
      const value = record[column];
      if (value === undefined) return null;
      values[at++] = value;
    }
  }
  return values;
}

function insertOf<T extends Table>(
  trx: WritableDb,
  table: T,
  rows: Insertable<Database[T]>[],
  returnId: boolean,
) {
  // The casts: kysely's generic insert types do not follow a table name held in a variable.
  const insert = trx.insertInto(table).values(rows as never);
  return returnId ? insert.returning('id' as never) : insert;
}

function textFor<T extends Table>(
  trx: WritableDb,
  table: T,
  sample: Insertable<Database[T]>,
  columns: string[],
  size: number,
  returnId: boolean,
): string {
  const key = `${table}|${columns.join(',')}|${size}|${returnId}`;
  let sql = compiled.get(key);
  if (sql === undefined) {
    const rows = new Array<Insertable<Database[T]>>(size).fill(sample);
    sql = insertOf(trx, table, rows, returnId).compile().sql;
    if (compiled.size >= MAX_TEXTS) compiled.clear();
    compiled.set(key, sql);
  }
  return sql;
}

/**
 * Inserts rows of one shape (every row sets the first row's columns) in batches, inside the
 * caller's transaction. With `returnId`, answers the new ids in the order of the rows.
 */
export async function insertMany<T extends Table>(
  trx: WritableDb,
  table: T,
  rows: Insertable<Database[T]>[],
  options: { batch: number; returnId?: boolean },
): Promise<number[]> {
  const first = rows[0];
  if (first === undefined) return [];
  const columns = columnsOf(first);
  const returnId = options.returnId ?? false;
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += options.batch) {
    const batch = rows.slice(start, start + options.batch);
    const values = valuesOf(batch, columns);
    const query =
      values === null
        ? // Rows of other shapes (a column left out): the builder writes the batch as it is.
          insertOf(trx, table, batch, returnId).compile()
        : CompiledQuery.raw(textFor(trx, table, first, columns, batch.length, returnId), values);
    const result = await trx.executeQuery<{ id: number }>(query);
    // Rows of one statement get ascending ids in the order given.
    if (returnId) ids.push(...result.rows.map((r) => r.id).sort((a, b) => a - b));
  }
  return ids;
}
