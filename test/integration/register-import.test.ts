import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, sampleClient, type TestApp } from '../helpers/app';
import { dskRows, dskWorkbook, germanCsv, manyRows } from '../fixtures/register-sheets';

// The import of an existing register through the handlers on a real workspace: a DSK-style
// Excel sheet and German Excel's CSV, a preview that writes nothing, bad rows shown with
// their reason and skipped, the categories matched against the client's catalogues, the
// saved mapping, and hostile files refused with nothing written.

let app: TestApp;
let clientId: number;
const now = new Date('2026-03-20T10:00:00Z');

/** Everything in the workspace file as one hash: a refused import must not change it. */
function digest(): string {
  const sqlite = app.ctx.workspace().sqlite;
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const t of tables)
    hash.update(JSON.stringify(sqlite.prepare(`SELECT * FROM "${t}"`).raw().all()));
  return hash.digest('hex');
}

const failure = async (method: string, input: unknown) => {
  const envelope = await app.raw(method, input);
  if (envelope.ok) throw new Error(`${method} succeeded`);
  return envelope.error;
};

const file = (name: string, bytes: Uint8Array) => ({
  clientId,
  name,
  base64: Buffer.from(bytes).toString('base64'),
});

beforeAll(async () => {
  app = await openTestApp({ now: () => now });
  clientId = (await app.call('clients.create', sampleClient)).id;
  // The client already has two categories; health data is marked Art. 9 in its catalogue.
  await app.call('activities.create', {
    clientId,
    activity: {
      name: 'Betriebsarzt',
      subjects: [{ name: 'Beschäftigte' }],
      dataCategories: [{ name: 'Gesundheitsdaten', special: 'art9' }],
    },
  });
});
afterAll(() => app.close());

describe('a DSK-style Excel sheet', () => {
  it('finds the two-row header below the title, joins the merged labels and suggests the mapping', async () => {
    const before = digest();
    const preview = await app.call(
      'activities.previewImport',
      file('vvt.xlsx', await dskWorkbook()),
    );
    expect(preview.format).toBe('xlsx');
    expect(preview.headerRows).toEqual([4, 5]);
    expect(preview.headers).toContain('Kategorien – betroffene Personen');
    expect(preview.headers).toContain('Kategorien – personenbezogene Daten');
    expect(preview.mapping).toMatchObject({
      number: 'Nr.',
      name: 'Bezeichnung der Verarbeitungstätigkeit',
      purposes: 'Zwecke der Verarbeitung',
      legalBases: 'Rechtsgrundlage',
      subjects: 'Kategorien – betroffene Personen',
      dataCategories: 'Kategorien – personenbezogene Daten',
      recipients: 'Empfänger',
      retention: 'Löschfristen',
      toms: 'Technische und organisatorische Maßnahmen (TOM)',
    });
    expect(preview.savedMapping).toBe(false);
    expect(digest()).toBe(before);
  });

  it('previews every row: multi-line cells split, legal bases read, a bad row with its reason', async () => {
    const preview = await app.call(
      'activities.previewImport',
      file('vvt.xlsx', await dskWorkbook()),
    );
    expect(preview.rows.map((r) => r.row)).toEqual([6, 7, 8]);
    const [payroll, nameless, newsletter] = preview.rows;
    expect(payroll?.activity).toMatchObject({
      number: 'VT-01',
      name: 'Lohn- und Gehaltsabrechnung',
      legalBases: ['art6_1_b', 'art6_1_c'],
      nationalNorm: 'Art. 6 Abs. 1 lit. c DSGVO i. V. m. § 41 EStG',
      subjects: [{ name: 'Beschäftigte' }, { name: 'Auszubildende' }],
      recipients: [{ name: 'Steuerberater' }, { name: 'Krankenkassen' }, { name: 'Finanzamt' }],
    });
    expect(payroll?.activity?.dataCategories).toEqual([
      { name: 'Name', special: 'none' },
      { name: 'Anschrift', special: 'none' },
      { name: 'Bankverbindung', special: 'none' },
      // The client's own entry: its Art. 9 marker comes with it.
      { name: 'Gesundheitsdaten', special: 'art9' },
    ]);
    expect(payroll?.activity?.purposes).toContain('\n');
    expect(payroll?.completeness?.missing).toEqual([]);
    expect(payroll?.problems).toEqual([]);
    expect(nameless).toMatchObject({
      activity: null,
      completeness: null,
      problems: [{ field: 'name', key: 'required' }],
    });
    expect(newsletter?.activity).toMatchObject({
      legalBases: ['art6_1_a'],
      recipients: [{ name: 'Versanddienstleister' }],
    });
    const names = preview.newEntries.map((e) => `${e.kind}:${e.name}`);
    expect(names).toContain('subject:Auszubildende');
    expect(names).toContain('recipient:Versanddienstleister');
    expect(names).not.toContain('subject:Beschäftigte');
    expect(names).not.toContain('data:Gesundheitsdaten');
  });

  it('refuses the import while the bad row is not skipped, and writes nothing', async () => {
    const preview = await app.call(
      'activities.previewImport',
      file('vvt.xlsx', await dskWorkbook()),
    );
    const before = digest();
    const error = await failure('activities.importRegister', {
      ...file('vvt.xlsx', await dskWorkbook()),
      mapping: preview.mapping,
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues?.map((i) => `${i.path} ${i.key}`)).toEqual([
      ' importRowsInvalid',
      'rows.7.name required',
    ]);
    expect(error.issues?.[1]?.message).toMatch(/Pflichtfeld|ausfüllen/i);
    expect(digest()).toBe(before);
  });

  it('imports every other row with its new catalogue entries once the bad row is skipped', async () => {
    const bytes = await dskWorkbook();
    const preview = await app.call('activities.previewImport', file('vvt.xlsx', bytes));
    const result = await app.call('activities.importRegister', {
      ...file('vvt.xlsx', bytes),
      mapping: preview.mapping,
      skipRows: [7],
    });
    expect(result).toMatchObject({ created: 2, skipped: 1, newEntries: preview.newEntries.length });
    const list = await app.call('activities.list', { clientId });
    expect(list.map((a) => a.name).sort()).toEqual(
      ['Betriebsarzt', 'Lohn- und Gehaltsabrechnung', 'Newsletter'].sort(),
    );
    const payroll = await app.call('activities.get', { id: result.activityIds[0] ?? 0 });
    expect(payroll.dataCategories.find((d) => d.name === 'Gesundheitsdaten')?.special).toBe('art9');
    const catalogue = await app.call('catalogues.list', { clientId });
    expect(catalogue.filter((e) => e.name === 'Beschäftigte')).toHaveLength(1);
    expect(catalogue.map((e) => e.name)).toContain('Auszubildende');
    // Each activity's creation is in the history, and the chain still verifies.
    const history = await app.call('audit.list', { clientId, entity: 'activity', limit: 50 });
    expect(history.filter((e) => e.action === 'create')).toHaveLength(3);
    expect((await app.call('audit.verify', {})).intact).toBe(true);
  });
});

describe("German Excel's CSV", () => {
  it('reads Windows-1252 with ";" and quoted line breaks', async () => {
    const preview = await app.call('activities.previewImport', file('vvt.csv', germanCsv()));
    expect(preview).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      headerRows: [1],
    });
    expect(preview.mapping).toMatchObject({
      name: 'Bezeichnung',
      subjects: 'Betroffene Personen',
      dataCategories: 'Datenkategorien',
      recipients: 'Empfänger',
      retention: 'Löschfrist',
    });
    const payroll = preview.rows[0];
    expect(payroll?.row).toBe(2);
    expect(payroll?.activity?.purposes).toBe(dskRows[0]?.purposes);
    expect(payroll?.activity?.subjects).toEqual([
      { name: 'Beschäftigte' },
      { name: 'Auszubildende' },
    ]);
    expect(preview.rows[1]?.problems).toEqual([{ field: 'name', key: 'required' }]);
  });
});

