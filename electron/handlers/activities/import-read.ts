import {
  AppError,
  translateValidation,
  validationMessages,
  type Client,
  type Language,
  type RegisterImportProblem,
  type RegisterMapping,
} from '../../../core/api';
import { SheetError } from '../../../core/files/spreadsheet';
import {
  findHeader,
  mappingFits,
  suggestMapping,
  type SheetHeader,
} from '../../../core/rules/register-import-headers';
import {
  mappingProblems,
  readRegisterRows,
  type ReadRegister,
} from '../../../core/rules/register-import-rows';
import type { Db } from '../../../db/repos/audit.repo';
import { listCatalogue } from '../../../db/repos/catalogues.repo';
import { findClient } from '../../../db/repos/clients.repo';
import { findRegisterMapping } from '../../../db/repos/register-import.repo';
import type { HandlerContext } from '../context';
import { found } from '../support';
import { readSheet, type ReadSheet } from './import-sheet';

// Reading an existing register for the preview and, once more, for the import itself: the
// file into a grid, the header found, the mapping (given, saved or suggested), every row
// checked and matched against the client's catalogues. Writes nothing.

export interface RegisterRead extends ReadRegister {
  client: Client;
  sheet: ReadSheet;
  header: SheetHeader;
  mapping: RegisterMapping;
  savedMapping: boolean;
  mappingProblems: RegisterImportProblem[];
}

const validationKeys: ReadonlySet<string> = new Set(Object.keys(validationMessages.de));

const tooLarge = new Set([
  'sheetTooLarge',
  'sheetTooManyRows',
  'sheetTooManyColumns',
  'archiveLimits',
]);

/** A file that cannot be read at all: a typed, translated refusal at the file. */
function refuseFile(error: unknown, lang: Language): never {
  if (error instanceof SheetError) {
    throw new AppError(tooLarge.has(error.key) ? 'TOO_LARGE' : 'VALIDATION_FAILED', {}, [
      { path: 'base64', key: error.key, message: translateValidation(error.key, lang) },
    ]);
  }
  throw error;
}

export async function readRegister(
  ctx: HandlerContext,
  db: Db,
  input: { clientId: number; name: string; base64: string; mapping: RegisterMapping | null },
): Promise<RegisterRead> {
  const client = found(await findClient(db, input.clientId), 'client');
  let sheet: ReadSheet;
  try {
    sheet = await readSheet(input.name, Buffer.from(input.base64, 'base64'));
  } catch (error) {
    refuseFile(error, ctx.language());
  }
  const header = findHeader(sheet);
  const saved = await findRegisterMapping(db, input.clientId);
  const useSaved = input.mapping === null && saved !== null && mappingFits(saved, header.labels);
  const mapping = input.mapping ?? (useSaved && saved ? saved : suggestMapping(header.labels));
  const catalogue = (await listCatalogue(db, input.clientId)).map((e) => ({
    kind: e.kind,
    name: e.name,
    special: e.special,
    recipientType: e.recipientType,
    country: e.country,
  }));
  const problems = mappingProblems(mapping, header.labels);
  const read = readRegisterRows(header, mapping, catalogue, client, validationKeys);
  return {
    ...read,
    client,
    sheet,
    header,
    mapping,
    savedMapping: useSaved,
    mappingProblems: problems,
  };
}
