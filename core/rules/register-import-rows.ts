import {
  activityInput,
  registerImportFields,
  type ActivityValues,
  type CatalogueKind,
  type DataSpecial,
  type NewCatalogueEntry,
  type RecipientType,
  type RegisterImportField,
  type RegisterImportProblem,
  type RegisterImportRow,
  type RegisterMapping,
  type ValidationKey,
} from '../api';
import { checkCompleteness, type ControllerDetails } from './completeness';
import type { SheetHeader } from './register-import-headers';

// The rows of an existing register turned into activities.create inputs: one row, one
// activity. Category cells hold several values, one per line or separated by ";" (Excel's
// Alt+Enter or a pasted list); the legal basis column is read into the codes of Art. 6(1)
// and Art. 9(2) where it names them, and what else it says (a national norm) is kept as
// text. Each row is checked with the very schema of activities.create, so a row that
// passes here is one the register's form would accept.

const bullet = /^[-–•*·]\s*/;

/** A cell's values: split on line breaks and ";", bullets dropped, each value once. */
export function splitCell(cell: string): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of cell.split(/\r\n|\r|\n|;/)) {
    const value = part.replace(bullet, '').replace(/\s+/g, ' ').trim();
    const key = value.toLocaleLowerCase('de');
    if (value && !seen.has(key)) {
      seen.add(key);
      values.push(value);
    }
  }
  return values;
}

// "Art. 6 Abs. 1 lit. b DSGVO", "Art. 6 Abs. 1 S. 1 Buchst. f", "Art. 6 (1) (a)", "Art. 9 II h".
const basisPattern =
  /art(?:ikel|\.)?\s*(6|9)\s*(?:abs(?:atz|\.)?\s*|\(\s*)?(1|2|i{1,2})\s*\)?\s*(?:(?:s(?:atz|\.)|uabs\.?|unterabs\.?)\s*1\s*)?(?:(?:lit(?:era)?\.?|buchst(?:abe|\.)?)\s*|\(\s*)?([a-j])\b\)?/giu;
const gdprWords = /\b(dsgvo|ds-gvo|gdpr|eu)\b/giu;

/** The Art. 6(1) and Art. 9(2) codes a legal basis cell names, and the rest as text. */
export function readLegalBases(cell: string): { codes: string[]; rest: string } {
  const codes: string[] = [];
  const rest: string[] = [];
  for (const part of splitCell(cell)) {
    let named = false;
    for (const m of part.matchAll(basisPattern)) {
      const [, article, paragraph = '', rawLetter = ''] = m;
      const letter = rawLetter.toLowerCase();
      const p = paragraph.toLowerCase();
      const para = p === 'i' ? '1' : p === 'ii' ? '2' : p;
      const fits =
        (article === '6' && para === '1' && letter <= 'f') || (article === '9' && para === '2');
      if (!fits) continue;
      const code = `art${article}_${para}_${letter}`;
      if (!codes.includes(code)) codes.push(code);
      named = true;
    }
    const left = part
      .replace(basisPattern, '')
      .replace(gdprWords, '')
      .replace(/[\s,.;:()]+/g, '');
    if (!named || left !== '') rest.push(part);
  }
  return { codes, rest: rest.join('; ') };
}

export interface CatalogueFact {
  kind: CatalogueKind;
  name: string;
  special: DataSpecial;
  recipientType: RecipientType | null;
  country: string;
}

const fieldOf = (path: readonly PropertyKey[]): RegisterImportField | '' => {
  const [head] = path;
  if (head === 'nationalNorm') return 'legalBases';
  return registerImportFields.find((f) => f === head) ?? '';
};

/** Zod's own messages are not keys; ours (failsWith) are. */
const keyOf = (message: string, known: ReadonlySet<string>): string =>
  known.has(message) ? message : 'invalid';

export interface ReadRegister {
  rows: RegisterImportRow[];
  newEntries: NewCatalogueEntry[];
  /** The values to write per valid row, with the catalogue's attributes already applied. */
  values: Map<number, ActivityValues>;
}

/**
 * Every data row below the header, mapped, checked and matched against the client's
 * catalogues. Rows without any text are not rows of the register and are left out.
 */
