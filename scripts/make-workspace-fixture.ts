// Writes test/fixtures/workspaces/<latest migration>.sql: a workspace built by today's
// migrations and API, with data in every table, dumped as SQL text (no binary database in
// git). Run it once whenever a migration is added (`npx tsx scripts/make-workspace-fixture.ts`)
// and commit the new file; test/integration/migration-fixtures.test.ts opens every fixture,
// migrates it to the newest schema and checks that the data survived.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../core/api';
import { createAppContext } from '../electron/app-context';
import { dispatch } from '../electron/dispatch';
import { createHandlers } from '../electron/handlers';
import { migrations } from '../db/migrations';
import { fillEveryTable } from './workspace-fixture-data';

const root = path.resolve(import.meta.dirname, '..');
const latest = Object.keys(migrations).sort().at(-1);
if (!latest) throw new Error('no migrations');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-fixture-'));
const file = path.join(dir, 'workspace.sqlite');
let account = 'fixture';
const ctx = await createAppContext({
  mode: 'browser',
  dataDir: dir,
  workspacePath: file,
  now: () => new Date('2026-11-20T09:30:00.000Z'),
  account: () => account,
});
ctx.settings.setPreferences({ userName: 'Fixture Nutzerin', language: 'de' });
const handlers = createHandlers();
const call = async <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> => {
  const envelope = await dispatch(handlers, ctx, method, input);
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as MethodOutput<M>;
};

await fillEveryTable(call, (person) => {
  account = person.account;
  ctx.settings.setPreferences({ ...ctx.settings.preferences, userName: person.name });
});
await ctx.close();

const out = path.join(root, 'test/fixtures/workspaces', `${latest}.sql`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, dumpSql(file));
fs.rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${path.relative(root, out)}`);

/** The schema and every row as SQL statements, tables in creation order. */
function dumpSql(dbFile: string): string {
  const db = new Database(dbFile, { readonly: true });
  const objects = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
    )
    .all() as { type: string; name: string; sql: string }[];
  const lines = [
    `-- Privacy Desk workspace at schema ${latest}, made by scripts/make-workspace-fixture.ts`,
  ];
  lines.push('PRAGMA foreign_keys=OFF;', 'BEGIN;');
  for (const o of objects.filter((x) => x.type === 'table')) {
    lines.push(`${o.sql};`);
    const columns = (db.prepare(`PRAGMA table_info("${o.name}")`).all() as { name: string }[]).map(
      (c) => `quote("${c.name}")`,
    );
    const rows = db
      .prepare(`SELECT ${columns.join(" || ',' || ")} AS v FROM "${o.name}"`)
      .all() as { v: string }[];
    for (const row of rows) lines.push(`INSERT INTO "${o.name}" VALUES(${row.v});`);
  }
  for (const o of objects.filter((x) => x.type !== 'table')) lines.push(`${o.sql};`);
  lines.push('COMMIT;', '');
  db.close();
  return lines.join('\n');
}
