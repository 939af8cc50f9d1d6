import { HeadingLevel, Paragraph } from 'docx';
import type { ParagraphChild, Table } from 'docx';
import type { Activity, Language } from '../api';
import { fieldHeading } from '../i18n/register-labels';
import type { RegisterLabels } from '../i18n/register-labels';
import {
  bulletList,
  cleanText,
  emptyParagraph,
  fieldLabel,
  labelValueTable,
  run,
  textParagraphs,
} from './docx-parts';
import { retentionParagraphs } from './register-retention';
import {
  activityTitle,
  formatInstant,
  formatLegalDate,
  inlineText,
  legalBasisLabel,
  recipientGroups,
  recipientLabel,
  specialMark,
  transferCountry,
  transferDetails,
} from './format';
import { activityTransfers } from '../rules/transfers';

// One processing activity of the register: a heading, a small table of administrative
// data (DSK sample form), then every Art. 30(1) item as a labelled block in the order of
// the article. Blocks rather than table rows, because long legal labels wrap badly in a
// narrow table column and a block reads the same in Word and LibreOffice.

type Block = Paragraph | Table;

/** "Begründung: …" on one line; a multi-line value is joined with "; " (`inlineText`). */
function labelled(label: string, value: string, empty: string): Paragraph {
  const text = inlineText(value);
  return new Paragraph({
    children: [run(`${label}: `, { bold: true }), run(text || empty, { italics: !text })],
  });
}

function adminTable(activity: Activity, labels: RegisterLabels, language: Language): Table {
  const f = labels.fields;
  const rows: [string, string][] = [
    [f.number, activity.number],
    [f.status, labels.statuses[activity.status]],
    [f.department, activity.department],
    [f.contactName, activity.contactName],
    [f.contactPhone, activity.contactPhone],
    [f.contactEmail, activity.contactEmail],
    [f.createdAt, formatInstant(activity.createdAt, language)],
    [f.updatedAt, formatInstant(activity.updatedAt, language)],
    [f.nextReview, formatLegalDate(activity.nextReview, language)],
  ];
  return labelValueTable(rows, labels.document.empty);
}

function legalBasisBlock(activity: Activity, labels: RegisterLabels): Paragraph[] {
  const bases = activity.legalBases.map((code) => legalBasisLabel(code, labels));
  const result = bulletList(bases, labels.document.empty);
  if (activity.nationalNorm) {
    result.push(labelled(labels.fields.nationalNorm, activity.nationalNorm, labels.document.empty));
  }
  return result;
}

function dataCategoryItems(activity: Activity, labels: RegisterLabels): ParagraphChild[][] {
  return activity.dataCategories.map((category) => {
    const mark = specialMark(category, labels);
    return mark ? [run(category.name), run(mark, { bold: true })] : [run(category.name)];
  });
}

/** Recipients in the DSK groups; a group without entries is left out. */
function recipientBlock(activity: Activity, labels: RegisterLabels): Paragraph[] {
  const groups = recipientGroups(activity);
  const parts: [string, typeof groups.internal][] = [
    [labels.fields.recipientsInternal, groups.internal],
    [labels.fields.recipientsExternal, groups.external],
    [labels.fields.recipientsThirdCountry, groups.thirdCountry],
  ];
  const result: Paragraph[] = [];
  for (const [title, recipients] of parts) {
    if (recipients.length === 0) continue;
    result.push(new Paragraph({ keepNext: true, children: [run(title, { italics: true })] }));
    result.push(
      ...bulletList(
        recipients.map((r) => recipientLabel(r, labels)),
        '',
      ),
    );
  }
  return result.length > 0 ? result : [emptyParagraph(labels.document.empty)];
}

/** Recorded transfers and those through linked processors and their sub-processors. */
function transferBlock(
  activity: Activity,
  labels: RegisterLabels,
  language: Language,
): Paragraph[] {
  const transfers = activityTransfers(activity);
  if (transfers.length === 0) return [emptyParagraph(labels.document.noTransfers)];
  return bulletList(
    // Country first, then recipient, safeguard, documentation and TIA each on its own line.
    transfers.map((t) => [
      run(transferCountry(t, labels), { bold: true }),
      ...transferDetails(t, labels, language).map((line) => run(line, { breakBefore: true })),
    ]),
    labels.document.empty,
  );
}

function tomBlock(activity: Activity, labels: RegisterLabels): Paragraph[] {
  const empty = labels.document.empty;
  if (!activity.toms && activity.tomsReference) {
    return [labelled(labels.document.reference, activity.tomsReference, empty)];
  }
  const result = textParagraphs(activity.toms, empty);
  if (activity.tomsReference) {
    result.push(labelled(labels.document.reference, activity.tomsReference, empty));
  }
  return result;
}

function dpiaBlock(activity: Activity, labels: RegisterLabels): Paragraph[] {
  const result = [new Paragraph({ children: [run(labels.dpiaStatuses[activity.dpiaStatus])] })];
  if (activity.dpiaReason) {
    result.push(labelled(labels.document.reason, activity.dpiaReason, labels.document.empty));
  }
  return result;
}

/** Every block of one activity; the first heading starts a new page. */
export function activitySection(
  activity: Activity,
  index: number,
  labels: RegisterLabels,
  language: Language,
): Block[] {
  const empty = labels.document.empty;
  const field = (key: Parameters<typeof fieldHeading>[1], body: Paragraph[]): Block[] => [
    fieldLabel(fieldHeading(labels, key)),
    ...body,
  ];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      text: cleanText(activityTitle(activity, index)),
    }),
    adminTable(activity, labels, language),
    ...field('purposes', textParagraphs(activity.purposes, empty)),
    ...field('legalBases', legalBasisBlock(activity, labels)),
    ...field('jointControllers', textParagraphs(activity.jointControllers, empty)),
    ...field(
      'subjects',
      bulletList(
        activity.subjects.map((s) => s.name),
        empty,
      ),
    ),
    ...field('dataCategories', bulletList(dataCategoryItems(activity, labels), empty)),
    ...field('recipients', recipientBlock(activity, labels)),
    ...field('transfers', transferBlock(activity, labels, language)),
    ...field('retention', retentionParagraphs(activity, language, empty)),
    ...field('toms', tomBlock(activity, labels)),
    ...field('dataSource', textParagraphs(activity.dataSource, empty)),
    ...field('itSystems', textParagraphs(activity.itSystems, empty)),
    ...field('dpiaStatus', dpiaBlock(activity, labels)),
  ];
}
