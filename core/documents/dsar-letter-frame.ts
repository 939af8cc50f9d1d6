import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import type { Table } from 'docx';
import type {
  Activity,
  ActivityProcessor,
  DataRequest,
  Land,
  Language,
  LetterKind,
  Organisation,
} from '../api';
import { dsarLetterTexts, fill, type DsarLetterTexts } from '../i18n/dsar-letters';
import type { ConsentLetterData } from './consent-letter';
import {
  cleanText,
  houseStyles,
  pageFooter,
  run,
  styleIds,
  textParagraphs,
  pageProperties,
} from './docx-parts';
import { formatLegalDate, postalAddress, sanitizeFilenamePart } from './format';

// The frame every letter to a requester shares: sender line, address block, place and date,
// reference lines with the request date and the due date, salutation, body, closing.

export type Block = Paragraph | Table;

/** A processor linked to an activity (named as a recipient in the Art. 15 reply). */
/** A linked processor as the reply needs it: to name it (15(1)(c)) and its transfers (15(2)). */
export type LetterProcessor = ActivityProcessor;

/** An activity as the reply prints it: the register entry with its linked processors. */
export type LetterActivity = Omit<Activity, 'completeness'> & {
  processors: readonly LetterProcessor[];
};

/** What every DSAR letter builder receives; the handler loads it from the workspace. */
export interface DsarLetterInput {
  letter: LetterKind;
  language: Language;
  organisation: Organisation;
  request: DataRequest;
  /** The processing activities confirmed for the reply. */
  activities: readonly LetterActivity[];
  /** The storage period per activity id (Art. 15(1)(d)): its note and linked deletion rules. */
  retentionByActivity: Readonly<Record<number, string>>;
  /** Names of the files attached as the copy of the data (Art. 15(3), Art. 20). */
  copyFiles: readonly string[];
  /** Who signs the letter. */
  signer: { name: string; role: string };
  /**
   * The date the letter bears (`YYYY-MM-DD`): the day it is written, the recorded notice
   * date of an extension or interim notice, the sent date of a sent reply.
   */
  letterDate: string;
  /** Set when the change history failed its check (core/i18n/audit-integrity.ts). */
  integrityNote?: string;
  /** The requester's consent records (core/documents/consent-letter.ts). */
  consent?: ConsentLetterData;
}

/**
 * What a sent reply was built from, stored with the request: the register, the client and
 * the files as they were, so a later change to the register does not change the reply.
 */
export type ReplySnapshot = Omit<DsarLetterInput, 'request' | 'retentionByActivity'> & {
  /** The letter stored as sent (a request attachment), null once it is removed. */
  attachmentId: number | null;
  filename: string;
  /** The client's Land when the reply was sent: its deadlines stay as they were. */
  land: Land;
};

/** The final replies; they do not repeat the time limit they answer within. */
export const isReply = (letter: LetterKind) =>
  letter === 'art15' || letter === 'confirmation' || letter === 'refusal';

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
  const place = [org.city, formatLegalDate(input.letterDate, language)].filter(Boolean).join(', ');
  const v = letterValues(input);
  return [
    new Paragraph({ style: styleIds.small, children: [run(sender)] }),
    // The address block is set solid, as on an envelope.
    ...recipient.map((line) => new Paragraph({ spacing: { after: 0 }, children: [run(line)] })),
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
    ...(isReply(input.letter) ? [] : [para(fill(t.dueLine, { due: v.due! }))]),
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
  const signer = [input.signer.name, input.signer.role].map((l) => l.trim()).filter(Boolean);
  return [
    new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [run(t.closing)] }),
    // Room for the handwritten signature, then who signs and for whom, kept together.
    new Paragraph({
      spacing: { before: 480 },
      keepNext: signer.length > 1,
      children: [run(signer[0] ?? '')],
    }),
    ...signer.slice(1).map((line) => para(line)),
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
    input.letterDate,
  ].filter(Boolean);
  return `${parts.join('_')}.docx`;
}