describe('the saved mapping', () => {
  it("is the client's starting point for the next file whose columns it fits", async () => {
    const csv = file('vvt.csv', germanCsv());
    const mapping = { name: 'Bezeichnung', purposes: 'Zweck', subjects: 'Datenkategorien' };
    await app.call('activities.saveImportMapping', { clientId, mapping });
    const preview = await app.call('activities.previewImport', csv);
    expect(preview.savedMapping).toBe(true);
    expect(preview.mapping).toEqual(mapping);
    // The Excel file has other column labels: the suggestion, not the saved mapping.
    const excel = await app.call('activities.previewImport', file('vvt.xlsx', await dskWorkbook()));
    expect(excel.savedMapping).toBe(false);
  });

  it('names a mapped column the file lacks and a missing name column', async () => {
    const preview = await app.call('activities.previewImport', {
      ...file('vvt.csv', germanCsv()),
      mapping: { purposes: 'Zweck', toms: 'Gibt es nicht' },
    });
    expect(preview.mappingProblems).toEqual([
      { field: 'toms', key: 'mappingUnknownColumn' },
      { field: 'name', key: 'importNoNameColumn' },
    ]);
  });
});

describe('hostile files', () => {
  const refusedWith = async (name: string, bytes: Uint8Array) => {
    const before = digest();
    const error = await failure('activities.previewImport', file(name, bytes));
    expect(digest()).toBe(before);
    return { code: error.code, key: error.issues?.[0]?.key };
  };

  it('refuses a zip bomb before exceljs sees it', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': new Uint8Array(10),
      'xl/worksheets/sheet1.xml': new Uint8Array(40 * 1024 * 1024),
    });
    expect(await refusedWith('bomb.xlsx', bomb)).toEqual({
      code: 'TOO_LARGE',
      key: 'archiveLimits',
    });
  });

  it('refuses a file over 10 MB, too many rows, an old .xls and a broken .xlsx', async () => {
    expect(await refusedWith('big.csv', new Uint8Array(10 * 1024 * 1024 + 1).fill(65))).toEqual({
      code: 'TOO_LARGE',
      key: 'sheetTooLarge',
    });
    expect(await refusedWith('many.csv', germanCsv(manyRows(5001)))).toEqual({
      code: 'TOO_LARGE',
      key: 'sheetTooManyRows',
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refusedWith('alt.xls', ole)).toEqual({
      code: 'VALIDATION_FAILED',
      key: 'sheetUnreadable',
    });
    const cut = (await dskWorkbook()).subarray(0, 2000);
    expect((await refusedWith('cut.xlsx', cut)).key).toBe('sheetUnreadable');
  });

  it('says why in English too', async () => {
    app.ctx.settings.setPreferences({ userName: 'Test Nutzerin', language: 'en' });
    try {
      const error = await failure(
        'activities.previewImport',
        file('empty.csv', Buffer.from('\r\n')),
      );
      expect(error.issues?.[0]).toMatchObject({
        key: 'sheetEmpty',
        message: 'The sheet is empty. Nothing was imported.',
      });
    } finally {
      app.ctx.settings.setPreferences({ userName: 'Test Nutzerin', language: 'de' });
    }
  });
});
