import { HeadingLevel, Paragraph } from 'docx';
import type { RegisterLabels } from '../i18n/register-labels';
import { bulletList, cleanText, labelValueTable, run, textParagraphs } from './docx-parts';
import {
  freeText,
  heading,
  lettersOf,
  para,
  type Block,
  type DsarLetterInput,
} from './dsar-letter-frame';
import { dataCategoryLabel, recipientLabel, transferLabel } from './format';

// The Art. 15 reply: confirmation, then per confirmed processing activity the items (a) to
// (d) and (g) of Art. 15(1), the transfers and safeguards of Art. 15(2), the rights (e),
// the supervisory authority (f), automated decisions (h) and the copy of the data (15(3)).
// Everything comes from the register; the user adds the copy and the specific text.

type Activity = DsarLetterInput['activities'][number];

function activityBlocks(
  activity: Activity,
  index: number,
  input: DsarLetterInput,
  labels: RegisterLabels,
): Block[] {
  const t = lettersOf(input).art15;
  const retention = input.retentionByActivity.get(activity.id) ?? '';
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
        [t.recipients, list(activity.recipients.map((r) => recipientLabel(r, labels)))],
        [t.retention, textParagraphs(retention, t.none)],
        [t.source, textParagraphs(activity.dataSource, t.sourceSelf)],
      ],
      t.none,
      3000,
    ),
  ];
}

function transferBlocks(input: DsarLetterInput, labels: RegisterLabels): Block[] {
  const t = lettersOf(input).art15;
  const transfers = input.activities.flatMap((a) =>
    a.transfers.map((x) => `${a.name}: ${transferLabel(x, labels)}`),
  );
  return [heading(t.transfersHeading), ...bulletList(transfers, t.noTransfers)];
}

export function art15Body(
  input: DsarLetterInput,
  labels: RegisterLabels,
  authority: string,
): Block[] {
  const t = lettersOf(input).art15;
  const r = input.request;
  if (input.activities.length === 0) {
    return [para(t.negative), ...freeText(r.reply.replyText)];
  }
  return [
    para(t.intro),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: cleanText(t.activitiesHeading) }),
    ...input.activities.flatMap((a, i) => activityBlocks(a, i, input, labels)),
    ...transferBlocks(input, labels),
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
    para(t.copyIntro),
    ...bulletList(input.copyFiles, t.noCopyFiles),
    ...freeText(r.reply.copyDescription),
    ...(r.reply.replyText.trim()
      ? [heading(t.furtherHeading), ...freeText(r.reply.replyText)]
      : []),
  ];
}
