import Papa from 'papaparse';
import { decodeCsv, CsvError } from '../rules/consent-csv';
import type { ZipLimits } from './zip-guard';

// A spreadsheet from outside (an existing register as .xlsx or .csv) is hostile until
// checked: the file's size, the zip inside an .xlsx (before exceljs sees it), the rows,
// columns and cell lengths, and the time spent reading. What comes out is a plain grid of
// strings plus the merged ranges, which the pure header and row rules read.

const MB = 1024 * 1024;

export const SHEET_LIMITS = {
  bytes: 10 * MB,
  rows: 5000,
  columns: 100,
  cellChars: 10_000,
  millis: 10_000,
};

/**
 * .xlsx: a register's sheet XML is a few MB at most; shared strings compress well, so the
 * ratio is looser than for Word files, but still far from a zip bomb's.
 */
export const spreadsheetLimits: ZipLimits = {
  maxEntries: 200,
  maxTotalBytes: 64 * MB,
  maxEntryBytes: 32 * MB,
  maxRatio: 200,
  ratioFloorBytes: MB,
  parsed: {
    test: (name) => /\.(xml|rels)$/i.test(name),
    maxEntryBytes: 32 * MB,
    maxTotalBytes: 48 * MB,
  },
};

export type SheetProblem =
  | 'sheetTooLarge'
  | 'sheetTooManyRows'
  | 'sheetTooManyColumns'
  | 'sheetCellTooLong'
  | 'sheetTooSlow'
  | 'sheetUnreadable'
  | 'sheetEmpty'
  | 'sheetFormat';

export class SheetError extends Error {
  constructor(readonly key: SheetProblem | CsvError['key'] | 'archiveLimits') {
    super(key);
    this.name = 'SheetError';
  }
}

/** A merged range, 0-based and inclusive, as spreadsheet programs keep them. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  rows: string[][];
  merges: MergeRange[];
}

/** Rows, columns and cells within SHEET_LIMITS; throws SheetError naming the first breach. */
export function checkGrid(grid: SheetGrid): SheetGrid {
  if (grid.rows.length > SHEET_LIMITS.rows) throw new SheetError('sheetTooManyRows');
  for (const row of grid.rows) {
    if (row.length > SHEET_LIMITS.columns) throw new SheetError('sheetTooManyColumns');
    if (row.some((cell) => cell.length > SHEET_LIMITS.cellChars)) {
      throw new SheetError('sheetCellTooLong');
    }
  }
  if (!grid.rows.some((row) => row.some((cell) => cell.trim() !== ''))) {
    throw new SheetError('sheetEmpty');
  }
  return grid;
}

export type CsvDelimiter = ';' | ',' | '\t';

/** The delimiter used most outside quotes in the first lines (title rows may have none). */
export function sniffDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && i < 64 * 1024 && lines < 20; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') lines++;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  const order: CsvDelimiter[] = [';', ',', '\t'];
  return order.reduce((a, b) => (counts[b] > counts[a] ? b : a));
}

export interface CsvGrid extends SheetGrid {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: CsvDelimiter;
}

/**
 * A CSV file as a grid: UTF-8 when it has a BOM or decodes strictly, else Windows-1252 (the
 * default of German Excel); ";", "," or tab; quoted cells may hold line breaks.
 */
export function readCsvGrid(
  bytes: Uint8Array,
  now: () => number = () => performance.now(),
): CsvGrid {
  if (bytes.length > SHEET_LIMITS.bytes) throw new SheetError('sheetTooLarge');
  let decoded: ReturnType<typeof decodeCsv>;
  try {
    decoded = decodeCsv(bytes, 'auto');
  } catch (error) {
    if (error instanceof CsvError) throw new SheetError(error.key);
    throw error;
  }
  const delimiter = sniffDelimiter(decoded.text);
  const started = now();
  const rows: string[][] = [];
  let problem: SheetError['key'] | null = null;
  Papa.parse<string[]>(decoded.text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      if (result.errors.some((e) => e.type === 'Quotes')) problem = 'csvQuotes';
      else if (rows.length >= SHEET_LIMITS.rows) problem = 'sheetTooManyRows';
      else if (rows.length % 500 === 0 && now() - started > SHEET_LIMITS.millis) {
        problem = 'sheetTooSlow';
      }
      if (problem) parser.abort();
      else rows.push(result.data);
    },
  });
  if (problem) throw new SheetError(problem);
  // papaparse yields one empty row for the final line break.
  while (rows.length > 0 && rows.at(-1)?.every((cell) => cell === '')) rows.pop();
  return { ...checkGrid({ rows, merges: [] }), encoding: decoded.encoding, delimiter };
}
