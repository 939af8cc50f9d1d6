import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../db/statement-cache';

interface Db {
  notes: { id: number; text: string };
}

const open = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-statements-'));
  const sqlite = new SQLite(path.join(dir, 'cache.sqlite'));
  const db = new Kysely<Db>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { dir, sqlite, db };
};

let current: ReturnType<typeof open> | undefined;
afterEach(async () => {
  await current?.db.destroy();
  if (current) fs.rmSync(current.dir, { recursive: true, force: true });
  current = undefined;
});

describe('prepared statements kept per connection', () => {
  it('reads what was written after the statement was first used, never an old result', async () => {
    current = open();
    const { db } = current;
    await sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`.execute(db);
    const list = () => db.selectFrom('notes').select(['id', 'text']).orderBy('id').execute();
    expect(await list()).toEqual([]);
    await db.insertInto('notes').values({ id: 1, text: 'erste' }).execute();
    await db.updateTable('notes').set({ text: 'geändert' }).where('id', '=', 1).execute();
    expect(await list()).toEqual([{ id: 1, text: 'geändert' }]);
    await db.deleteFrom('notes').where('id', '=', 1).execute();
    expect(await list()).toEqual([]);
  });

  it('sees a column a later migration added, under the same SQL text', async () => {
    current = open();
    const { db } = current;
    await sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`.execute(db);
    await db.insertInto('notes').values({ id: 1, text: 'a' }).execute();
    const all = () => db.selectFrom('notes').selectAll().execute();
    expect(await all()).toEqual([{ id: 1, text: 'a' }]);
    await sql`ALTER TABLE notes ADD COLUMN extra TEXT NOT NULL DEFAULT 'neu'`.execute(db);
    expect(await all()).toEqual([{ id: 1, text: 'a', extra: 'neu' }]);
  });

  it('runs a query again in full after a stream of it was broken off', async () => {
    current = open();
    const { db } = current;
    await sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`.execute(db);
    await db
      .insertInto('notes')
      .values([1, 2, 3].map((id) => ({ id, text: `n${id}` })))
      .execute();
    const query = db.selectFrom('notes').select('id').orderBy('id');
    for await (const row of query.stream()) {
      expect(row.id).toBe(1);
      break;
    }
    expect(await query.execute()).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
  });
});
