import ExcelJS from 'exceljs';
import {
  checkGrid,
  readCsvGrid,
  SheetError,
  SHEET_LIMITS,
  spreadsheetLimits,
  type MergeRange,
  type SheetGrid,
} from '../../../core/files/spreadsheet';
import { guardZip, ZipRefused } from '../../../core/files/zip-guard';

// Reading an .xlsx or .csv from outside into the plain grid the core rules read. exceljs
// needs Node's Buffer and streams, so it lives here; it never sees a file the zip guard has
// not passed (entries, sizes, ratios and the real inflated sizes checked first).

export interface ReadSheet extends SheetGrid {
  format: 'xlsx' | 'csv';
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ';' | ',' | '\t' | null;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
// The OLE container of the old binary .xls (and .doc): not read.
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** "B3" -> 0-based row and column. */
function cellAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!m || !m[1] || !m[2]) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function mergeOf(range: string): MergeRange | null {
  const [from, to = from] = range.split(':');
  const a = from ? cellAddress(from) : null;
  const b = cellAddress(to ?? '');
  if (!a || !b) return null;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A cell's value as the user sees it; dates as German dates, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return `${twoDigits(value.getUTCDate())}.${twoDigits(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  return ''; // an error value (#DIV/0!) says nothing about the register
}

async function readXlsx(bytes: Buffer, now: () => number): Promise<SheetGrid> {
  try {
    guardZip(bytes, spreadsheetLimits);
  } catch (error) {
    if (!(error instanceof ZipRefused)) throw error;
    const lying = error.problem === 'tooLarge' || error.problem === 'ratio';
    throw new SheetError(
      lying || error.problem === 'tooManyEntries' ? 'archiveLimits' : 'sheetUnreadable',
    );
  }
  const started = now();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SheetError('sheetUnreadable');
  }
  // The register is the first sheet that holds anything.
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new SheetError('sheetEmpty');
  if (sheet.rowCount > SHEET_LIMITS.rows) throw new SheetError('sheetTooManyRows');
  if (sheet.columnCount > SHEET_LIMITS.columns) throw new SheetError('sheetTooManyColumns');
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
    if (r % 500 === 0 && now() - started > SHEET_LIMITS.millis)
      throw new SheetError('sheetTooSlow');
  }
  if (now() - started > SHEET_LIMITS.millis) throw new SheetError('sheetTooSlow');
  const merges = (sheet.model.merges ?? []).flatMap((range) => {
    const merge = mergeOf(range);
    return merge ? [merge] : [];
  });
  return checkGrid({ rows, merges });
}

/** The file as a grid: .xlsx through the zip guard and exceljs, anything else as CSV. */
export async function readSheet(
  fileName: string,
  bytes: Buffer,
  now: () => number = () => performance.now(),
): Promise<ReadSheet> {
  if (bytes.length > SHEET_LIMITS.bytes) throw new SheetError('sheetTooLarge');
  if (isOle(bytes)) throw new SheetError('sheetUnreadable');
  if (isZip(bytes)) {
    const grid = await readXlsx(bytes, now);
    return { ...grid, format: 'xlsx', encoding: null, delimiter: null };
  }
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) throw new SheetError('sheetUnreadable');
  const csv = readCsvGrid(bytes, now);
  return {
    rows: csv.rows,
    merges: [],
    format: 'csv',
    encoding: csv.encoding,
    delimiter: csv.delimiter,
  };
}
