import type { Activity, Language, Client } from '../api';
import type { LegalBasisCode, RegisterLabels } from '../i18n/register-labels';
import { dateInBerlin } from '../rules/calendar';
import type { ThirdCountryTransfer } from '../rules/transfers';

// Value formatting shared by the register builders (Word, CSV), so every format words a
// field the same way. Pure string functions: no Intl locale data, so output is the same in
// Node, Electron and the browser.

/** What every register builder receives; the handler loads it from the workspace. */
export interface RegisterExportInput {
  client: Client;
  activities: readonly Activity[];
  language: Language;
  generatedAt: Date;
  /** Set when the change history failed its check (core/i18n/audit-integrity.ts). */
  integrityNote?: string;
}

type ActivityDataCategory = Activity['dataCategories'][number];
type ActivityRecipient = Activity['recipients'][number];
type ActivityTransfer = Activity['transfers'][number];

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar date in the document language: "23.11.2026" (German), "23 November 2026"
 * (English, `long`) or "2026-11-23" (English, `numeric`: sortable, read by Excel as a date).
 */
export function formatYmd(
  year: number,
  month: number,
  day: number,
  language: Language,
  style: 'long' | 'numeric' = 'long',
): string {
  if (language === 'de') return `${pad(day)}.${pad(month)}.${year}`;
  return style === 'long'
    ? `${day} ${monthsEn[month - 1]} ${year}`
    : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The calendar day of an instant in Europe/Berlin, in the document language: a letter, a
 * "Stand" date or a file name bears the German day, whatever zone the machine is set to
 * (at 01:00 in Berlin a New York laptop still has yesterday).
 */
export function formatDate(date: Date, language: Language, style?: 'long' | 'numeric'): string {
  return formatLegalDate(dateInBerlin(date), language, style);
}

/** A legal date (`YYYY-MM-DD`, no time zone); anything else is shown as stored. */
export function formatLegalDate(
  value: string | null | undefined,
  language: Language,
  style?: 'long' | 'numeric',
): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? formatYmd(Number(m[1]), Number(m[2]), Number(m[3]), language, style) : value;
}

/** An instant (full ISO string) as its calendar date in Europe/Berlin. */
export function formatInstant(
  value: string | null | undefined,
  language: Language,
  style?: 'long' | 'numeric',
): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatDate(date, language, style);
}

/**
 * The lines of a text the user typed in a multi-line field, trimmed, without empty lines
 * and without the list marks people type ("- ", "• ", "* "): each line is one item.
 */
export function textLines(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/^\s*[-•*–]\s+/, '').trim())
    .filter(Boolean);
}

/**
 * A multi-line text on one line, where it must stay inside a sentence or a list item:
 * the lines joined with "; ", or with a space after a line that ends in a sentence mark
 * ("Erster Satz. Zweiter Satz."). Never glued: a line break in a Word run shows nothing.
 */
export function inlineText(value: string | null | undefined): string {
  return textLines(value).reduce(
    (text, line) => (text ? `${text}${/[.;:,!?]$/.test(text) ? ' ' : '; '}${line}` : line),
    '',
  );
}

/** "Art. 6 Abs. 1 lit. b DSGVO – Vertrag ..."; an unknown code is shown as stored. */
export function legalBasisLabel(code: string, labels: RegisterLabels, withText = true): string {
  const entry = labels.legalBases[code as LegalBasisCode] as
    RegisterLabels['legalBases'][LegalBasisCode] | undefined;
  if (!entry) return code;
  return withText ? `${entry.norm} – ${entry.text}` : entry.norm;
}

/** The marker of a special category, e.g. " (Art. 9)", or ''. */
export function specialMark(category: ActivityDataCategory, labels: RegisterLabels): string {
  return category.special === 'none' ? '' : ` (${labels.document.specialMarks[category.special]})`;
}

export function dataCategoryLabel(category: ActivityDataCategory, labels: RegisterLabels): string {
  return `${category.name}${specialMark(category, labels)}`;
}

