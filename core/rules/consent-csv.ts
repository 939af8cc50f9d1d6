import Papa from 'papaparse';
import type { CsvEncoding } from '../api';

// Reading a CSV export from a newsletter or CRM tool, which is a file from outside and
// hostile until checked: bounded size, rows, field length and time; the encoding detected
// (UTF-8 with or without BOM, or Windows-1252) and said, never guessed silently; the
// delimiter taken from the header line (";" from German Excel, "," elsewhere, or tab);
// quoted fields may hold delimiters, quotes and line breaks (papaparse, RFC 4180).

export const CSV_LIMITS = {
  bytes: 10 * 1024 * 1024,
  rows: 50_000,
  fieldChars: 5000,
  millis: 5000,
};

export type CsvProblem =
  | 'csvTooLarge'
  | 'csvTooManyRows'
  | 'csvTooSlow'
  | 'csvBinary'
  | 'csvEncoding'
  | 'csvEncodingUnknown'
  | 'csvEmpty'
  | 'csvQuotes'
  | 'csvFieldTooLong';

export class CsvError extends Error {
  constructor(readonly key: CsvProblem) {
    super(key);
    this.name = 'CsvError';
  }
}

export interface DecodedCsv {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** Found by looking at the bytes ('auto'), not chosen by the user. */
  detected: boolean;
}

// Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252 either.
const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// 0x80-0x9F of Windows-1252 (the rest is Latin-1). Written out because Node 20's
// TextDecoder reads 'windows-1252' as Latin-1 and would turn "€" into a control character.
const high1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const chunk = bytes.subarray(i, i + 0x8000);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? high1252.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

const hasUtf8Bom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const hasUtf16Bom = (b: Uint8Array) =>
  (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

function utf8(bytes: Uint8Array): string | null {
  try {
    // fatal: an invalid sequence is an error, not a silent U+FFFD; the BOM is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, line feed and carriage return: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control > bytes.length / 100;
}

export function decodeCsv(bytes: Uint8Array, wanted: CsvEncoding): DecodedCsv {
  if (bytes.length > CSV_LIMITS.bytes) throw new CsvError('csvTooLarge');
  if (hasUtf16Bom(bytes)) throw new CsvError('csvEncodingUnknown');
  if (looksBinary(bytes)) throw new CsvError('csvBinary');
  // A UTF-8 byte order mark says what the file is, whatever was chosen.
  if (hasUtf8Bom(bytes) || wanted === 'utf-8') {
    const text = utf8(bytes);
    if (text === null) throw new CsvError('csvEncoding');
    return { text, encoding: 'utf-8', detected: wanted !== 'utf-8' };
  }
  if (wanted === 'auto') {
    const text = utf8(bytes);
    if (text !== null) return { text, encoding: 'utf-8', detected: true };
    if (bytes.some((b) => undefinedIn1252.has(b))) throw new CsvError('csvEncodingUnknown');
  }
  const text = decode1252(bytes);
  return { text, encoding: 'windows-1252', detected: wanted === 'auto' };
}

export type Delimiter = ';' | ',' | '\t';

/** The delimiter the header line uses most outside quotes; ";" when it is a tie. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) =>
    counts[b] > counts[a] ? b : a,
  );
  return counts[best] === 0 ? ';' : best;
}

export interface ParsedCsv {
  delimiter: Delimiter;
  headers: string[];
  /** Data rows (without the header), each as many cells as it has. */
  rows: string[][];
}

/** Header names made unique, so a mapping by name is never ambiguous. */
function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const name = h.trim() || `#${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

export function parseCsv(text: string, now: () => number = () => performance.now()): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const started = now();
  const rows: string[][] = [];
  let problem: CsvProblem | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      if (result.errors.some((e) => e.type === 'Quotes')) problem = 'csvQuotes';
      else if (rows.length > CSV_LIMITS.rows) problem = 'csvTooManyRows';
      else if (rows.length % 1000 === 0 && now() - started > CSV_LIMITS.millis)
        problem = 'csvTooSlow';
      else if (result.data.some((cell) => cell.length > CSV_LIMITS.fieldChars)) {
        problem = 'csvFieldTooLong';
      }
      if (problem) parser.abort();
      else rows.push(result.data);
    },
  });
  if (problem) throw new CsvError(problem);
  const [header, ...data] = rows;
  if (!header || data.length === 0) throw new CsvError('csvEmpty');
  return { delimiter, headers: uniqueHeaders(header), rows: data };
}
