// `npm run bench`: timings at the sizes the issues name, as medians of repeated runs, each
// next to a raw baseline measured in the same run (the same rows from one prepared
// better-sqlite3 statement; the same document built by docx directly) and the ratio.
// A script, not a test: the figures depend on the machine and go into the issue notes.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import type { ActivityInput, MethodInput, MethodName, MethodOutput } from '../core/api';
import { todayInBerlin } from '../core/rules/calendar';
import { openWorkspace } from '../db/connection';
import { createAppContext } from '../electron/app-context';
import { startBrowserServer } from '../electron/browser-mode';
import { dispatch } from '../electron/dispatch';
import { createHandlers } from '../electron/handlers';
import { compare, idsDiffer, printHeader, section, summary, type BenchTools } from './bench-tools';
import { rawActivityList, rawClientList } from './bench-raw-register';
import { compareDocument } from './bench-raw-docx';
import { benchProcessors } from './bench-processors';
import { benchRetention } from './bench-retention';
import { benchRequest } from './bench-requests';
import { benchBreaches } from './bench-breaches';
import { benchConsent, benchConsentAlone } from './bench-consent';
import { benchCockpit } from './bench-cockpit';
import { benchHandover } from './bench-handover';
import { benchImport, benchImportAlone } from './bench-import';

const CLIENTS = 20;
const ACTIVITIES = 200;

const subjects = ['Beschäftigte', 'Kunden', 'Interessenten', 'Bewerber', 'Lieferanten', 'Besucher'];
const data = [
  'Kontaktdaten',
  'Bankverbindung',
  'Vertragsdaten',
  'Gesundheitsdaten',
  'Nutzungsdaten',
  'Bilddaten',
];
const recipients = [
  'Steuerberater',
  'Bank',
  'IT-Dienstleister',
  'Personalabteilung',
  'Hosting-Anbieter',
];

function activity(i: number): ActivityInput {
  const pick = <T>(list: T[], n: number) => list.filter((_, k) => (i + k) % 3 !== 0).slice(0, n);
  return {
    number: `VT-${String(i + 1).padStart(3, '0')}`,
    name: `Verarbeitung ${i + 1}: ${['Lohnabrechnung', 'Bewerbung', 'Aufträge', 'Newsletter', 'Website'][i % 5]}`,
    purposes: `Zweck ${i} der Verarbeitung mit Umlauten äöü`,
    legalBases: ['art6_1_b', 'art6_1_c'],
    subjects: pick(subjects, 2).map((name) => ({ name })),
    dataCategories: pick(data, 3).map((name) => ({
      name,
      special: name === 'Gesundheitsdaten' ? 'art9' : 'none',
    })),
    recipients: pick(recipients, 2).map((name) => ({ name, type: 'external' as const })),
    retention: i % 7 === 0 ? '' : '6 Jahre nach Ende des Kalenderjahres',
    toms: 'Siehe TOM-Konzept',
    department: ['Personal', 'Vertrieb', 'IT'][i % 3],
    status: i % 10 === 0 ? 'draft' : 'active',
    nextReview: i % 4 === 0 ? '2026-01-01' : '2027-06-30',
  };
}

