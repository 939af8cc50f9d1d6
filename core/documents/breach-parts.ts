import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { Authority, Breach, BreachDocument, Language, Client } from '../api';
import { breachTexts, fillText, type BreachTexts } from '../i18n/breach-texts';
import { berlinClock } from '../rules/calendar';
import {
  cleanText,
  houseStyles,
  pageFooter,
  pageProperties,
  run,
  styleIds,
  textParagraphs,
} from './docx-parts';
import { formatLegalDate, sanitizeFilenamePart } from './format';
import { postalAddress } from './postal-address';

// Shared pieces of the breach documents: what a builder receives, times in Berlin, the
// letter frame (sender, address, place and date, subject) and the file name.

export type Block = Paragraph | Table;

/** What the builders of one breach's documents receive; the handler loads it. */
export interface BreachDocumentInput {
  breach: Breach;
  client: Client;
  /** The supervisory authority of the client's Land (assets/authorities.json). */
  authority: Authority;
  language: Language;
  generatedAt: Date;
  /** Who signs: the name and role in Settings. */
  signer: { name: string; role: string };
  /** Set when the change history failed its check (core/i18n/audit-integrity.ts). */
  integrityNote?: string;
}

export const textsOf = (language: Language): BreachTexts => breachTexts[language];

/** "20.11.2026, 10:15 Uhr" / "20 November 2026, 10:15 (German time)": the Berlin wall clock. */
export function formatBerlin(instant: string | null, language: Language): string {
  if (!instant) return '';
  const { date, time } = berlinClock(instant);
  return fillText(textsOf(language).at, { date: formatLegalDate(date, language), time });
}

/** The calendar date in Berlin of an instant, in the document language. */
export const berlinDate = (instant: Date | string, language: Language) =>
  formatLegalDate(berlinClock(instant).date, language);

/** When it happened: a point, a period, or "not known". */
export function occurredText(b: Breach, language: Language): string {
  const t = textsOf(language);
  if (!b.occurredFrom) return t.unknown;
  if (!b.occurredTo) return formatBerlin(b.occurredFrom, language);
  return fillText(t.range, {
    from: formatBerlin(b.occurredFrom, language),
    to: formatBerlin(b.occurredTo, language),
  });
}

/** "ca. 120 – Schätzung aus dem Verteiler" or "nicht bekannt". */
export const countText = (n: number | null, language: Language): string =>
  n === null ? textsOf(language).unknown : n.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB');

export const dataLabel = (d: Breach['data'][number]) =>
  d.special === 'none' ? d.name : `${d.name} (${d.special === 'art9' ? 'Art. 9' : 'Art. 10'})`;

export const para = (text: string, options: { bold?: boolean } = {}) =>
  new Paragraph({ children: [run(text, options)] });

export const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text)] });

export const label = (text: string) =>
  new Paragraph({ style: styleIds.fieldLabel, text: cleanText(text) });

/** A user's text as paragraphs, or the empty mark. */
export const textBlock = (value: string, language: Language) =>
  textParagraphs(value, textsOf(language).notification.empty);

/** Sender line, address block, place and date, references, subject. */
export function letterHead(
  input: BreachDocumentInput,
  recipient: readonly string[],
  subject: string,
  references: readonly string[],
): Block[] {
  const { client: client, language } = input;
  const sender = [client.name, postalAddress(client)].filter(Boolean).join(' · ');
  const place = [client.city, berlinDate(input.generatedAt, language)].filter(Boolean).join(', ');
  return [
    new Paragraph({ style: styleIds.small, children: [run(sender)] }),
    ...recipient.map((line) => new Paragraph({ spacing: { after: 0 }, children: [run(line)] })),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 360 },
      children: [run(place)],
    }),
    ...references.map((ref) => new Paragraph({ spacing: { after: 0 }, children: [run(ref)] })),
    new Paragraph({ spacing: { before: 240 }, children: [run(subject, { bold: true, size: 26 })] }),
  ];
}

/** Closing, room to sign, the signer and the client. */
export function signature(input: BreachDocumentInput, closing: string): Block[] {
  const signer = [input.signer.name, input.signer.role].map((l) => l.trim()).filter(Boolean);
  return [
    new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [run(closing)] }),
    new Paragraph({
      spacing: { before: 480 },
      keepNext: true,
      children: [run(signer[0] ?? '')],
    }),
    ...signer.slice(1).map((line) => new Paragraph({ keepNext: true, children: [run(line)] })),
    para(input.client.name),
  ];
}

/** The DPO's name and contacts, or empty when the client has none on file. */
export function dpoLine(client: Client): string {
  return [client.dpoName, client.dpoEmail, client.dpoPhone]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}

/** The client's own contact line: e-mail and phone. */
export const controllerContact = (client: Client) =>
  [client.email, client.phone]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');

/** A part of a document: portrait by default, landscape for a wide table. */
export interface DocumentPart {
  children: Block[];
  landscape?: boolean;
}

const landscapePage = {
  page: {
    ...pageProperties.page,
    size: { ...pageProperties.page.size, orientation: PageOrientation.LANDSCAPE },
  },
};

/** The document in the house style; the footer names the client (or "all clients"). */
export function buildDocument(
  input: { language: Language; footerName: string; integrityNote?: string },
  kind: BreachDocument | 'register',
  parts: readonly DocumentPart[],
): Document {
  const t = textsOf(input.language);
  const note = input.integrityNote
    ? [
        new Paragraph({
          style: styleIds.small,
          spacing: { before: 360 },
          children: [run(input.integrityNote)],
        }),
      ]
    : [];
  const title = kind === 'register' ? t.register.title : t.titles[kind];
  const footer = pageFooter([{ name: input.footerName }, t.footers[kind]], t.page, t.pageOf);
  return new Document({
    title: cleanText(title),
    creator: 'Privacy Desk',
    styles: houseStyles(input.language === 'de' ? 'de-DE' : 'en-GB'),
    sections: parts.map((part, index) => ({
      properties: part.landscape ? landscapePage : pageProperties,
      footers: { default: footer },
      children: index === parts.length - 1 ? [...part.children, ...note] : part.children,
    })),
  });
}

/** The frame of one breach's documents. */
export const frameOf = (input: BreachDocumentInput) => ({
  language: input.language,
  footerName: input.client.name,
  integrityNote: input.integrityNote,
});

export async function pack(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** "Meldung_Art33_DP-2026-7_2026-11-20.docx" */
export function breachFilename(
  kind: BreachDocument | 'register',
  language: Language,
  reference: string,
  at: Date,
): string {
  const stem = textsOf(language).filenameStem[kind];
  const parts = [stem, sanitizeFilenamePart(reference, 40), berlinClock(at).date].filter(Boolean);
  return `${parts.join('_')}.docx`;
}
