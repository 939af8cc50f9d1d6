import { z } from 'zod';
import type { ColumnMapping, ImportField, ImportIssue } from '../api';
import { importFields } from '../api/consent-schemas';
import { berlinWallToMs } from './calendar';
import { contactKeys } from './consent-match';

// From the rows of a CSV export to persons with their consent times: the column mapping
// (proposed from German and English headers, or the one the user saved), and per row what
// it holds or what is wrong with it, named by the row number the user sees in a spreadsheet.

const normalHeader = (h: string) =>
  h
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Header names as newsletter and CRM tools write them, normalised (lower case, no marks). */
const synonyms: Record<ImportField, string[]> = {
  name: ['name', 'vollständigername', 'fullname', 'kontakt', 'contact', 'contactname'],
  firstName: ['vorname', 'firstname', 'first', 'givenname', 'fname'],
  lastName: ['nachname', 'lastname', 'surname', 'familienname', 'last', 'lname'],
  email: ['email', 'emailadresse', 'mail', 'emailaddress', 'mailadresse'],
  phone: ['telefon', 'telefonnummer', 'phone', 'phonenumber', 'mobil', 'mobile', 'handy', 'tel'],
  reference: ['kundennummer', 'kundennr', 'customerid', 'customernumber', 'reference', 'referenz'],
  business: ['b2b', 'firmenkunde', 'geschäftskunde', 'business', 'businesscustomer'],
  givenAt: [
    'anmeldedatum',
    'angemeldetam',
    'eingetragenam',
    'einwilligungam',
    'einwilligungsdatum',
    'optindate',
    'optintime',
    'optin',
    'subscribed',
    'subscribedat',
    'subscriptiondate',
    'consentdate',
    'consentgivenat',
  ],
  sourceDetail: ['quelle', 'source', 'formular', 'anmeldeformular', 'signupsource', 'url'],
  ip: ['ip', 'ipadresse', 'ipaddress', 'optinip', 'signupip'],
  userAgent: ['useragent', 'browser'],
  doiRequestedAt: [
    'doiangefordert',
    'bestätigungsmailgesendet',
    'confirmationsent',
    'doirequested',
  ],
  doiConfirmedAt: [
    'bestätigtam',
    'doibestätigt',
    'bestätigungsdatum',
    'confirmedat',
    'confirmed',
    'confirmtime',
    'confirmationdate',
    'doiconfirmed',
  ],
  withdrawnAt: [
    'abgemeldetam',
    'abgemeldet',
    'widerrufenam',
    'unsubscribed',
    'unsubscribedat',
    'optoutdate',
  ],
};

/** A mapping proposed from the headers; a field without a matching header stays unmapped. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of importFields) {
    const header = headers.find((h) => !used.has(h) && synonyms[field].includes(normalHeader(h)));
    if (header) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

/** A saved mapping fits a file when every column it names is there. */
export const mappingFits = (mapping: ColumnMapping, headers: readonly string[]) =>
  Object.values(mapping).every((h) => !h || headers.includes(h));

/** Problems of the mapping itself: unknown or doubled columns, nothing to match or date. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]) {
  const problems: { field: ImportField; key: string }[] = [];
  const seen = new Set<string>();
  for (const field of importFields) {
    const header = mapping[field];
    if (!header) continue;
    if (!headers.includes(header)) problems.push({ field, key: 'mappingUnknownColumn' });
    else if (seen.has(header)) problems.push({ field, key: 'mappingDuplicate' });
    seen.add(header);
  }
  if (!mapping.email && !mapping.phone && !mapping.reference) {
    problems.push({ field: 'email', key: 'mappingNoContact' });
  }
  if (!mapping.givenAt) problems.push({ field: 'givenAt', key: 'mappingNoGivenAt' });
  return problems;
}

const iso =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const realDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A time as tools export it, as a UTC instant: ISO 8601 with a zone as it says, ISO or
 * German ("15.03.2025 14:07") without one as Berlin time, a date alone as its start in
 * Berlin. Anything else (e.g. "03/15/2025", which reads two ways) is refused: null.
 */
