import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

// The few expressions kysely's builder cannot write for every dialect, in one place: a
// PostgreSQL workspace (docs/team-mode.md) replaces this module, not the repos. Outside the
// migrations, raw SQL lives only here.

/** `column` contains `text`, ignoring case; `%`, `_` and `\` in the text match themselves. */
export function containsText(column: Expression<string>, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${column}) LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * A field of an audit entry's `changes` ([before, after] per field): the after value, or the
 * before value for a deletion. The JSON is stored as text; SQLite reads it with json_extract.
 */
export function changedValue(field: string): RawBuilder<unknown> {
  return sql`coalesce(json_extract(changes, ${`$.${field}[1]`}), json_extract(changes, ${`$.${field}[0]`}))`;
}
