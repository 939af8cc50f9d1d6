import {
  AppError,
  translateValidation,
  type ColumnMapping,
  type ImportIssue,
  type Language,
} from '../../../core/api';
import { CsvError, decodeCsv, parseCsv, type ParsedCsv } from '../../../core/rules/consent-csv';
import {
  mappingFits,
  mappingProblems,
  proposeMapping,
  readRows,
  type ImportRecord,
} from '../../../core/rules/consent-import';
import { dateInBerlin } from '../../../core/rules/calendar';
import { contactKeys } from '../../../core/rules/consent-match';
import type { Db } from '../../../db/repos/audit.repo';
import { findMapping, personKeysOf } from '../../../db/repos/consent-import.repo';
import { findText, type StoredText } from '../../../db/repos/consent-texts.repo';
import { findClient } from '../../../db/repos/clients.repo';
import type { HandlerContext } from '../context';
import { found } from '../support';
import { refuse } from './store';

// Reading an import file into records, for the preview and for the import itself: decode,
// parse, map, check every row, and find the persons the client already has. Writes nothing.

export interface ReadImport {
  encoding: 'utf-8' | 'windows-1252';
  detected: boolean;
  csv: ParsedCsv;
  mapping: ColumnMapping;
  savedMapping: boolean;
  text: StoredText | null;
  records: ImportRecord[];
  /** The person each record finds by e-mail, phone or reference (null: a new person). */
  existing: (number | null)[];
  issues: ImportIssue[];
}

const csvCode = (key: string) =>
  key === 'csvTooLarge' || key === 'csvTooManyRows' ? 'TOO_LARGE' : 'VALIDATION_FAILED';

/** A file that cannot be read at all: a typed error naming why, at the file. */
export function refuseFile(error: unknown, lang: Language): never {
  if (error instanceof CsvError) {
    throw new AppError(csvCode(error.key), {}, [
      { path: 'base64', key: error.key, message: translateValidation(error.key, lang) },
    ]);
  }
  throw error;
}

function indexKeys(keys: Awaited<ReturnType<typeof personKeysOf>>) {
  const byEmail = new Map<string, number>();
  const byPhone = new Map<string, number>();
  const byReference = new Map<string, number>();
  for (const k of keys) {
    if (k.emailKey) byEmail.set(k.emailKey, k.id);
    if (k.phoneKey && !byPhone.has(k.phoneKey)) byPhone.set(k.phoneKey, k.id);
    if (k.referenceKey && !byReference.has(k.referenceKey)) byReference.set(k.referenceKey, k.id);
  }
  return (r: ImportRecord) => {
    const c = contactKeys(r);
    return (
      (c.email && byEmail.get(c.email)) ||
      (c.phone && byPhone.get(c.phone)) ||
      (c.reference && byReference.get(c.reference)) ||
      null
    );
  };
}

export async function readImport(
  ctx: HandlerContext,
  db: Db,
  input: {
    clientId: number;
    base64: string;
    encoding: 'auto' | 'utf-8' | 'windows-1252';
    mapping: ColumnMapping | null;
    textId: number | null;
  },
): Promise<ReadImport> {
  const lang = ctx.language();
  found(await findClient(db, input.clientId), 'client');
  let text: StoredText | null = null;
  if (input.textId !== null) {
    const t = await findText(db, input.textId);
    if (!t || t.clientId !== input.clientId)
      throw refuse('VALIDATION_FAILED', 'textId', 'unknownText', lang);
    text = t;
  }
  let decoded: ReturnType<typeof decodeCsv>;
  let csv: ParsedCsv;
  try {
    decoded = decodeCsv(Buffer.from(input.base64, 'base64'), input.encoding);
    csv = parseCsv(decoded.text);
  } catch (error) {
    refuseFile(error, lang);
  }
  const saved = await findMapping(db, input.clientId);
  const useSaved = input.mapping === null && saved !== null && mappingFits(saved, csv.headers);
  const mapping = input.mapping ?? (useSaved ? saved : proposeMapping(csv.headers));
  const issues: ImportIssue[] = mappingProblems(mapping, csv.headers).map((p) => ({
    row: 1,
    field: p.field,
    key: p.key,
  }));
  const read = readRows(csv.headers, csv.rows, mapping, ctx.now().toISOString());
  issues.push(...read.issues);
  if (text) {
    for (const r of read.records) {
      if (!r.givenAt) continue;
      const day = dateInBerlin(r.givenAt);
      if (day < text.validFrom || (text.validUntil !== null && day > text.validUntil)) {
        issues.push({ row: r.row, field: 'givenAt', key: 'textNotValidThen' });
      }
    }
  }
  const find = indexKeys(await personKeysOf(db, input.clientId));
  return {
    encoding: decoded.encoding,
    detected: decoded.detected,
    csv,
    mapping,
    savedMapping: useSaved,
    text,
    records: read.records,
    existing: read.records.map(find),
    issues: issues.sort((a, b) => a.row - b.row),
  };
}
