import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames, type MethodName } from '../../core/api';
import { goodTemplateLines, templateDocx } from '../fixtures/avv';
import { customerActivities } from '../fixtures/requests';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { docxBomb } from '../helpers/zip';

// Every method of the contract, called through the real dispatch with inputs made from its
// own schema and then broken in every way we can think of: wrong types, missing and extra
// fields, huge and hostile strings, ids that do not exist, and for the file-reading methods
// hostile files. The bar: no untyped error (INTERNAL) and no write despite an error. Seeded
// and bounded in time, so it runs the same way every time and fast in CI.

type Json = Record<string, unknown>;

let app: TestApp;
let rand: () => number;
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

/** A small, seeded generator (mulberry32): the same inputs on every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hostileStrings = [
  '',
  ' ',
  'a'.repeat(10_000),
  '../../../etc/passwd',
  '\u0000\u0001\u202e',
  '<script>alert(1)</script>',
  '{constructor.constructor("return 1")()}',
  "'; DROP TABLE audit_log; --",
  '2025-02-30',
  '9999-12-31',
  '0100-01-01',
  '25:61',
  'NaN',
  'Ünïcödé ✓ „Zitat“',
];
const hostileNumbers = [0, -1, 1, 2, 3, 999_999, 1.5, Number.MAX_SAFE_INTEGER, 1e308, -0];

let files: Record<string, string> = {};
let dir = '';
/** Paths stay inside the test folder: fuzzing must never touch anything else. */
const paths = () => [
  'relative.sqlite',
  '../up.sqlite',
  '',
  path.join(dir, 'missing', 'folder', 'x.sqlite'),
  path.join(dir, 'junk.txt'),
  path.join(dir, 'foreign.db'),
  dir,
  app.file,
  `${app.file}-wal`,
];

/** Ids of records that exist now, so calls get past "not found" into the handlers. */
let idPool: number[] = [];
function refreshIds() {
  const sqlite = app.ctx.workspace().sqlite;
  const tables = [
    'clients',
    'activities',
    'processors',
    'requests',
    'retention_rules',
    'breaches',
    'consent_texts',
    'consent_persons',
  ];
  const more = ['attachments', 'avv_templates', 'catalogue_entries', 'request_recipients'];
  idPool = [...tables, ...more].flatMap(
    (t) => sqlite.prepare(`SELECT id FROM ${t}`).pluck().all() as number[],
  );
}

function valueFor(schema: Json, key: string, depth: number): unknown {
  if (key === 'path') return pick(paths());
  if (key === 'base64') return pick(Object.values(files));
  if ((key === 'id' || key.endsWith('Id')) && idPool.length > 0 && rand() < 0.75) {
    return pick(idPool);
  }
  if (key.endsWith('Ids') && idPool.length > 0 && rand() < 0.6) {
    return [pick(idPool), pick(idPool)];
  }
  if (depth > 4) return null;
  if (schema.anyOf) return valueFor(pick(schema.anyOf as Json[]), key, depth + 1);
  if (schema.enum) return pick(schema.enum as unknown[]);
  if ('const' in schema) return schema.const;
  switch (schema.type) {
    case 'string':
      return rand() < 0.5
        ? pick(['2025-02-10', '10:00', 'Müller', 'a@example.org', 'x'])
        : pick(hostileStrings);
    case 'integer':
    case 'number':
      return pick(hostileNumbers);
    case 'boolean':
      return rand() < 0.5;
    case 'array': {
      const items = (schema.items as Json | undefined) ?? {};
      return Array.from({ length: Math.floor(rand() * 3) }, () => valueFor(items, key, depth + 1));
    }
    case 'object': {
      const props = (schema.properties as Record<string, Json> | undefined) ?? {};
      const out: Json = {};
      for (const [name, sub] of Object.entries(props)) {
        if (rand() < 0.85) out[name] = valueFor(sub, name, depth + 1);
      }
      return out;
    }
    default:
      return pick([null, 'x', 1, {}, []]);
  }
}

/** One input: schema-shaped most of the time, otherwise broken on purpose. */
function inputFor(method: MethodName): unknown {
  const schema = z.toJSONSchema(contract[method].input, {
    io: 'input',
    unrepresentable: 'any',
  }) as Json;
  const shaped = valueFor(schema, '', 0);
  const roll = rand();
  if (roll < 0.08) return pick([null, 'text', 42, [], true]);
  if (roll < 0.16 && shaped && typeof shaped === 'object') {
    return { ...(shaped as Json), __proto__: { admin: true }, extra: pick(hostileStrings) };
  }
  return shaped;
}

