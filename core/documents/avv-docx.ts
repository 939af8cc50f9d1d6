import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Table } from 'docx';
import { clauseHeading, fill } from '../i18n/avv-labels';
import type { AvvClauseKey } from '../i18n/avv-labels';
import type { AvvDraftInput } from '../rules/avv-completeness';
import { annexBlocks, signatureBlocks } from './avv-docx-annexes';
import { buildAvvView, clauseValues } from './avv-data';
import type { AvvView } from './avv-data';
import { cleanText, houseStyles, pageFooter, run, styleIds, pageProperties } from './docx-parts';

// The built-in AVV draft (Art. 28 GDPR) as a Word document: parties, sixteen clauses in
// the order of Art. 28(3), signatures, then Annexes I-IV after the layout of the
// Commission's clauses 2021/915. Each clause heading names its norm.

type Block = Paragraph | Table;

/** The clause order; the number in the heading is the position here. */
export const clauseOrder: readonly AvvClauseKey[] = [
  'subject',
  'nature',
  'controller',
  'instructions',
  'unlawfulInstructions',
  'confidentiality',
  'security',
  'subProcessors',
  'dataSubjectRights',
  'assistance',
  'breach',
  'deletion',
  'audits',
  'transfers',
  'term',
  'final',
];

const para = (text: string) => new Paragraph({ children: [run(text)] });

function partyBlocks(view: AvvView): Block[] {
  const l = view.labels;
  const centred = (text: string, bold = false, size?: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 120 },
      children: [run(text, { bold, ...(size ? { size } : {}) })],
    });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: cleanText(l.title) }),
    new Paragraph({ style: styleIds.small, children: [run(l.draftNote, { italics: true })] }),
    centred(l.between),
    centred(view.controller.name, true, 26),
    centred(view.controller.address),
    centred(l.controllerRole),
    centred(l.and),
    centred(view.processor.name, true, 26),
    centred(view.processor.address),
    centred(l.processorRole),
    new Paragraph({ spacing: { before: 240 }, children: [run(l.preamble)] }),
  ];
}

/** Extra paragraphs of a clause that depend on the data or the options. */
function clauseExtras(key: AvvClauseKey, view: AvvView): Paragraph[] {
  const l = view.labels;
  const values = clauseValues(view);
  if (key === 'subProcessors') {
    const options =
      view.options.subProcessing === 'specific' ? l.subProcessingSpecific : l.subProcessingGeneral;
    return options.map((text) => para(fill(text, values)));
  }
  if (key === 'transfers') {
    const eu = view.processor.kind === 'eu_eea';
    return [para(eu ? l.transfersNone : fill(l.transfersThirdCountry, values))];
  }
  return [];
}

function clauseBlocks(view: AvvView): Block[] {
  const l = view.labels;
  const values = clauseValues(view);
  return clauseOrder.flatMap((key, i) => {
    const clause = l.clauses[key];
    const body = clause.paragraphs.map((text) => para(fill(text, values)));
    // Sub-processing options sit before the flow-down paragraphs they qualify.
    const extras = clauseExtras(key, view);
    return [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        text: cleanText(clauseHeading(l, key, i + 1)),
      }),
      ...(key === 'subProcessors' ? [...extras, ...body] : [...body, ...extras]),
    ];
  });
}

/** The draft as a docx `Document`; pack it with `avvDocxBuffer`. */
export function buildAvvDocx(view: AvvView): Document {
  const l = view.labels;
  const footer = [
    l.footer,
    { name: view.controller.name },
    { name: view.processor.name },
    view.date,
  ];
  return new Document({
    title: cleanText(`${l.title} – ${view.processor.name}`),
    creator: l.generatedBy,
    description: cleanText(`${l.title} – ${view.controller.name} / ${view.processor.name}`),
    styles: houseStyles(view.language === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: pageProperties,
        footers: { default: pageFooter(footer, l.page, l.pageOf) },
        children: [
          ...partyBlocks(view),
          ...clauseBlocks(view),
          ...signatureBlocks(view),
          ...annexBlocks(view),
        ],
      },
    ],
  });
}

/** The packed .docx bytes (no Node Buffer needed, as for the register). */
export async function packAvvDocx(view: AvvView): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildAvvDocx(view)));
}

export const avvDocxBuffer = (input: AvvDraftInput) => packAvvDocx(buildAvvView(input));
