import type { RegisterImportField, RegisterMapping } from '../api';
import type { SheetGrid } from '../files/spreadsheet';

// Finding the header of an existing register. The DSK sample and the sheets firms built from
// it put a title and the controller's details above the table, and often a two-row header:
// "Kategorien" merged over "betroffene Personen" and "personenbezogene Daten". The header row
// is the one among the first rows naming most register fields; the row below it belongs to
// the header too when it names fields as well. A merged cell's text counts for every column
// it spans, so both columns read "Kategorien – betroffene Personen" and so on.

const SEARCHED_ROWS = 20;

/** Lower case, umlauts and ß spelled out, anything but letters and digits a single space. */
export const foldLabel = (s: string) =>
  ` ${s
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/**
 * Header words of the DSK sample and common German and English registers, per field, in the
 * order fields are tried: the specific ones first, so "Ansprechpartner E-Mail" is the
 * e-mail and not the contact's name, and "Kategorien betroffener Personen" not the data.
 */
const headerWords: [RegisterImportField, string[]][] = [
  ['contactEmail', ['e mail', 'email', 'mail']],
  ['contactPhone', ['telefon', 'tel', 'phone', 'telefonnummer']],
  [
    'contactName',
    ['ansprechpartner', 'ansprechperson', 'kontaktperson', 'contact person', 'contact'],
  ],
  [
    'jointControllers',
    [
      'gemeinsam verantwortliche',
      'gemeinsame verantwortliche',
      'joint controller',
      'joint controllers',
    ],
  ],
  [
    'subjects',
    [
      'betroffene personen',
      'betroffenen personen',
      'betroffener personen',
      'betroffenengruppen',
      'personengruppen',
      'betroffene',
      'data subjects',
    ],
  ],
  [
    'dataCategories',
    [
      'personenbezogene daten',
      'personenbezogener daten',
      'datenkategorien',
      'datenarten',
      'data categories',
      'personal data',
      'categories of data',
    ],
  ],
  ['recipients', ['empfaenger', 'empfaengerkategorien', 'recipients', 'recipient']],
  ['legalBases', ['rechtsgrundlage', 'rechtsgrundlagen', 'legal basis', 'legal bases']],
  ['tomsReference', ['verweis tom', 'tom verweis', 'sicherheitskonzept', 'tom reference']],
  [
    'toms',
    [
      'tom',
      'toms',
      'technische und organisatorische massnahmen',
      'massnahmen',
      'technical and organisational measures',
      'security measures',
    ],
  ],
  [
    'retention',
    [
      'loeschfrist',
      'loeschfristen',
      'speicherdauer',
      'aufbewahrungsfrist',
      'loeschung',
      'retention',
      'erasure',
    ],
  ],
  [
    'purposes',
    ['zweck', 'zwecke', 'zweckbestimmung', 'zwecke der verarbeitung', 'purpose', 'purposes'],
  ],
  ['department', ['fachabteilung', 'abteilung', 'fachbereich', 'department']],
  ['itSystems', ['it systeme', 'it system', 'systeme', 'software', 'anwendung', 'it systems']],
  ['dataSource', ['datenquelle', 'herkunft der daten', 'quelle', 'data source', 'source']],
  ['number', ['nr', 'lfd nr', 'nummer', 'no', 'number', 'id']],
  [
    'name',
    [
      'bezeichnung',
      'verarbeitungstaetigkeit',
      'taetigkeit',
      'verarbeitung',
      'name',
      'activity',
      'processing activity',
    ],
  ],
];

/** The field a header label names, or null. */
export function fieldOfLabel(label: string): RegisterImportField | null {
  const folded = foldLabel(label);
  if (folded.trim() === '') return null;
  for (const [field, words] of headerWords) {
    if (words.some((w) => folded.includes(` ${w} `))) return field;
  }
  return null;
}

/** The grid with each merged range's text in every cell it spans. */
function spreadMerges(grid: SheetGrid): string[][] {
  const rows = grid.rows.map((r) => [...r]);
  for (const m of grid.merges) {
    const text = grid.rows[m.top]?.[m.left] ?? '';
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) row[c] = text;
    }
  }
  return rows;
}

const named = (row: readonly string[] | undefined) =>
  (row ?? []).filter((cell) => fieldOfLabel(cell) !== null).length;

export interface SheetHeader {
  /** 0-based indexes of the header rows (one or two). */
  headerRows: number[];
  /** One label per column: the header rows' texts joined. */
  labels: string[];
  /** 0-based index of the first data row. */
  firstDataRow: number;
  /** The grid with merged texts spread, for the data rows. */
  rows: string[][];
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Labels unique and never empty, so a mapping by label is never ambiguous. */
function uniqueLabels(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((label, i) => {
    const name = label || `Spalte ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

export function findHeader(grid: SheetGrid): SheetHeader {
  const rows = spreadMerges(grid);
  let best = 0;
  let bestCount = 0;
  for (let r = 0; r < Math.min(rows.length, SEARCHED_ROWS); r++) {
    const count = named(rows[r]);
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  const spans = (r: number) =>
    grid.merges.some((m) => m.top <= r && m.bottom >= r && m.right > m.left);
  // Cells merged down from the row above into this one make the row above part of the header.
  const mergedDown = (r: number) => grid.merges.some((m) => m.top < r && m.bottom >= r);
  let first = best;
  let twoRows = false;
  if (best > 0 && spans(best - 1) && mergedDown(best)) {
    first = best - 1;
    twoRows = true;
  } else if (named(rows[best + 1]) > 0 && spans(best)) {
    twoRows = true;
  }
  const top = rows[first] ?? [];
  const below = twoRows ? rows[first + 1] : undefined;
  const width = Math.max(top.length, below?.length ?? 0);
  const labels: string[] = [];
  for (let c = 0; c < width; c++) {
    const upper = clean(top[c] ?? '');
    const lower = clean(below?.[c] ?? '');
    labels.push(lower && lower !== upper ? (upper ? `${upper} – ${lower}` : lower) : upper);
  }
  const headerRows = twoRows ? [first, first + 1] : [first];
  return {
    headerRows,
    labels: uniqueLabels(labels),
    firstDataRow: first + headerRows.length,
    rows,
  };
}

/** A mapping from the header words: each field the first column that names it. */
export function suggestMapping(labels: readonly string[]): RegisterMapping {
  const mapping: RegisterMapping = {};
  for (const label of labels) {
    // The lower part of a joined label is the more specific ("Kategorien – betroffene Personen").
    const parts = label.split(' – ');
    const field = fieldOfLabel(parts.at(-1) ?? label) ?? fieldOfLabel(label);
    if (field && mapping[field] === undefined) mapping[field] = label;
  }
  return mapping;
}

/** The saved mapping fits a file when every column it names is there. */
export const mappingFits = (mapping: RegisterMapping, labels: readonly string[]) =>
  Object.values(mapping).every((label) => label === '' || labels.includes(label)) &&
  Object.values(mapping).some((label) => label !== '');
