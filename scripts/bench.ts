// `npm run bench`: timings at the sizes the issues name, as medians of repeated runs.
// A script, not a test: the figures depend on the machine and go into the issue notes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ActivityInput, MethodInput, MethodName, MethodOutput } from '../core/api';
import { openWorkspace } from '../db/connection';
import { createAppContext } from '../electron/app-context';
import { startBrowserServer } from '../electron/browser-mode';
import { dispatch } from '../electron/dispatch';
import { createHandlers } from '../electron/handlers';
import { median, type BenchTools } from './bench-tools';
import { benchProcessors } from './bench-processors';
import { benchRetention } from './bench-retention';
import { benchDsar } from './bench-dsar';
import { benchBreaches } from './bench-breaches';

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
const orgIds: number[] = [];
for (let c = 0; c < CLIENTS; c++) {
  const org = await call('organisations.create', {
    name: `Mandant ${c + 1} GmbH`,
    land: 'BY',
    city: 'München',
    street: 'Weg 1',
  });
  orgIds.push(org.id);
  for (let i = 0; i < ACTIVITIES; i++)
    await call('activities.create', { orgId: org.id, activity: activity(i) });
}
const audit = ctx.workspace().sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as {
  n: number;
};
console.log(
  `  seeded in ${((performance.now() - start) / 1000).toFixed(1)} s (${audit.n} audit entries)\n`,
);

const orgId = orgIds[7]!;
await median('open and migrate a new workspace', 10, async () => {
  const fresh = path.join(dir, `fresh-${Math.random()}.sqlite`);
  await (await openWorkspace(fresh)).close();
});
await median(`open the ${CLIENTS}x${ACTIVITIES} workspace (migrations checked)`, 10, async () => {
  await (await openWorkspace(file)).close();
});
await median(
  `list one client's ${ACTIVITIES} activities`,
  30,
  () => call('activities.list', { orgId }),
  20,
);
await median(
  'search one client ("lohn", sorted by number)',
  30,
  () => call('activities.list', { orgId, search: 'lohn', sort: 'number' }),
  20,
);
await median(
  'filter incomplete + review due',
  30,
  () => call('activities.list', { orgId, completeness: 'incomplete', reviewDue: true }),
  20,
);
await median(`list all ${CLIENTS} clients with counts`, 20, () => call('organisations.list', {}));

const server = await startBrowserServer({ ctx, handlers, staticDir: dir });
const target = `http://127.0.0.1:${server.port}/api/organisations.get`;
const body = JSON.stringify({ id: orgId });
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` };
await median(
  'one API round trip over HTTP (organisations.get)',
  200,
  async () => {
    const response = await fetch(target, { method: 'POST', headers, body });
    await response.json();
  },
  5,
);
await server.close();

await median(
  `Word export of a ${ACTIVITIES}-activity register`,
  7,
  () => call('exports.register', { orgId, format: 'docx', language: 'de' }),
  1500,
);
await median('CSV export of the same register', 7, () =>
  call('exports.register', { orgId, format: 'csv', language: 'de' }),
);

// Later modules add their measurements here, each from scripts/bench-<feature>.ts.
const tools: BenchTools = { ctx, dir, call };
const moduleBenches: ((tools: BenchTools) => Promise<void>)[] = [
  benchProcessors,
  benchRetention,
  benchDsar,
  benchBreaches,
];
for (const bench of moduleBenches) await bench(tools);

await ctx.close();
fs.rmSync(dir, { recursive: true, force: true });