/** "Name" or, for a recipient with a country, "Name (Land: USA)". */
export function recipientLabel(recipient: ActivityRecipient, labels: RegisterLabels): string {
  const country = recipient.country.trim();
  return country ? `${recipient.name} (${labels.document.country}: ${country})` : recipient.name;
}

/**
 * A transfer as the documents print it: one recorded on the activity, or one derived from
 * a linked processor (core/rules/transfers.ts `activityTransfers`), which also says through
 * which processor it goes and carries the processor's transfer impact assessment.
 */
export type PrintableTransfer = ActivityTransfer | ThirdCountryTransfer;

const derived = (t: PrintableTransfer): t is ThirdCountryTransfer => 'source' in t;

/** "Cloud Inc. (Auftragsverarbeiter)", "AWS (Unterauftragsverarbeiter von Cloud Inc.)". */
function transferRecipient(t: PrintableTransfer, labels: RegisterLabels): string {
  const d = labels.document;
  if (!derived(t) || t.source === 'activity') return inlineText(t.recipient);
  const role =
    t.source === 'processor'
      ? d.transferProcessor
      : d.transferSubProcessor.replace('{processor}', t.via);
  return `${t.recipient} (${role})`;
}

/** The details after the country of a transfer: recipient, safeguard, documentation, TIA. */
export function transferDetails(
  transfer: PrintableTransfer,
  labels: RegisterLabels,
  language: Language = 'de',
): string[] {
  const d = labels.document;
  const parts = [`${d.transferSafeguard}: ${labels.safeguards[transfer.safeguard]}`];
  const recipient = transferRecipient(transfer, labels);
  if (recipient) parts.unshift(`${d.transferRecipient}: ${recipient}`);
  const note = inlineText(transfer.safeguardNote);
  if (note) parts.push(`${d.transferDocumentation}: ${note}`);
  if (derived(transfer) && (transfer.tiaDoneOn || transfer.tiaReference)) {
    const tia = [formatLegalDate(transfer.tiaDoneOn, language), transfer.tiaReference];
    parts.push(`${d.transferTia}: ${tia.filter(Boolean).join(', ')}`);
  }
  return parts;
}

/** The country of a transfer, or "nicht angegeben" for a processor without one. */
export const transferCountry = (transfer: PrintableTransfer, labels: RegisterLabels): string =>
  transfer.country.trim() || `${labels.document.country}: ${labels.document.empty}`;

export function transferLabel(
  transfer: PrintableTransfer,
  labels: RegisterLabels,
  language: Language = 'de',
): string {
  return [transferCountry(transfer, labels), ...transferDetails(transfer, labels, language)].join(
    ' – ',
  );
}

/** Splits recipients into the DSK groups internal / external / third country. */
export function recipientGroups(activity: Activity) {
  return {
    internal: activity.recipients.filter((r) => r.type === 'internal'),
    external: activity.recipients.filter((r) => r.type === 'external'),
    thirdCountry: activity.recipients.filter((r) => r.type === 'third_country'),
  };
}

/** Heading of an activity: its position in the export and its name. */
export function activityTitle(activity: Activity, index: number): string {
  return `${index + 1}. ${activity.name}`;
}

// Windows forbids these in file names; control characters confuse every platform.
// eslint-disable-next-line no-control-regex
const forbiddenInFilename = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * Makes a client name safe for a file name on Windows, macOS and Linux: forbidden
 * characters and whitespace become "_", and leading/trailing dots or "_" are dropped
 * (Windows strips trailing dots). Umlauts stay: every current file system stores them.
 */
export function sanitizeFilenamePart(value: string, maxLength = 80): string {
  return value
    .normalize('NFC')
    .replace(forbiddenInFilename, '_')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .slice(0, maxLength)
    .replace(/^[._]+|[._]+$/g, '');
}

/** "Verarbeitungsverzeichnis_Müller_&_Söhne_GmbH_2026-11-23.docx" */
export function registerFilename(
  clientName: string,
  labels: RegisterLabels,
  generatedAt: Date,
  extension: string,
): string {
  const client = sanitizeFilenamePart(clientName);
  const parts = [labels.document.filenameStem, client, dateInBerlin(generatedAt)].filter(Boolean);
  return `${parts.join('_')}.${extension}`;
}