export function readRegisterRows(
  header: SheetHeader,
  mapping: RegisterMapping,
  catalogue: readonly CatalogueFact[],
  client: ControllerDetails,
  validationKeys: ReadonlySet<ValidationKey | string>,
): ReadRegister {
  const column = new Map<RegisterImportField, number>();
  for (const field of registerImportFields) {
    const label = mapping[field];
    const at = label ? header.labels.indexOf(label) : -1;
    if (at >= 0) column.set(field, at);
  }
  const known = new Map(catalogue.map((e) => [`${e.kind}|${e.name.toLocaleLowerCase('de')}`, e]));
  const fresh = new Map<string, NewCatalogueEntry>();
  const names = new Map<string, number>();
  const rows: RegisterImportRow[] = [];
  const values = new Map<number, ActivityValues>();

  for (let r = header.firstDataRow; r < header.rows.length; r++) {
    const cells = header.rows[r] ?? [];
    if (cells.every((cell) => cell.trim() === '')) continue;
    const cell = (field: RegisterImportField) => {
      const at = column.get(field);
      return at === undefined ? '' : (cells[at] ?? '');
    };
    const legal = readLegalBases(cell('legalBases'));
    const raw = {
      number: cell('number'),
      name: cell('name').replace(/\s+/g, ' '),
      purposes: cell('purposes'),
      legalBases: legal.codes,
      nationalNorm: legal.rest,
      jointControllers: cell('jointControllers'),
      subjects: splitCell(cell('subjects')).map((name) => ({ name })),
      dataCategories: splitCell(cell('dataCategories')).map((name) => ({ name })),
      recipients: splitCell(cell('recipients')).map((name) => ({ name })),
      retention: cell('retention'),
      toms: cell('toms'),
      tomsReference: cell('tomsReference'),
      department: cell('department'),
      contactName: cell('contactName'),
      contactPhone: cell('contactPhone'),
      contactEmail: cell('contactEmail'),
      itSystems: cell('itSystems'),
      dataSource: cell('dataSource'),
    };
    const rowNumber = r + 1;
    const problems: RegisterImportProblem[] = [];
    const parsed = activityInput.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const problem = { field: fieldOf(issue.path), key: keyOf(issue.message, validationKeys) };
        if (!problems.some((p) => p.field === problem.field && p.key === problem.key)) {
          problems.push(problem);
        }
      }
    }
    const nameKey = raw.name.trim().toLocaleLowerCase('de');
    const earlier = names.get(nameKey);
    if (nameKey && earlier !== undefined) {
      problems.push({ field: 'name', key: 'importDuplicateName' });
    } else if (nameKey) names.set(nameKey, rowNumber);

    if (!parsed.success || problems.length > 0) {
      rows.push({ row: rowNumber, activity: null, label: raw.name, completeness: null, problems });
      continue;
    }
    // An entry the client has keeps its attributes (an Art. 9 marker, a recipient's country).
    const matched = (kind: CatalogueKind, name: string) => {
      const key = `${kind}|${name.toLocaleLowerCase('de')}`;
      const entry = known.get(key);
      if (!entry && !fresh.has(key)) fresh.set(key, { kind, name });
      return entry;
    };
    const activity: ActivityValues = {
      ...parsed.data,
      subjects: parsed.data.subjects.map((s) => ({
        name: matched('subject', s.name)?.name ?? s.name,
      })),
      dataCategories: parsed.data.dataCategories.map((d) => {
        const entry = matched('data', d.name);
        return { name: entry?.name ?? d.name, special: entry?.special ?? d.special };
      }),
      recipients: parsed.data.recipients.map((x) => {
        const entry = matched('recipient', x.name);
        return {
          name: entry?.name ?? x.name,
          type: entry?.recipientType ?? x.type,
          country: entry?.country ?? x.country,
        };
      }),
    };
    values.set(rowNumber, activity);
    rows.push({
      row: rowNumber,
      activity,
      label: activity.name,
      completeness: checkCompleteness(activity, client),
      problems: [],
    });
  }
  return { rows, newEntries: [...fresh.values()], values };
}

/** Problems of the mapping itself: a column the file lacks, one used twice, no name column. */
export function mappingProblems(
  mapping: RegisterMapping,
  labels: readonly string[],
): RegisterImportProblem[] {
  const problems: RegisterImportProblem[] = [];
  const used = new Set<string>();
  for (const field of registerImportFields) {
    const label = mapping[field];
    if (!label) continue;
    if (!labels.includes(label)) problems.push({ field, key: 'mappingUnknownColumn' });
    else if (used.has(label)) problems.push({ field, key: 'mappingDuplicate' });
    used.add(label);
  }
  if (!mapping.name) problems.push({ field: 'name', key: 'importNoNameColumn' });
  return problems;
}
