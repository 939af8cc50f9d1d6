import { Paragraph } from 'docx';
import { fill } from '../i18n/requests-letters';
import { registerLabels } from '../i18n/register-labels';
import { withdrawalBlocks } from './consent-letter';
import { art15Body } from './requests-art15';
import { bulletList, run, sentenceParagraphs } from './docx-parts';
import {
  buildLetterDocument,
  freeText,
  letterFilename,
  letterValues,
  lettersOf,
  packLetter,
  para,
  type Block,
  type RequestLetterInput,
} from './requests-letter-frame';
import { informsRecipients } from '../rules/requests-workflow';
import { formatLegalDate, inlineText } from './format';

// The letters to a requester as Word documents: acknowledgement, request for
// identification, extension, interim notice, the Art. 15 reply, confirmation of
// rectification / erasure / restriction (with the Art. 19 recipients) and refusal.

export type { RequestLetterInput, LetterActivity } from './requests-letter-frame';

/** "Name, Street 1, 12345 Town" of the supervisory authority, for the right to complain. */
export function authorityLine(input: RequestLetterInput): string {
  const a = input.request.authority;
  if (!a) return '';
  const name = input.language === 'de' ? a.name : a.nameEn;
  return [name, ...a.address, a.website].join(', ');
}

/** The lead-in sentence and the kind's own parts (what was corrected, erased, stopped). */
function outcomeBlocks(input: RequestLetterInput): Block[] {
  const t = lettersOf(input);
  const r = input.request;
  const o = r.reply.outcome;
  const values = letterValues(input);
  const lead = (text: string) => para(fill(text, values));
  switch (r.kind) {
    case 'rectification':
      return [
        lead(t.confirmation.rectification),
        ...(o.corrections.trim() ? [para(t.corrections), ...freeText(o.corrections)] : []),
      ];
    case 'erasure':
      return erasureBlocks(input);
    case 'restriction':
      return [
        lead(t.confirmation.restriction),
        ...(o.restrictionGround ? [para(t.restriction.grounds[o.restrictionGround])] : []),
        ...(o.restrictedData.trim()
          ? [para(t.restriction.data), ...freeText(o.restrictedData)]
          : []),
        para(t.restriction.effect),
      ];
    case 'objection':
      return [
        lead(o.objectionType ? t.objection.types[o.objectionType] : t.confirmation.objection),
        ...(o.stoppedProcessing.trim()
          ? [para(t.objection.stopped), ...freeText(o.stoppedProcessing)]
          : []),
      ];
    case 'portability':
      return [
        lead(t.confirmation.portability),
        ...(input.copyFiles.length > 0
          ? [para(t.portabilityFiles), ...bulletList(input.copyFiles, '')]
          : []),
        ...freeText(r.reply.copyDescription),
      ];
    default:
      return [lead(t.confirmation[r.kind])];
  }
}

/**
 * Art. 17: what was erased, what is kept under a retention duty (17(3)(b)) and restricted,
 * and what is restricted instead of erased, each with its reason.
 */
function erasureBlocks(input: RequestLetterInput): Block[] {
  const t = lettersOf(input);
  const items = input.request.reply.outcome.erasureItems;
  const values = letterValues(input);
  const allDeleted = items.every((i) => i.outcome === 'deleted');
  const blocks: Block[] = [
    para(fill(allDeleted ? t.confirmation.erasure : t.erasure.partialIntro, values)),
  ];
  for (const outcome of ['deleted', 'retained', 'restricted'] as const) {
    const group = items.filter((i) => i.outcome === outcome);
    if (group.length === 0) continue;
    blocks.push(para(t.erasure.groups[outcome]));
    blocks.push(
      ...bulletList(
        group.map((i) => (i.detail.trim() ? `${i.name}: ${inlineText(i.detail)}` : i.name)),
        '',
      ),
    );
  }
  return blocks;
}

function confirmationBody(input: RequestLetterInput): Block[] {
  const t = lettersOf(input);
  const r = input.request;
  const blocks: Block[] = [
    ...outcomeBlocks(input),
    ...withdrawalBlocks(input.consent, input.language),
  ];
  const done = r.recipients.filter((x) => x.doneOn);
  if (informsRecipients(r.kind) && done.length > 0) {
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

function refusalBody(input: RequestLetterInput): Block[] {
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

function simpleBody(lines: string[], input: RequestLetterInput): Block[] {
  const values = letterValues(input);
  return lines.flatMap((line) => sentenceParagraphs(line, values, fill));
}

export function letterBody(input: RequestLetterInput): Block[] {
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
export async function buildRequestLetter(
  input: RequestLetterInput,
): Promise<{ filename: string; bytes: Uint8Array }> {
  const bytes = await packLetter(buildLetterDocument(input, letterBody(input)));
  return { filename: letterFilename(input), bytes };
}
