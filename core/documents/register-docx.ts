import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { Client } from '../api';
import { clientHeading, registerLabels } from '../i18n/register-labels';
import type { RegisterLabels } from '../i18n/register-labels';
import {
  cleanText,
  emptyParagraph,
  houseStyles,
  labelValueTable,
  pageFooter,
  run,
  styleIds,
  pageProperties,
} from './docx-parts';
import { activitySection } from './register-docx-activity';
import { activityTitle, formatDate, registerFilename } from './format';
import { addressLines } from './postal-address';
import type { RegisterExportInput } from './format';

// The Art. 30(1) register of one client as a Word document: a cover with the controller's
// details (lit. a), an overview, then one page (or more) per processing activity.

type Block = Paragraph | Table;

function heading(text: string, level: 'title' | 1 = 1): Paragraph {
  return new Paragraph({
    heading: level === 'title' ? HeadingLevel.TITLE : HeadingLevel.HEADING_1,
    text: cleanText(text),
  });
}

function controllerBlocks(client: Client, labels: RegisterLabels): Block[] {
  const o = labels.client;
  const empty = labels.document.empty;
  return [
    heading(clientHeading(labels, 'controller')),
    labelValueTable(
      [
        [o.name, client.name],
        [o.address, addressLines(client).join('\n')],
        [o.phone, client.phone],
        [o.email, client.email],
        [o.website, client.website],
        [o.legalRepresentative, client.legalRepresentative],
        [clientHeading(labels, 'euRepresentative'), client.euRepresentative],
        [o.land, labels.laender[client.land]],
      ],
      empty,
    ),
    heading(clientHeading(labels, 'dpo')),
    labelValueTable(
      [
        [o.dpoName, client.dpoName],
        [o.dpoEmail, client.dpoEmail],
        [o.dpoPhone, client.dpoPhone],
        [o.dpoAddress, client.dpoAddress],
      ],
      empty,
    ),
  ];
}

function coverBlocks(input: RegisterExportInput, labels: RegisterLabels): Block[] {
  const d = labels.document;
  const { client, activities, language } = input;
  const overview = activities.map(
    (activity, i) =>
      new Paragraph({
        children: [
          run(activityTitle(activity, i)),
          run(
            ` (${[activity.number, labels.statuses[activity.status]].filter(Boolean).join(', ')})`,
            { italics: true },
          ),
        ],
      }),
  );
  return [
    heading(d.title, 'title'),
    new Paragraph({ children: [run(d.subtitle)] }),
    new Paragraph({
      spacing: { before: 240, after: 240 },
      children: [run(client.name, { bold: true, size: 32 })],
    }),
    new Paragraph({
      children: [
        run(`${d.exportDate}: `, { bold: true }),
        run(formatDate(input.generatedAt, language)),
      ],
    }),
    new Paragraph({
      children: [run(`${d.activityCount}: `, { bold: true }), run(String(activities.length))],
    }),
    ...(input.integrityNote
      ? [
          new Paragraph({
            spacing: { before: 240 },
            children: [run(input.integrityNote, { bold: true })],
          }),
        ]
      : []),
    ...controllerBlocks(client, labels),
    heading(d.contents),
    ...(overview.length > 0 ? overview : [emptyParagraph(d.noActivities)]),
    new Paragraph({
      style: styleIds.small,
      spacing: { before: 240 },
      children: [run(d.legalNote)],
    }),
  ];
}

/** The register as a docx `Document`; pack it with `registerDocxBuffer` or docx's Packer. */
export function buildRegisterDocx(input: RegisterExportInput): Document {
  const labels = registerLabels[input.language];
  const d = labels.document;
  const { client, activities, language } = input;
  const footer = [
    { name: client.name },
    d.title,
    `${d.exportDate} ${formatDate(input.generatedAt, language)}`,
  ];
  return new Document({
    title: cleanText(`${d.title} – ${client.name}`),
    subject: cleanText(d.subtitle),
    creator: d.generatedBy,
    description: cleanText(`${d.title} – ${client.name}`),
    styles: houseStyles(language === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: pageProperties,
        footers: { default: pageFooter(footer, d.page, d.pageOf) },
        children: [
          ...coverBlocks(input, labels),
          ...activities.flatMap((activity, i) => activitySection(activity, i, labels, language)),
        ],
      },
    ],
  });
}

/**
 * The packed .docx bytes. `toArrayBuffer` rather than `toBuffer`: it needs no Node Buffer,
 * so the same core code also runs in the renderer; in Node the result is the same zip.
 */
export async function registerDocxBuffer(input: RegisterExportInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildRegisterDocx(input)));
}

export function registerDocxFilename(input: RegisterExportInput): string {
  return registerFilename(
    input.client.name,
    registerLabels[input.language],
    input.generatedAt,
    'docx',
  );
}
