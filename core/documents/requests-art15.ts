import { HeadingLevel, Paragraph } from 'docx';
import type { RegisterLabels } from '../i18n/register-labels';
import { activityTransfers } from '../rules/transfers';
import { consentSection, hasConsentHistory } from './consent-letter';
import { bulletList, cleanText, labelValueTable, run, textParagraphs } from './docx-parts';
import {
  freeText,
  heading,
  lettersOf,
  para,
  type Block,
  type RequestLetterInput,
} from './requests-letter-frame';
import { dataCategoryLabel, recipientLabel, transferCountry, transferDetails } from './format';

// The Art. 15 reply: confirmation, then per confirmed processing activity the items (a) to
// (d) and (g) of Art. 15(1), the transfers and safeguards of Art. 15(2), the rights (e),
// the supervisory authority (f), automated decisions (h) and the copy of the data (15(3)).
// Everything comes from the register; the user adds the copy and the specific text.

type Activity = RequestLetterInput['activities'][number];

/**
 * Art. 15(1)(c) as the CJEU reads it (C-154/21): the actual recipients where they are known.
 * The processors linked in the register are named; the register's recipients follow as
 * they are recorded (a named recipient, or a category where no name is known).
 */
export function recipientLines(
  activity: Activity,
  input: RequestLetterInput,
  labels: RegisterLabels,
) {
  const t = lettersOf(input).art15;
  const named = activity.processors.map((p) => {
    const abroad = p.countryKind !== 'eu_eea' && p.country.trim() !== '';
    return `${p.name} (${t.processor}${abroad ? `, ${p.country.trim()}` : ''})`;
  });
  const known = new Set(activity.processors.map((p) => p.name.toLocaleLowerCase('de')));
  const others = activity.recipients
    .filter((r) => !known.has(r.name.toLocaleLowerCase('de')))
    .map((r) => recipientLabel(r, labels));
  return [...named, ...others];
}

/**
 * Art. 15(2): one line per transfer of the confirmed activities: country, recipient and
 * the safeguard (Art. 46). The list is the register's: what the user recorded and what
 * follows from linked processors and their sub-processors in third countries
 * (core/rules/transfers.ts). The documentation note and the transfer impact assessment are
 * for the authority and are not printed here.
 */
export function transferLines(input: RequestLetterInput, labels: RegisterLabels): string[] {
  return input.activities.flatMap((a) =>
    activityTransfers(a).map((x) => {
      const details = transferDetails(
        { ...x, safeguardNote: '', tiaDoneOn: null, tiaReference: '' },
        labels,
        input.language,
      );
      return `${a.name}: ${[transferCountry(x, labels), ...details].join(' – ')}`;
    }),
  );
}

/** Art. 15(3): files attached, a copy described, or nothing enclosed; never two of them. */
export function copyBlocks(input: RequestLetterInput): Block[] {
  const t = lettersOf(input).art15;
  const description = input.request.reply.copyDescription;
  if (input.copyFiles.length > 0) {
    return [para(t.copyFiles), ...bulletList(input.copyFiles, ''), ...freeText(description)];
  }
  if (description.trim()) return [para(t.copyDescribed), ...freeText(description)];
  return [para(t.copyNone)];
}

/** Whether the reply comes with a copy of the data (files or a described copy). */
export const hasCopy = (input: RequestLetterInput) =>
  input.copyFiles.length > 0 || input.request.reply.copyDescription.trim() !== '';

function activityBlocks(
  activity: Activity,
  index: number,
  input: RequestLetterInput,
  labels: RegisterLabels,
): Block[] {
  const t = lettersOf(input).art15;
  const retention = input.retentionByActivity[activity.id] ?? '';
  const list = (items: string[]) => bulletList(items, t.none);
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      text: cleanText(`${index + 1}. ${activity.name}`),
    }),
    labelValueTable(
      [
        [t.purposes, textParagraphs(activity.purposes, t.none)],
        [t.dataCategories, list(activity.dataCategories.map((d) => dataCategoryLabel(d, labels)))],
        [t.recipients, list(recipientLines(activity, input, labels))],
        [t.retention, textParagraphs(retention, t.none)],
        [
          t.source,
          activity.dataSource.trim()
            ? textParagraphs(activity.dataSource, '')
            : [para(t.sourceSelf)],
        ],
      ],
      t.none,
      3000,
    ),
  ];
}

function transferBlocks(input: RequestLetterInput, labels: RegisterLabels): Block[] {
  const t = lettersOf(input).art15;
  return [heading(t.transfersHeading), ...bulletList(transferLines(input, labels), t.noTransfers)];
}

export function art15Body(
  input: RequestLetterInput,
  labels: RegisterLabels,
  authority: string,
): Block[] {
  const t = lettersOf(input).art15;
  const r = input.request;
  if (input.activities.length === 0 && !hasConsentHistory(input.consent)) {
    return [para(t.negative), ...freeText(r.reply.replyText)];
  }
  return [
    para(hasCopy(input) ? t.intro : t.introNoCopy),
    ...(input.activities.length > 0
      ? [new Paragraph({ heading: HeadingLevel.HEADING_1, text: cleanText(t.activitiesHeading) })]
      : []),
    ...input.activities.flatMap((a, i) => activityBlocks(a, i, input, labels)),
    ...transferBlocks(input, labels),
    ...consentSection(input.consent, input.language),
    heading(t.rightsHeading),
    ...bulletList(t.rights, ''),
    heading(t.complaintHeading),
    para(t.complaint),
    new Paragraph({ children: [run(authority, { bold: true })] }),
    heading(t.automatedHeading),
    ...(r.reply.automatedDecisions.trim()
      ? textParagraphs(r.reply.automatedDecisions, '')
      : [para(t.automatedNone)]),
    heading(t.copyHeading),
    ...copyBlocks(input),
    ...(r.reply.replyText.trim()
      ? [heading(t.furtherHeading), ...freeText(r.reply.replyText)]
      : []),
  ];
}
