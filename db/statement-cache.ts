import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The connection as kysely sees it, with each SQL text prepared once. kysely's SQLite driver
 * prepares every query anew, and preparing costs about a tenth of a list query; the app runs
 * the same few hundred texts over and over. Only the compiled statement is kept, never a
 * result: each call runs the statement again and reads the file as it is now. SQLite
 * re-prepares a statement by itself after a migration changed the schema. A statement still
 * being iterated (kysely's `stream()`) is not handed out twice: a fresh one is prepared.
 * The cache is bounded because `IN (?, ?, …)` lists make texts of their own.
 */
export function withStatementCache(sqlite: SQLite.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached !== undefined && !cached.busy) return cached;
      const statement = sqlite.prepare(sql);
      if (cached === undefined) {
        if (cache.size >= size) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