/** Everything in the file that a write could change, as one hash. */
function workspaceDigest(): string {
  const sqlite = app.ctx.workspace().sqlite;
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).raw().all()) {
      hash.update(
        JSON.stringify(row, (_k, v: unknown) =>
          v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
        ),
      );
    }
  }
  return hash.digest('hex');
}

const outsideState = () =>
  JSON.stringify([
    fs.readdirSync(dir).sort(),
    fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'),
  ]);

/** A client with activities, a processor, a request, a rule, a template and a file. */
async function seed(template: string) {
  const clientId = (await app.call('clients.create', sampleClient)).id;
  const activityIds: number[] = [];
  for (const activity of customerActivities) {
    activityIds.push((await app.call('activities.create', { clientId, activity })).id);
  }
  const processor = await app.call('processors.create', {
    clientId,
    processor: { name: 'Cloud', activityIds: [activityIds[0]!] },
  });
  await app.call('requests.create', {
    clientId,
    request: { kind: 'access', receivedOn: '2025-02-03', channel: 'email', requesterName: 'Anna' },
  });
  await app.call('retention.create', {
    clientId,
    rule: {
      name: 'Belege',
      startEvent: 'creation',
      periodAmount: 8,
      periodUnit: 'years',
      runInterval: 'monthly',
      method: 'delete',
    },
  });
  await app.call('breaches.create', {
    clientId,
    breach: {
      title: 'Laptop verloren',
      awareAt: '2025-02-09T09:00:00+01:00',
      kinds: ['confidentiality'],
      activityIds: [activityIds[0]!],
      processorIds: [processor.id],
    },
  });
  const text = await app.call('consent.createText', {
    clientId,
    text: {
      name: 'Newsletter',
      purpose: 'Newsletter',
      channels: ['email', 'phone'],
      advertiser: 'Bäckerei Müller GmbH',
      productScope: 'Backwaren',
      language: 'de',
      text: 'Newsletter und Anrufe der Bäckerei Müller GmbH zu Backwaren; jederzeit widerrufbar.',
      validFrom: '2025-01-01',
    },
  });
  const person = await app.call('consent.createPerson', {
    clientId,
    person: { name: 'Anna', email: 'anna@example.org', phone: '+49 89 1234' },
  });
  await app.call('consent.recordEvent', {
    personId: person.id,
    event: {
      kind: 'given',
      at: '2025-02-01T10:00:00+01:00',
      textId: text.id,
      source: 'paper_form',
      method: 'signature',
    },
  });
  if ((await app.call('avvTemplates.list', {})).length === 0) {
    await app.call('avvTemplates.add', {
      name: 'Vorlage',
      filename: 'v.docx',
      base64: template,
    });
  }
  await app.call('attachments.add', {
    ownerType: 'processor',
    ownerId: processor.id,
    name: 'avv.pdf',
    base64: 'JVBERi0=',
  });
}

const mailOf = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n')).toString('base64');

beforeAll(async () => {
  rand = seeded(20261202);
  app = await openTestApp({ now: () => new Date('2025-02-10T10:00:00Z') });
  dir = app.dir;
  fs.writeFileSync(path.join(dir, 'junk.txt'), 'no database');
  fs.writeFileSync(path.join(dir, 'foreign.db'), '');
  const template = Buffer.from(await templateDocx(goodTemplateLines)).toString('base64');
  await seed(template);
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  files = {
    template,
    bomb: Buffer.from(docxBomb(120)).toString('base64'),
    liar: Buffer.from(docxBomb(32, 100)).toString('base64'),
    noise: noise.toString('base64'),
    longHeader: mailOf(`From: ${'<'.repeat(96 * 1024)}\nDate: x\n\nx`),
    oldDate: mailOf('From: a@example.org\nDate: Mon, 3 Feb 0100 10:00:00 +0100\n\nx'),
    html: mailOf(
      'From: a@example.org\nDate: Mon, 3 Feb 2025 10:00:00 +0100\nContent-Type: text/html\n\n<p>Auskunft</p>',
    ),
    fine: mailOf('From: a@example.org\nDate: Mon, 3 Feb 2025 10:00:00 +0100\n\nAuskunft'),
    csv: Buffer.from('\uFEFFE-Mail;Anmeldedatum\r\nb@example.org;01.02.2025 10:00\r\n').toString(
      'base64',
    ),
    csvLatin1: Buffer.from('E-Mail;Name\r\nc@example.org;J\xfcrgen\r\n', 'latin1').toString(
      'base64',
    ),
    csvOpenQuote: Buffer.from('E-Mail;Name\r\n"c@example.org;x\r\n').toString('base64'),
    truncated: 'QUJDR',
    padding: '====',
    empty: '',
  };
});
afterAll(() => app.close());

