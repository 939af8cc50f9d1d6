// Starting from the register a firm already keeps in Excel or as CSV: the columns mapped to
// the register's fields, a preview of every activity with its completeness and problems,
// then the import of all rows the user did not skip, or of none. contract.ts spreads
// `registerImportMethods`.
import { z } from 'zod';
import { activityInput, completeness } from './activities';
import { catalogueKind } from './catalogues';
import { id } from './fields';
import { base64File, fileName } from './files';
import { method, ok } from './method';

/** The register fields a column can fill; one column per field at most. */
export const registerImportFields = [
  'number',
  'name',
  'purposes',
  'legalBases',
  'subjects',
  'dataCategories',
  'recipients',
  'retention',
  'toms',
  'tomsReference',
  'department',
  'contactName',
  'contactPhone',
  'contactEmail',
  'itSystems',
  'dataSource',
  'jointControllers',
] as const;
export const registerImportField = z.enum(registerImportFields);
export type RegisterImportField = z.infer<typeof registerImportField>;

/** Field -> the label of the column that fills it, as the preview names the columns. */
export const registerMapping = z.partialRecord(registerImportField, z.string().max(400));
export type RegisterMapping = z.infer<typeof registerMapping>;

export const registerImportFile = z.object({
  clientId: id,
  name: fileName,
  base64: base64File,
  /** null: the client's saved mapping if it fits the file, else one suggested from the headers. */
  mapping: registerMapping.nullable().default(null),
});

export const registerImportInput = registerImportFile.extend({
  mapping: registerMapping,
  /** Row numbers (as in the file) the user chose not to import. */
  skipRows: z.array(z.number().int().positive()).max(10_000).default([]),
});

/** One problem of a row: the field ('' = the row as a whole) and a validation key. */
export const registerImportProblem = z.object({
  field: registerImportField.or(z.literal('')),
  key: z.string(),
});
export type RegisterImportProblem = z.infer<typeof registerImportProblem>;

export const registerImportRow = z.object({
  /** The row number as the spreadsheet program shows it (the first row is 1). */
  row: z.number().int().positive(),
  /** What the row would create; null while it has a problem. */
  activity: activityInput.nullable(),
  /** The cell mapped to the name, for a row that has problems. */
  label: z.string(),
  completeness: completeness.nullable(),
  problems: z.array(registerImportProblem),
});
export type RegisterImportRow = z.infer<typeof registerImportRow>;

export const newCatalogueEntry = z.object({ kind: catalogueKind, name: z.string() });
export type NewCatalogueEntry = z.infer<typeof newCatalogueEntry>;

export const registerImportPreview = z.object({
  format: z.enum(['xlsx', 'csv']),
  /** CSV only: the encoding found and the delimiter. */
  encoding: z.enum(['utf-8', 'windows-1252']).nullable(),
  delimiter: z.enum([';', ',', '\t']).nullable(),
  /** The rows (as numbered in the file) holding the column headers. */
  headerRows: z.array(z.number().int().positive()),
  headers: z.array(z.string()),
  mapping: registerMapping,
  /** The mapping is the one saved for this client. */
  savedMapping: z.boolean(),
  /** Problems of the mapping itself (a column missing, a field without column). */
  mappingProblems: z.array(registerImportProblem),
  rows: z.array(registerImportRow),
  /** Categories no catalogue of the client has yet: the import adds them. */
  newEntries: z.array(newCatalogueEntry),
});
export type RegisterImportPreview = z.infer<typeof registerImportPreview>;

export const registerImportResult = z.object({
  created: z.number().int(),
  skipped: z.number().int(),
  newEntries: z.number().int(),
  activityIds: z.array(id),
});

export const registerImportMethods = {
  'activities.previewImport': method(
    registerImportFile,
    registerImportPreview,
    'Reads an existing register (.xlsx or .csv): header rows, the mapping (saved or suggested), every activity it would create with its completeness and problems, and the new catalogue entries; writes nothing.',
  ),
  'activities.importRegister': method(
    registerImportInput,
    registerImportResult,
    'Imports the activities of an existing register (.xlsx or .csv) with the new catalogue entries in one transaction; refused, with nothing written, while a row that is not skipped has a problem.',
  ),
  'activities.saveImportMapping': method(
    z.object({ clientId: id, mapping: registerMapping }),
    ok,
    "Saves the client's column mapping for the next register import.",
  ),
} as const;
