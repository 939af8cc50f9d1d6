import path from 'node:path';
import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { MethodInput, MethodName, MethodOutput } from '../core/api';
import { createAppContext } from '../electron/app-context';
import { dispatch } from '../electron/dispatch';
import { createHandlers } from '../electron/handlers';
import { dskWorkbook, manyRows } from '../test/fixtures/register-sheets';
import { compare, section, type BenchTools } from './bench-tools';

// The import of an existing register: a DSK-style sheet of 500 activities, previewed and
// imported into a fresh client (target < 2 s), next to exceljs reading the same file plus
// one prepared INSERT per activity in one transaction.

const ROWS = 500;

/** The file without the app: exceljs reads it, one prepared insert per row. */
function rawImport(sqlite: Database.Database) {
  const insert = sqlite.prepare(
    `INSERT INTO activities (client_id, number, name, purposes, legal_bases, national_norm,
      joint_controllers, transfers, retention, toms, toms_reference, department, contact_name,
      contact_phone, contact_email, it_systems, data_source, dpia_status, dpia_reason, status,
      next_review, created_at, updated_at)
     VALUES (?, ?, ?, ?, '[]', '', '', '[]', ?, ?, '', '', '', '', '', '', '', 'open', '', 'draft',
      NULL, ?, ?)`,
  );
  return async (clientId: number, bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const now = new Date().toISOString();
    let rows = 0;
    sqlite.transaction(() => {
      for (let r = 6; r <= sheet.rowCount; r++) {
        const cell = (c: number) => String(sheet.getRow(r).getCell(c).value ?? '');
        insert.run(clientId, cell(1), cell(2), cell(3), cell(8), cell(9), now, now);
        rows++;
      }
    })();
    return rows;
  };
}

export async function benchImport({ call, sqlite }: BenchTools): Promise<void> {
  section(`Register import: a DSK-style sheet of ${ROWS} activities`);
  const bytes = await dskWorkbook(manyRows(ROWS));
  const base64 = bytes.toString('base64');
  let run = 0;
  const freshClient = async () => {
    run++;
    const client = await call('clients.create', {
      name: `Importmandant ${run} GmbH`,
      street: 'Weg 1',
      city: 'Kiel',
      land: 'SH',
    });
    return client.id;
  };
  const raw = rawImport(sqlite());
  await compare({
    label: `import of ${ROWS} rows: preview, then import (read, check, write, audit)`,
    runs: 5,
    kind: 'other',
    target: 2000,
    app: async () => {
      const clientId = await freshClient();
      const file = { clientId, name: 'vvt.xlsx', base64 };
      const preview = await call('activities.previewImport', file);
      return call('activities.importRegister', { ...file, mapping: preview.mapping });
    },
    raw: async () => raw(await freshClient(), bytes),
    differs: (app, rows) =>
      app.created === rows ? null : `the app created ${app.created}, raw ${rows}`,
  });
}

/** The import figure in a workspace of its own (`npm run bench -- import`). */
export async function benchImportAlone({ dir }: Pick<BenchTools, 'dir'>): Promise<void> {
  const ctx = await createAppContext({
    mode: 'browser',
    dataDir: dir,
    workspacePath: path.join(dir, 'import.sqlite'),
  });
  const handlers = createHandlers();
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const envelope = await dispatch(handlers, ctx, method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as MethodOutput<M>;
  };
  await benchImport({ ctx, dir, call, sqlite: () => ctx.workspace().sqlite });
  await ctx.close();
}
