import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { Activity, DataRequest, Language, LetterKind, Organisation } from '../api';
import { dsarLetterTexts, fill, type DsarLetterTexts } from '../i18n/dsar-letters';
import {
  cleanText,
  houseStyles,
  pageFooter,
  run,
  styleIds,
  textParagraphs,
  pageProperties,
} from './docx-parts';
import {
  formatDate,
  formatLegalDate,
  isoLocalDate,
  postalAddress,
  sanitizeFilenamePart,
} from './format';

// The frame every letter to a requester shares: sender line, address block, place and date,
// reference lines with the request date and the due date, salutation, body, closing.

export type Block = Paragraph | Table;

/** What every DSAR letter builder receives; the handler loads it from the workspace. */
export interface DsarLetterInput {
  letter: LetterKind;
  language: Language;
  organisation: Organisation;
  request: DataRequest;
  /** The processing activities confirmed for the Art. 15 reply. */
  activities: readonly Omit<Activity, 'completeness'>[];
  /**
   * The storage period per activity id (Art. 15(1)(d)). Today the activity's `retention`
   * text; the retention module (issue 5) can supply its linked deletion rules here instead.
   */
  retentionByActivity: ReadonlyMap<number, string>;
  /** Names of the files attached as the copy of the data (Art. 15(3)). */
  copyFiles: readonly string[];
  generatedAt: Date;
  /** Set when the change history failed its check (core/i18n/audit-integrity.ts). */
  integrityNote?: string;
}

export const lettersOf = (input: DsarLetterInput): DsarLetterTexts =>
  dsarLetterTexts[input.language];

/** The values every letter text may use: `{received}`, `{due}`, `{kind}`, `{name}`. */
export function letterValues(input: DsarLetterInput): Record<string, string> {
  const t = lettersOf(input);
  const r = input.request;
  return {
    received: formatLegalDate(r.receivedOn, input.language),
    due: formatLegalDate(r.deadlines.due, input.language),
    kind: t.kinds[r.kind],
    name: r.requesterName,
    reason: r.extension?.reason ?? '',
    note: r.interim?.reason ?? '',
  };
}

export const para = (text: string) => new Paragraph({ children: [run(text)] });

export const heading = (text: string) =>
  new Paragraph({ style: styleIds.fieldLabel, text: cleanText(text) });

function headerBlocks(input: DsarLetterInput): Block[] {
  const t = lettersOf(input);
  const { organisation: org, request: r, language } = input;
  const sender = [org.name, postalAddress(org)].filter(Boolean).join(' · ');
  const recipient = [r.requesterName, ...r.requesterAddress.split(/\r?\n/)]
    .map((l) => l.trim())
    .filter(Boolean);
  if (r.requesterAddress.trim() === '' && r.requesterEmail) recipient.push(r.requesterEmail);
  const place = [org.city, formatDate(input.generatedAt, language)].filter(Boolean).join(', ');
  const v = letterValues(input);
  return [
    new Paragraph({ style: styleIds.small, children: [run(sender)] }),
    ...recipient.map((line) => para(line)),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 360 },
      children: [run(place)],
    }),
    new Paragraph({
      spacing: { before: 240 },
      children: [run(t.subjects[input.letter], { bold: true, size: 26 })],
    }),
    para(fill(t.yourRequest, { date: v.received!, kind: v.kind! })),
    para(fill(t.reference, { ref: `DS-${r.receivedOn.slice(0, 4)}-${r.id}` })),
    para(fill(t.dueLine, { due: v.due! })),
    new Paragraph({
      spacing: { before: 240 },
      children: [run(fill(t.salutation, { name: r.requesterName }))],
    }),
  ];
}

function closingBlocks(input: DsarLetterInput): Block[] {
  const t = lettersOf(input);
  const org = input.organisation;
  const dpo = [org.dpoName, org.dpoEmail, org.dpoPhone].filter(Boolean).join(', ');
  return [
    new Paragraph({ spacing: { before: 240 }, children: [run(t.closing)] }),
    para(org.name),
    ...(dpo
      ? [
          new Paragraph({
            style: styleIds.small,
            spacing: { before: 240 },
            children: [run(fill(t.dpoContact, { dpo }))],
          }),
        ]
      : []),
  ];
}

/** The user's own free text of the reply, if any. */
export const freeText = (text: string): Block[] => (text.trim() ? textParagraphs(text, '') : []);

export function buildLetterDocument(input: DsarLetterInput, body: Block[]): Document {
  const t = lettersOf(input);
  const title = `${t.subjects[input.letter]} – ${input.request.requesterName}`;
  return new Document({
    title: cleanText(title),
    creator: 'Privacy Desk',
    styles: houseStyles(input.language === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: pageProperties,
        footers: { default: pageFooter(input.organisation.name, t.page, t.pageOf) },
        children: [...headerBlocks(input), ...body, ...closingBlocks(input)],
      },
    ],
  });
}

export async function packLetter(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** "Auskunft_Art15_Erika_Mustermann_2026-11-23.docx" */
export function letterFilename(input: DsarLetterInput): string {
  const t = lettersOf(input);
  const parts = [
    t.filenameStem[input.letter],
    sanitizeFilenamePart(input.request.requesterName, 60),
    isoLocalDate(input.generatedAt),
  ].filter(Boolean);
  return `${parts.join('_')}.docx`;
}