/** Rounds over every method until this much time is spent (a loaded CI machine included). */
const BUDGET_MS = 15_000;
const MIN_ROUNDS = 5;

const count = (sql: string) => app.ctx.workspace().sqlite.prepare(sql).pluck().get() as number;

describe('fuzzing every method of the contract', () => {
  it('answers every input with a typed result and never writes despite an error', async () => {
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    const original = app.file;
    const started = performance.now();
    let rounds = 0;
    for (
      ;
      rounds < 30 && (rounds < MIN_ROUNDS || performance.now() - started < BUDGET_MS);
      rounds++
    ) {
      for (const method of methodNames) {
        // A fuzzed delete took the client: give the next calls something to hit.
        if (count('SELECT count(*) FROM clients') === 0) await seed(files.template!);
        refreshIds();
        const input = inputFor(method);
        const before = workspaceDigest();
        const outside = outsideState();
        const auditBefore = count('SELECT count(*) FROM audit_log');
        const envelope = await app.raw(method, input);
        const outcome = envelope.ok ? 'ok' : envelope.error.code;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        const label = `${method} ${JSON.stringify(input)?.slice(0, 200)}`;
        if (outcome === 'INTERNAL') failures.push(`INTERNAL: ${label}`);
        const switched = app.ctx.workspace().path !== original;
        if (!envelope.ok && !switched) {
          if (workspaceDigest() !== before) failures.push(`wrote despite ${outcome}: ${label}`);
          if (outsideState() !== outside)
            failures.push(`touched files despite ${outcome}: ${label}`);
        }
        if (envelope.ok && !switched && workspaceDigest() !== before) {
          if (count('SELECT count(*) FROM audit_log') === auditBefore) {
            failures.push(`unaudited write: ${label}`);
          }
        }
        // A successful create/open switched files: go back, so the next call sees the data.
        if (switched) await app.call('workspace.open', { path: original });
      }
    }
    expect(failures).toEqual([]);
    expect(rounds).toBeGreaterThanOrEqual(MIN_ROUNDS);
    // The inputs reach the handlers, not only the schemas: many succeed or are refused there.
    expect(outcomes.get('ok') ?? 0).toBeGreaterThan(rounds * 10);
    expect(outcomes.get('NOT_FOUND') ?? 0).toBeGreaterThan(rounds * 5);
    expect(await app.call('audit.verify', {})).toMatchObject({ intact: true });
  });

  it('reads every hostile file with every file-reading method: typed answers, nothing half-written', async () => {
    const client = count('SELECT min(id) FROM clients');
    const processor = count('SELECT min(id) FROM processors');
    const text = count('SELECT min(id) FROM consent_texts');
    const mapping = { email: 'E-Mail', givenAt: 'Anmeldedatum' };
    const calls: [MethodName, (base64: string, n: number) => unknown][] = [
      ['requests.importEml', (base64) => ({ clientId: client, name: 'x.eml', base64 })],
      [
        'consent.previewImport',
        (base64) => ({ clientId: client, name: 'x.csv', base64, textId: text }),
      ],
      [
        'consent.importFile',
        (base64) => ({ clientId: client, name: 'x.csv', base64, mapping, textId: text }),
      ],
      ['activities.previewImport', (base64) => ({ clientId: client, name: 'x.xlsx', base64 })],
      [
        'activities.importRegister',
        (base64) => ({ clientId: client, name: 'x.csv', base64, mapping: { name: 'Name' } }),
      ],
      ['avvTemplates.add', (base64, n) => ({ name: `V${n}`, filename: 'v.docx', base64 })],
      ['clients.previewImport', (base64) => ({ base64 })],
      ['clients.importFile', (base64, n) => ({ base64, name: `Übergabe ${n}` })],
      ['clients.previewMerge', (base64) => ({ base64, clientId: client })],
      ['clients.mergeFile', (base64) => ({ base64, clientId: client })],
      [
        'attachments.add',
        (base64) => ({ ownerType: 'processor', ownerId: processor, name: 'f', base64 }),
      ],
    ];
    let n = 0;
    for (const [method, body] of calls) {
      for (const [file, base64] of Object.entries(files)) {
        const before = workspaceDigest();
        const auditBefore = count('SELECT count(*) FROM audit_log');
        const envelope = await app.raw(method, body(base64, n++));
        expect(envelope.ok || envelope.error.code, `${method} with ${file}`).not.toBe('INTERNAL');
        if (!envelope.ok) expect(workspaceDigest(), `${method} with ${file}`).toBe(before);
        else if (method.endsWith('.previewImport') || method === 'clients.previewMerge')
          expect(workspaceDigest()).toBe(before);
        else expect(count('SELECT count(*) FROM audit_log')).toBeGreaterThan(auditBefore);
      }
    }
  });
});
