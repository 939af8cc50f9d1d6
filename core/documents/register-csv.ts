import type { Activity, Language } from '../api';
import { registerLabels } from '../i18n/register-labels';
import type { ActivityField, RegisterLabels } from '../i18n/register-labels';
import {
  dataCategoryLabel,
  formatInstant,
  formatLegalDate,
  legalBasisLabel,
  recipientGroups,
  recipientLabel,
  registerFilename,
  transferLabel,
} from './format';
import type { RegisterExportInput } from './format';
import { retentionCell } from './register-retention';
import { activityTransfers } from '../rules/transfers';

// The register as a spreadsheet: one row per activity, every field in a column, lists
// joined with "; " inside a cell. RFC 4180 quoting with CRLF line ends; ";" as delimiter
// for German (Excel with German regional settings expects it), "," for English; a UTF-8
// BOM so Excel reads umlauts as UTF-8 instead of Windows-1252.

const BOM = '\uFEFF';
const LIST = '; ';

/** Delimiter per language: German Excel splits on ";" because "," is its decimal mark. */
export const csvDelimiter = (language: Language): string => (language === 'de' ? ';' : ',');

// Spreadsheets run a cell starting with one of these as a formula ("CSV injection"); a
// leading apostrophe makes it text. It also keeps "- 10 Jahre" or "+49 89 ..." readable.
const formulaStart = /^[=+\-@\t\r]/;

/** One cell: formula-neutralised, quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter: string): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[], delimiter: string): string {
  return cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
}

type Value = (activity: Activity, labels: RegisterLabels, language: Language) => string;

const names = (list: readonly { name: string }[]) => list.map((e) => e.name).join(LIST);
const recipients =
  (group: keyof ReturnType<typeof recipientGroups>): Value =>
  (a, l) => {
    const list = recipientGroups(a)[group];
    return list.map((r) => recipientLabel(r, l)).join(LIST);
  };

// Column order follows the Word document. Dates numeric ("23.11.2026" / "2026-11-23") so
// spreadsheets recognise them as dates.
const columns: [ActivityField, Value][] = [
  ['number', (a) => a.number],
  ['name', (a) => a.name],
  ['status', (a, l) => l.statuses[a.status]],
  ['purposes', (a) => a.purposes],
  ['legalBases', (a, l) => a.legalBases.map((c) => legalBasisLabel(c, l, false)).join(LIST)],
  ['nationalNorm', (a) => a.nationalNorm],
  ['jointControllers', (a) => a.jointControllers],
  ['subjects', (a) => names(a.subjects)],
  ['dataCategories', (a, l) => a.dataCategories.map((c) => dataCategoryLabel(c, l)).join(LIST)],
  ['recipientsInternal', recipients('internal')],
  ['recipientsExternal', recipients('external')],
  ['recipientsThirdCountry', recipients('thirdCountry')],
  [
    'transfers',
    (a, l, lang) =>
      activityTransfers(a)
        .map((t) => transferLabel(t, l, lang))
        .join(LIST),
  ],
  ['retention', (a, _l, lang) => retentionCell(a, lang)],
  ['toms', (a) => a.toms],
  ['tomsReference', (a) => a.tomsReference],
  ['department', (a) => a.department],
  ['contactName', (a) => a.contactName],
  ['contactPhone', (a) => a.contactPhone],
  ['contactEmail', (a) => a.contactEmail],
  ['itSystems', (a) => a.itSystems],
  ['dataSource', (a) => a.dataSource],
  ['dpiaStatus', (a, l) => l.dpiaStatuses[a.dpiaStatus]],
  ['dpiaReason', (a) => a.dpiaReason],
  ['nextReview', (a, _l, lang) => formatLegalDate(a.nextReview, lang, 'numeric')],
  ['createdAt', (a, _l, lang) => formatInstant(a.createdAt, lang, 'numeric')],
  ['updatedAt', (a, _l, lang) => formatInstant(a.updatedAt, lang, 'numeric')],
];

/**
 * The CSV text, starting with a BOM. The first column names the controller so rows of
 * several clients can be merged into one sheet.
 */
export function buildRegisterCsv(input: RegisterExportInput): string {
  const { client, activities, language } = input;
  const labels = registerLabels[language];
  const delimiter = csvDelimiter(language);
  const header = [labels.client.controller, ...columns.map(([field]) => labels.fields[field])];
  const rows = activities.map((activity) => [
    client.name,
    ...columns.map(([, value]) => value(activity, labels, language)),
  ]);
  const lines = [header, ...rows].map((cells) => csvLine(cells, delimiter));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function registerCsvFilename(input: RegisterExportInput): string {
  return registerFilename(
    input.client.name,
    registerLabels[input.language],
    input.generatedAt,
    'csv',
  );
}