export function parseExportTime(value: string): string | null {
  const s = value.trim();
  let parts: [number, number, number, number, number, number] | null = null;
  let zone: string | undefined;
  const i = iso.exec(s);
  const g = i ? null : german.exec(s);
  if (i) {
    parts = [+i[1]!, +i[2]!, +i[3]!, +(i[4] ?? 0), +(i[5] ?? 0), +(i[6] ?? 0)];
    zone = i[7];
  } else if (g) {
    parts = [+g[3]!, +g[2]!, +g[1]!, +(g[4] ?? 0), +(g[5] ?? 0), +(g[6] ?? 0)];
  }
  if (!parts) return null;
  const [y, mo, d, h, mi, sec] = parts;
  if (!realDay(y, mo, d) || h > 23 || mi > 59 || sec > 59 || y < 1990) return null;
  if (zone) {
    const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    const t = Date.parse(`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(sec)}${offset}`);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  // A real day and time (checked above), so read as berlinToInstant reads it, without
  // writing it out as text first: an import reads thousands.
  return new Date(berlinWallToMs(Date.UTC(y, mo - 1, d, h, mi)) + sec * 1000).toISOString();
}

const yes = new Set(['ja', 'j', 'yes', 'y', '1', 'true', 'wahr', 'x', 'b2b']);
const no = new Set(['nein', 'n', 'no', '0', 'false', 'falsch', '', 'b2c']);
const validEmail = z.email();
const limits: Partial<Record<ImportField, number>> = {
  phone: 50,
  reference: 100,
  sourceDetail: 1000,
  ip: 64,
  userAgent: 1000,
};

export interface ImportRecord {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  name: string;
  email: string;
  phone: string;
  reference: string;
  business: boolean;
  givenAt: string | null;
  sourceDetail: string;
  ip: string;
  userAgent: string;
  doiRequestedAt: string | null;
  doiConfirmedAt: string | null;
  withdrawnAt: string | null;
}

/** Every row as a record, and every problem of every row; `nowIso` bounds the times. */
export function readRows(
  headers: readonly string[],
  rows: readonly string[][],
  mapping: ColumnMapping,
  nowIso: string,
): { records: ImportRecord[]; issues: ImportIssue[] } {
  const index = Object.fromEntries(
    importFields.map((f) => [f, mapping[f] ? headers.indexOf(mapping[f]!) : -1]),
  ) as Record<ImportField, number>;
  const records: ImportRecord[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, n) => {
    const row = n + 2;
    const cell = (f: ImportField) => (index[f] >= 0 ? (cells[index[f]] ?? '').trim() : '');
    const problem = (field: ImportField | '', key: string) => issues.push({ row, field, key });
    const time = (f: 'givenAt' | 'doiRequestedAt' | 'doiConfirmedAt' | 'withdrawnAt') => {
      const raw = cell(f);
      if (raw === '') return null;
      const at = parseExportTime(raw);
      if (at === null) problem(f, 'rowDateTime');
      else if (at > nowIso) problem(f, 'timeInFuture');
      return at;
    };
    const email = cell('email').toLowerCase();
    if (email && !validEmail.safeParse(email).success) problem('email', 'email');
    for (const [f, max] of Object.entries(limits) as [ImportField, number][]) {
      if (cell(f).length > max) problem(f, 'tooLong');
    }
    const business = cell('business').toLowerCase();
    if (!yes.has(business) && !no.has(business)) problem('business', 'rowYesNo');
    const joined = [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    const name = cell('name') || joined || email || cell('phone') || cell('reference');
    if (name.length > 200) problem('name', 'tooLong');
    const record: ImportRecord = {
      row,
      name,
      email,
      phone: cell('phone'),
      reference: cell('reference'),
      business: yes.has(business),
      givenAt: time('givenAt'),
      sourceDetail: cell('sourceDetail'),
      ip: cell('ip'),
      userAgent: cell('userAgent'),
      doiRequestedAt: time('doiRequestedAt'),
      doiConfirmedAt: time('doiConfirmedAt'),
      withdrawnAt: time('withdrawnAt'),
    };
    if (!cell('givenAt')) problem('givenAt', 'rowNoGivenAt');
    if (record.givenAt && record.doiConfirmedAt && record.doiConfirmedAt < record.givenAt) {
      problem('doiConfirmedAt', 'rowDoiBeforeGiven');
    }
    const keys = contactKeys(record);
    const [field, key]: [ImportField, string] = keys.email
      ? ['email', `email:${keys.email}`]
      : keys.phone
        ? ['phone', `phone:${keys.phone}`]
        : ['reference', keys.reference ? `ref:${keys.reference}` : ''];
    if (!key) problem('', 'rowNoContact');
    else if (seen.has(key)) problem(field, 'rowDuplicate');
    seen.add(key);
    records.push(record);
  });
  return { records, issues };
}
