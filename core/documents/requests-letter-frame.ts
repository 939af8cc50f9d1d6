import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type {
  Activity,
  ActivityProcessor,
  DataRequest,
  Land,
  Language,
  LetterKind,
  Client,
} from '../api';
import { requestLetterTexts, fill, type RequestLetterTexts } from '../i18n/requests-letters';
import type { ConsentLetterData } from './consent-letter';
import {
  cleanText,
  houseStyles,
  pageFooter,
  PAGE,
  run,
  styleIds,
  textParagraphs,
  pageProperties,
} from './docx-parts';
import { formatLegalDate, sanitizeFilenamePart } from './format';
import { isGermany, townLine } from './postal-address';
import { fitSenderLine, SMALL_SIZE } from './text-fit';

// The frame every letter to a requester shares: sender line, address block, place and date,
// reference lines with the request date and the due date, salutation, body, closing. The
// address sits where the window of a DL envelope shows it (DIN 5008 form B: the address
// field 45 mm from the top edge, 85 mm wide); the space above is left for a letterhead.

export type Block = Paragraph | Table;

/** A processor linked to an activity (named as a recipient in the Art. 15 reply). */
/** A linked processor as the reply needs it: to name it (15(1)(c)) and its transfers (15(2)). */
export type LetterProcessor = ActivityProcessor;

/** An activity as the reply prints it: the register entry with its linked processors. */
export type LetterActivity = Omit<Activity, 'completeness'> & {
  processors: readonly LetterProcessor[];
};

/** What every DSAR letter builder receives; the handler loads it from the workspace. */
export interface RequestLetterInput {
  letter: LetterKind;
  language: Language;
  client: Client;
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
export type ReplySnapshot = Omit<RequestLetterInput, 'request' | 'retentionByActivity'> & {
  /** The letter stored as sent (a request attachment), null once it is removed. */
  attachmentId: number | null;
  filename: string;
  /** The client's Land when the reply was sent: its deadlines stay as they were. */
  land: Land;
};

/** The final replies; they do not repeat the time limit they answer within. */
export const isReply = (letter: LetterKind) =>
  letter === 'art15' || letter === 'confirmation' || letter === 'refusal';

export const lettersOf = (input: RequestLetterInput): RequestLetterTexts =>
  requestLetterTexts[input.language];

/** The values every letter text may use: `{received}`, `{due}`, `{kind}`, `{name}`. */
export function letterValues(input: RequestLetterInput): Record<string, string> {
  const t = lettersOf(input);
  const r = input.request;
  return {
    received: formatLegalDate(r.receivedOn, input.language),
    due: formatLegalDate(r.deadlines.due, input.language),
    kind: t.kinds[r.kind],
    kindAs: t.kindsAs[r.kind],
    name: r.requesterName,
    // As typed; `sentenceParagraphs` keeps their lines (core/documents/docx-parts.ts).
    reason: r.extension?.reason ?? '',
    note: r.interim?.reason ?? '',
  };
}

/** The sender line in 7 pt, the size DIN 5008 expects above the address. */
const SENDER_SIZE = 14;
/** The address field of DIN 5008 is 85 mm wide (56.7 twips a millimetre). */
const ADDRESS_FIELD = Math.round(85 * 56.7);
/** From the top margin (20 mm) down to the sender line, at about 50 mm from the top edge. */
const ABOVE_SENDER = Math.round(30 * 56.7);

/**
 * "Müller & Söhne GmbH · Hauptstraße 1 · 80331 München": the return address above the
 * recipient's, on one line (core/documents/text-fit.ts `fitSenderLine`). The country only
 * for a sender outside Germany.
 */
export function senderLine(client: Client): string {
  return fitSenderLine(
    {
      name: client.name,
      street: client.street,
      town: townLine(client),
      country: isGermany(client.country) ? '' : client.country,
    },
    ADDRESS_FIELD,
    PAGE.text,
    SENDER_SIZE,
  );
}

export const para = (text: string) => new Paragraph({ children: [run(text)] });

export const heading = (text: string) =>
  new Paragraph({ style: styleIds.fieldLabel, text: cleanText(text) });

function headerBlocks(input: RequestLetterInput): Block[] {
  const t = lettersOf(input);
  const { client: client, request: r, language } = input;
  const recipient = [r.requesterName, ...r.requesterAddress.split(/\r?\n/)]
    .map((l) => l.trim())
    .filter(Boolean);
  if (r.requesterAddress.trim() === '' && r.requesterEmail) recipient.push(r.requesterEmail);
  const place = [client.city, formatLegalDate(input.letterDate, language)]
    .filter(Boolean)
    .join(', ');
  const v = letterValues(input);
  return [
    new Paragraph({
      style: styleIds.small,
      spacing: { before: ABOVE_SENDER, after: 120 },
      children: [run(senderLine(client), { size: SENDER_SIZE })],
    }),
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

function closingBlocks(input: RequestLetterInput): Block[] {
  const t = lettersOf(input);
  const client = input.client;
  const dpo = [client.dpoName, client.dpoEmail, client.dpoPhone].filter(Boolean).join(', ');
  const signer = [input.signer.name, input.signer.role].map((l) => l.trim()).filter(Boolean);
  // DIN 5008: the closing, the firm the letter is written for, room for the handwritten
  // signature, then the signer's name and role, and the DPO's contact in small print. One
  // paragraph that is never split: Word and LibreOffice move it whole to the next page, so
  // no page holds a lone contact line or a signature without its closing.
  const line = (text: string, breaks: number, small = false) =>
    new TextRun({
      text: cleanText(text),
      break: breaks,
      ...(small ? { size: SMALL_SIZE, color: '595959' } : {}),
    });
  return [
    new Paragraph({
      spacing: { before: 240 },
      keepLines: true,
      children: [
        run(t.closing),
        line(client.name, 1),
        // Two empty lines for the signature.
        line(signer[0] ?? '', 3),
        ...signer.slice(1).map((text) => line(text, 1)),
        ...(dpo ? [line(fill(t.dpoContact, { dpo }), 2, true)] : []),
      ],
    }),
  ];
}

/** The user's own free text of the reply, if any. */
export const freeText = (text: string): Block[] => (text.trim() ? textParagraphs(text, '') : []);

export function buildLetterDocument(input: RequestLetterInput, body: Block[]): Document {
  const t = lettersOf(input);
  const title = `${t.subjects[input.letter]} – ${input.request.requesterName}`;
  return new Document({
    title: cleanText(title),
    creator: 'Privacy Desk',
    styles: houseStyles(input.language === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: pageProperties,
        footers: { default: pageFooter(input.client.name, t.page, t.pageOf) },
        children: [...headerBlocks(input), ...body, ...closingBlocks(input)],
      },
    ],
  });
}

export async function packLetter(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** "Auskunft_Art15_Erika_Mustermann_2026-11-23.docx" */
export function letterFilename(input: RequestLetterInput): string {
  const t = lettersOf(input);
  const parts = [
    t.filenameStem[input.letter],
    sanitizeFilenamePart(input.request.requesterName, 60),
    input.letterDate,
  ].filter(Boolean);
  return `${parts.join('_')}.docx`;
}
