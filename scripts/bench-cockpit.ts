// The cockpit of a large practice: the client list, the switcher and the cockpit across
// 100 clients x 200 activities (+ 100 processors, 250 requests, 60 rules each), each next
// to its raw SQL baseline. Called from scripts/bench.ts; `npx tsx scripts/bench-cockpit.ts`
// runs it alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { MethodInput, MethodName, MethodOutput } from '../core/api';
import { todayInBerlin } from '../core/rules/calendar';
import { openWorkspace } from '../db/connection';
import { createAppContext } from '../electron/app-context';
import { dispatch } from '../electron/dispatch';
import { createHandlers } from '../electron/handlers';
import { PRACTICE, seedPractice } from './bench-cockpit-seed';
import { rawClientOverview, rawCockpit } from './bench-raw-cockpit';
import { compare, printHeader, section, summary, type BenchTools } from './bench-tools';

export async function benchCockpit({ dir }: Pick<BenchTools, 'dir'>): Promise<void> {
  const file = path.join(dir, 'practice.sqlite');
  const { clients, activities, processors, requests, rules } = PRACTICE;
  process.stdout.write(
    `\n  (seeding ${clients} clients x ${activities} activities with raw inserts…`,
  );
  let start = performance.now();
  const empty = await openWorkspace(file);
  seedPractice(empty.sqlite, todayInBerlin(new Date()));
  await empty.close();
  console.log(` ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  // Opening checks every activity the seed wrote without its stored completeness.
  start = performance.now();
  const ctx = await createAppContext({ mode: 'browser', dataDir: dir, workspacePath: file });
  const opened = performance.now() - start;
  const handlers = createHandlers();
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await dispatch(handlers, ctx, method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as MethodOutput<M>;
  };
  const sqlite = ctx.workspace().sqlite;
  const today = todayInBerlin(ctx.now());
  section(
    `Cockpit: ${clients} clients x ${activities} activities, ${processors} processors, ${requests} requests, ${rules} rules`,
  );
  console.log(
    `  (opening checked the completeness of ${clients * activities} activities in ${opened.toFixed(0)} ms)`,
  );
  const overview = rawClientOverview(sqlite);
  const sameClients = (app: MethodOutput<'clients.list'>, raw: ReturnType<typeof overview>) =>
    JSON.stringify(app) === JSON.stringify(raw) ? null : 'counts, light or order differ';
  await compare({
    label: `client list: ${clients} clients with counts and light`,
    runs: 30,
    kind: 'list',
    target: 20,
    app: () => call('clients.list', {}),
    raw: () => overview(today),
    differs: sameClients,
  });
  // The switcher (Ctrl+K) lists the clients with their open items from the same call.
  await compare({
    label: 'client switcher (clients.list, open items per client)',
    runs: 30,
    kind: 'list',
    target: 20,
    app: () => call('clients.list', {}),
    raw: () => overview(today),
    differs: sameClients,
  });
  const cockpit = rawCockpit(sqlite);
  await compare({
    label: 'cockpit: every attention item of every client',
    runs: 30,
    kind: 'list',
    target: 20,
    app: () => call('home.cockpit', {}),
    raw: () => cockpit(today),
    differs: (app, raw) => {
      const key = (i: { clientId: number; kind: string; entityId: number }) =>
        `${i.clientId}|${i.kind}|${i.entityId}`;
      const a = app.map(key).sort();
      const r = raw
        .map((i) => key({ clientId: i.client_id, kind: i.kind, entityId: i.entity_id }))
        .sort();
      if (a.length !== r.length) return `${a.length} items vs ${r.length}`;
      const at = a.findIndex((k, i) => k !== r[i]);
      return at === -1 ? null : `item ${a[at]} vs ${r[at]}`;
    },
  });
  const items = await call('home.cockpit', {});
  console.log(`  (${items.length} items in the cockpit)`);
  // The answers are kept between reads; a write makes the next read ask its client again.
  const [first] = await call('clients.list', {});
  if (first) {
    const afterWrite: number[] = [];
    for (let i = 0; i < 15; i++) {
      const client = await call('clients.get', { id: first.id });
      await call('clients.update', { ...client, city: `Ort ${i}` });
      start = performance.now();
      await call('home.cockpit', {});
      afterWrite.push(performance.now() - start);
    }
    afterWrite.sort((a, b) => a - b);
    const median = afterWrite[Math.floor(afterWrite.length / 2)] ?? 0;
    console.log(
      `  (the cockpit's first read after a write at one client: ${median.toFixed(1)} ms)`,
    );
  }
  await ctx.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-bench-'));
  printHeader();
  await benchCockpit({ dir });
  summary();
  fs.rmSync(dir, { recursive: true, force: true });
}