// `npm run bench -- cockpit consent` measures only the sections named that seed their own
// workspace, and skips the register's seeding of minutes; `npm run bench` measures all.
const standalone: Record<string, (tools: Pick<BenchTools, 'dir'>) => Promise<void>> = {
  cockpit: benchCockpit,
  handover: benchHandover,
  consent: benchConsentAlone,
  import: benchImportAlone,
};
const chosen = process.argv.slice(2);
if (chosen.length > 0) {
  const unknown = chosen.filter((name) => !(name in standalone));
  if (unknown.length > 0) {
    console.error(
      `Unknown section ${unknown.join(', ')}; alone can run: ${Object.keys(standalone).join(', ')}`,
    );
    process.exit(2);
  }
  const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-bench-'));
  printHeader();
  for (const name of chosen) await standalone[name]?.({ dir: alone });
  summary();
  fs.rmSync(alone, { recursive: true, force: true });
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-bench-'));
const file = path.join(dir, 'bench.sqlite');
const ctx = await createAppContext({ mode: 'browser', dataDir: dir, workspacePath: file });
const handlers = createHandlers();
async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const envelope = await dispatch(handlers, ctx, method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as MethodOutput<M>;
}

console.log(`Seeding ${CLIENTS} clients x ${ACTIVITIES} activities through the handlers…`);
const start = performance.now();
const clientIds: number[] = [];
for (let c = 0; c < CLIENTS; c++) {
  const client = await call('clients.create', {
    name: `Mandant ${c + 1} GmbH`,
    land: 'BY',
    city: 'München',
    street: 'Weg 1',
  });
  clientIds.push(client.id);
  for (let i = 0; i < ACTIVITIES; i++)
    await call('activities.create', { clientId: client.id, activity: activity(i) });
}
const audit = ctx.workspace().sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as {
  n: number;
};
console.log(
  `  seeded in ${((performance.now() - start) / 1000).toFixed(1)} s (${audit.n} audit entries)\n`,
);

const clientId = clientIds[7]!;
const sqlite = () => ctx.workspace().sqlite;
const today = todayInBerlin(ctx.now());
printHeader();
section(`Register: ${CLIENTS} clients x ${ACTIVITIES} activities`);

// Raw: the same schema, created by one exec on a new file (no migrator, no kysely).
const schema = (
  sqlite()
    .prepare(
      "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
    )
    .pluck()
    .all() as string[]
).join(';\n');
const fresh = () => path.join(dir, `fresh-${Math.random()}.sqlite`);
await compare({
  label: 'open and migrate a new workspace',
  runs: 10,
  app: async () => (await openWorkspace(fresh())).close(),
  raw: () => {
    const db = new SQLite(fresh());
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.transaction(() => db.exec(schema))();
    db.close();
  },
});
await compare({
  label: `open the ${CLIENTS}x${ACTIVITIES} workspace (migrations checked)`,
  runs: 10,
  app: async () => (await openWorkspace(file)).close(),
  raw: () => {
    const db = new SQLite(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.prepare('SELECT name FROM kysely_migration').all();
    db.close();
  },
});

const activityList = rawActivityList(sqlite());
const listFigure = (label: string, input: MethodInput<'activities.list'>) =>
  compare({
    label,
    runs: 30,
    kind: 'list',
    target: 20,
    app: () => call('activities.list', input),
    raw: () => activityList(input, today),
    differs: (app, raw) =>
      idsDiffer(
        app.map((a) => a.id),
        raw.map((a) => a.id),
      ),
  });
await listFigure(`list one client's ${ACTIVITIES} activities`, { clientId });
await listFigure('search one client ("lohn", sorted by number)', {
  clientId,
  search: 'lohn',
  sort: 'number',
});
await listFigure('filter incomplete + review due', {
  clientId,
  completeness: 'incomplete',
  reviewDue: true,
});
const clientList = rawClientList(sqlite());
await compare({
  label: `list all ${CLIENTS} clients with counts`,
  runs: 20,
  kind: 'list',
  app: () => call('clients.list', {}),
  raw: clientList,
  differs: (app, raw) =>
    JSON.stringify(app.map(({ open: _open, light: _light, ...counts }) => counts)) ===
    JSON.stringify(raw)
      ? null
      : 'counts or order differ',
});

// Raw: a bare node:http server answering the same row from one prepared statement.
const server = await startBrowserServer({ ctx, handlers, staticDir: dir });
const target = `http://127.0.0.1:${server.port}/api/clients.get`;
const body = JSON.stringify({ id: clientId });
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` };
const clientRow = sqlite().prepare('SELECT * FROM clients WHERE id = ?');
const bare = http.createServer((request, response) => {
  let text = '';
  request.on('data', (chunk: Buffer) => (text += chunk.toString()));
  request.on('end', () => {
    const { id } = JSON.parse(text) as { id: number };
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ ok: true, value: clientRow.get(id) }));
  });
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
await compare({
  label: 'one API round trip over HTTP (clients.get)',
  runs: 200,
  target: 5,
  app: async () => (await fetch(target, { method: 'POST', headers, body })).json(),
  raw: async () => (await fetch(bareUrl, { method: 'POST', headers, body })).json(),
  // A refused call is faster than a served one: the figure counts only when the app answers.
  differs: (app) => ((app as { ok?: boolean }).ok === true ? null : 'the app answered an error'),
});
await server.close();
await new Promise((resolve) => bare.close(resolve));

await compareDocument({
  label: `Word export of a ${ACTIVITIES}-activity register`,
  runs: 7,
  target: 1500,
  app: () => call('activities.exportRegister', { clientId, format: 'docx', language: 'de' }),
});
const csvExport = () =>
  call('activities.exportRegister', { clientId, format: 'csv', language: 'de' });
const csvText = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const csvCells = parseCsv(csvText((await csvExport()).base64));
const activityRows = sqlite().prepare('SELECT * FROM activities WHERE client_id = ?');
await compare({
  label: 'CSV export of the same register',
  runs: 7,
  kind: 'document',
  app: csvExport,
  // Raw: the rows read by one statement, the same cells written with the same quoting.
  raw: () => {
    activityRows.all(clientId);
    return writeCsv(csvCells);
  },
  differs: (app, raw) => (csvText(app.base64) === raw ? null : 'the CSV text differs'),
});

// Later modules add their measurements here, each from scripts/bench-<feature>.ts.
const tools: BenchTools = { ctx, dir, call, sqlite };
const moduleBenches: ((tools: BenchTools) => Promise<void>)[] = [
  benchProcessors,
  benchRetention,
  benchRequest,
  benchBreaches,
  benchConsent,
  benchCockpit,
  benchImport,
];
for (const bench of moduleBenches) await bench(tools);
summary();

await ctx.close();
fs.rmSync(dir, { recursive: true, force: true });

/** The cells of a CSV text (BOM, ';', quotes doubled inside quoted cells, CRLF lines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted && c === '"' && input[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted || (c !== '"' && c !== ';' && c !== '\r')) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      row.push(cell);
      cell = '';
    } else {
      // CRLF ends a line.
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    }
  }
  return rows;
}

function writeCsv(cells: string[][]): string {
  const quote = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `\uFEFF${cells.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}
