// The hand-over file of a large client: the export and the import of one client with 200
// activities and 20 MB of files (ten processors with a 2 MB contract each), next to a raw
// baseline doing the bulk of the same work without the app's layers: the client's rows read
// with prepared statements, zipped with fflate as the app zips (files stored, the JSON at
// level 6) and base64-encoded;
// and back: unzipped, parsed and inserted with plain INSERTs in one transaction. The raw
// export has no history, manifest or hashes and the raw import checks nothing: what the app
// costs beyond the baseline is the checking a file from outside needs. Called from
// scripts/bench.ts (`npm run bench -- handover`); `npx tsx scripts/bench-handover.ts` alone.
// Before the files were stored rather than deflated, the export took 4.2 s (raw at level 6:
// 3.7 s) and the import 1.2 s.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ActivityInput, MethodInput, MethodName, MethodOutput } from '../core/api';
import { createAppContext } from '../electron/app-context';
import { dispatch } from '../electron/dispatch';
import { createHandlers } from '../electron/handlers';
import { compare, printHeader, section, summary, type BenchTools } from './bench-tools';

const ACTIVITIES = 200;
const FILES = 10;
const FILE_BYTES = 2 * 1024 * 1024;

const activityOf = (i: number): ActivityInput => ({
  number: `VT-${String(i + 1).padStart(3, '0')}`,
  name: `Verarbeitung ${i + 1}`,
  purposes: `Zweck ${i} der Verarbeitung mit Umlauten äöü`,
  legalBases: ['art6_1_b'],
  subjects: [{ name: i % 2 ? 'Kunden' : 'Beschäftigte' }],
  dataCategories: [{ name: 'Kontaktdaten' }, { name: i % 3 ? 'Vertragsdaten' : 'Bankverbindung' }],
  recipients: [{ name: 'Steuerberater', type: 'external' }],
  retention: '6 Jahre nach Ende des Kalenderjahres',
  toms: 'Siehe TOM-Konzept',
  status: 'active',
});

/** The tables the raw baseline carries: the rows that make up most of the file. */
const rawTables = ['activities', 'processors', 'attachments'] as const;

function rawExport(sqlite: Database.Database, clientId: number) {
  const selects = rawTables.map((table) =>
    sqlite.prepare(`SELECT * FROM ${table} WHERE client_id = ? ORDER BY id`),
  );
  return () => {
    const entries: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
    const data: Record<string, unknown[]> = {};
    rawTables.forEach((table, t) => {
      const rows = selects[t]!.all(clientId) as Record<string, unknown>[];
      data[table] = rows.map((row) => {
        if (!(row.data instanceof Uint8Array)) return row;
        const n = Object.keys(entries).length;
        entries[`files/${n}`] = [row.data, { level: 0 }];
        return { ...row, data: n };
      });
    });
    entries['data.json'] = strToU8(JSON.stringify(data));
    return Buffer.from(zipSync(entries, { level: 6 })).toString('base64');
  };
}

function rawImport(sqlite: Database.Database, base64: string, clientId: number) {
  return () => {
    const files = unzipSync(Buffer.from(base64, 'base64'));
    const data = JSON.parse(strFromU8(files['data.json']!)) as Record<
      string,
      Record<string, unknown>[]
    >;
    let inserted = 0;
    sqlite.transaction(() => {
      for (const table of rawTables) {
        for (const { id: _id, ...row } of data[table] ?? []) {
          const values: Record<string, unknown> = { ...row, client_id: clientId };
          if (table === 'attachments') values.data = files[`files/${String(row.data)}`];
          const columns = Object.keys(values);
          sqlite
            .prepare(
              `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
            )
            .run(values);
          inserted++;
        }
      }
      // The baseline measures the work, not its result: the rows go again.
      throw new Rollback();
    });
    return inserted;
  };
}

class Rollback extends Error {}
const rolledBack = <T>(run: () => T) => {
  try {
    return run();
  } catch (error) {
    if (error instanceof Rollback) return undefined;
    throw error;
  }
};

export async function benchHandover({ dir }: Pick<BenchTools, 'dir'>): Promise<void> {
  const file = path.join(dir, 'handover.sqlite');
  const ctx = await createAppContext({ mode: 'browser', dataDir: dir, workspacePath: file });
  const handlers = createHandlers();
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await dispatch(handlers, ctx, method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as MethodOutput<M>;
  };
  const start = performance.now();
  const client = await call('clients.create', {
    name: 'Großkunde Übergabe GmbH',
    street: 'Weg 1',
    postcode: '80331',
    city: 'München',
    email: 'datenschutz@grosskunde.example',
    land: 'BY',
  });
  const activityIds: number[] = [];
  for (let i = 0; i < ACTIVITIES; i++) {
    activityIds.push(
      (await call('activities.create', { clientId: client.id, activity: activityOf(i) })).id,
    );
  }
  for (let i = 0; i < FILES; i++) {
    const processor = await call('processors.create', {
      clientId: client.id,
      processor: {
        name: `Dienstleister ${i + 1}`,
        activityIds: activityIds.slice(i * 20, i * 20 + 20),
      },
    });
    await call('attachments.add', {
      ownerType: 'processor',
      ownerId: processor.id,
      name: `AVV ${i + 1}.pdf`,
      mimeType: 'application/pdf',
      // Contracts as scanned PDFs: bytes that do not compress.
      base64: randomBytes(FILE_BYTES).toString('base64'),
    });
  }
  section(
    `Hand-over file: one client with ${ACTIVITIES} activities and ${(FILES * FILE_BYTES) / 1024 / 1024} MB of files`,
  );
  console.log(`  (seeding through the API: ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  const sqlite = ctx.workspace().sqlite;
  const exported = await call('clients.exportFile', { id: client.id, passphrase: '' });
  console.log(`  (the file: ${((exported.base64.length * 0.75) / 1024 / 1024).toFixed(1)} MB)`);
  await compare({
    label: 'export: clients.exportFile (zip, base64)',
    runs: 5,
    kind: 'document',
    app: () => call('clients.exportFile', { id: client.id, passphrase: '' }),
    raw: rawExport(sqlite, client.id),
  });
  await compare({
    label: 'export with a passphrase (scrypt, AES-256-GCM)',
    runs: 5,
    kind: 'document',
    app: () => call('clients.exportFile', { id: client.id, passphrase: 'lang genug, geheim' }),
  });
  await compare({
    label: 'preview: clients.previewImport (checks, writes nothing)',
    runs: 5,
    kind: 'document',
    app: () => call('clients.previewImport', { base64: exported.base64, passphrase: '' }),
  });
  let copy = 0;
  await compare({
    label: 'import: clients.importFile (checks, new ids, one transaction)',
    runs: 5,
    kind: 'document',
    app: () =>
      call('clients.importFile', {
        base64: exported.base64,
        passphrase: '',
        name: `Übernommen ${++copy}`,
      }),
    raw: () => rolledBack(rawImport(sqlite, exported.base64, client.id)),
  });
  await ctx.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-bench-'));
  printHeader();
  await benchHandover({ dir });
  summary();
  fs.rmSync(dir, { recursive: true, force: true });
}
