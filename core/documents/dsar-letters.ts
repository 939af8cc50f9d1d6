import { Paragraph } from 'docx';
import { fill } from '../i18n/dsar-letters';
import { registerLabels } from '../i18n/register-labels';
import { art15Body } from './dsar-art15';
import { bulletList, run } from './docx-parts';
import {
  buildLetterDocument,
  freeText,
  letterFilename,
  letterValues,
  lettersOf,
  packLetter,
  para,
  type Block,
  type DsarLetterInput,
} from './dsar-letter-frame';
import { formatLegalDate } from './format';

// The letters to a requester as Word documents: acknowledgement, request for
// identification, extension, interim notice, the Art. 15 reply, confirmation of
// rectification / erasure / restriction (with the Art. 19 recipients) and refusal.

export type { DsarLetterInput } from './dsar-letter-frame';

/** "Name, Street 1, 12345 Town" of the supervisory authority, for the right to complain. */
export function authorityLine(input: DsarLetterInput): string {
  const a = input.request.authority;
  if (!a) return '';
  const name = input.language === 'de' ? a.name : a.nameEn;
  return [name, ...a.address, a.website].join(', ');
}

function confirmationBody(input: DsarLetterInput): Block[] {
  const t = lettersOf(input);
  const r = input.request;
  const values = letterValues(input);
  const blocks: Block[] = [para(fill(t.confirmation[r.kind], values))];
  const done = r.recipients.filter((x) => x.doneOn);
  if (['rectification', 'erasure', 'restriction'].includes(r.kind) && done.length > 0) {
    blocks.push(para(t.art19Intro));
    blocks.push(
      ...bulletList(
        done.map((x) => `${x.name} (${formatLegalDate(x.doneOn, input.language)})`),
        '',
      ),
    );
  }
  return [...blocks, ...freeText(r.reply.replyText)];
}

function refusalBody(input: DsarLetterInput): Block[] {
  const t = lettersOf(input);
  const r = input.request;
  const ground = r.refusal ? t.refusalGrounds[r.refusal.ground] : '';
  return [
    para(fill(t.refusalIntro, letterValues(input))),
    ...(ground ? [para(ground)] : []),
    ...freeText(r.refusal?.note ?? ''),
    ...freeText(r.reply.replyText),
    new Paragraph({
      spacing: { before: 120 },
      children: [run(fill(t.remedies, { authority: authorityLine(input) }))],
    }),
  ];
}

function simpleBody(lines: string[], input: DsarLetterInput): Block[] {
  const values = letterValues(input);
  return lines.map((line) => para(fill(line, values).trim()));
}

export function letterBody(input: DsarLetterInput): Block[] {
  const t = lettersOf(input);
  switch (input.letter) {
    case 'acknowledgement':
      return simpleBody(t.acknowledgement, input);
    case 'identification':
      return simpleBody(t.identification, input);
    case 'extension':
      return simpleBody(t.extension, input);
    case 'interim':
      return simpleBody(t.interim, input);
    case 'art15':
      return [
        ...art15Body(input, registerLabels[input.language], authorityLine(input)),
        // Set apart, so it does not read as part of the last section.
        ...(input.integrityNote
          ? [new Paragraph({ spacing: { before: 360 }, children: [run(input.integrityNote)] })]
          : []),
      ];
    case 'confirmation':
      return confirmationBody(input);
    case 'refusal':
      return refusalBody(input);
  }
}

/** The letter as .docx bytes with its file name. */
export async function buildDsarLetter(
  input: DsarLetterInput,
): Promise<{ filename: string; bytes: Uint8Array }> {
  const bytes = await packLetter(buildLetterDocument(input, letterBody(input)));
  return { filename: letterFilename(input), bytes };
}
