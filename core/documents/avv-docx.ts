import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Table } from 'docx';
import { clauseHeading, fill } from '../i18n/avv-labels';
import type { AvvClauseKey, AvvOptionalClauseKey } from '../i18n/avv-labels';
import type { AvvDraftInput } from '../rules/avv-completeness';
import { annexBlocks, signatureBlocks } from './avv-docx-annexes';
import { buildAvvView, clauseValues } from './avv-data';
import { inlineText } from './format';
import type { AvvView } from './avv-data';
import {
  cleanText,
  houseStyles,
  pageFooter,
  run,
  sentenceParagraphs,
  styleIds,
  pageProperties,
} from './docx-parts';

// The built-in AVV draft (Art. 28 GDPR) as a Word document: parties, the clauses in the
// order of Art. 28(3) (with the optional ones the user switched on), signatures, then
// Annexes I-IV after the layout of the Commission's clauses 2021/915 (an intra-EEA
// model); a third-country transfer names the SCC of 2021/914. Each heading names its norm.

type Block = Paragraph | Table;

/** The clause order; the number in the heading is the position among those included. */
export const clauseOrder: readonly (AvvClauseKey | AvvOptionalClauseKey)[] = [
  'subject',
  'nature',
  'controller',
  'instructions',
  'unlawfulInstructions',
  'confidentiality',
  'security',
  'remoteWork',
  'subProcessors',
  'dataSubjectRights',
  'assistance',
  'breach',
  'cooperation',
  'processorRecord',
  'deletion',
  'audits',
  'transfers',
  'liability',
  'term',
  'final',
];

const optional = new Set<string>(['remoteWork', 'cooperation', 'processorRecord', 'liability']);
const isOptional = (key: string): key is AvvOptionalClauseKey => optional.has(key);

/** The clauses of this draft: the mandatory ones and the optional ones switched on. */
export function includedClauses(view: AvvView): (AvvClauseKey | AvvOptionalClauseKey)[] {
  return clauseOrder.filter((key) => !isOptional(key) || view.options[key]);
}

const para = (text: string) => new Paragraph({ children: [run(text)] });

function partyBlocks(view: AvvView): Block[] {
  const l = view.labels;
  // An address is set solid, its lines without space between them.
  const centred = (text: string, bold = false, size?: number, space = 120) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: space, after: space },
      children: [run(text, { bold, ...(size ? { size } : {}) })],
    });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: cleanText(l.title) }),
    new Paragraph({ style: styleIds.small, children: [run(view.version, { bold: true })] }),
    centred(l.between),
    centred(view.controller.name, true, 26),
    ...view.controller.addressLines.map((line) => centred(line, false, undefined, 0)),
    centred(l.controllerRole),
    centred(l.and),
    centred(view.processor.name, true, 26),
    ...view.processor.addressLines.map((line) => centred(line, false, undefined, 0)),
    centred(l.processorRole),
    new Paragraph({ spacing: { before: 240 }, children: [run(l.preamble)] }),
  ];
}

/** The transfers clause: the processor's own transfer, the SCC module, TIA, onward ones. */
function transferParagraphs(view: AvvView): Paragraph[] {
  const l = view.labels;
  const e = l.transfer;
  const { own, onward } = view.transfers;
  const result: Paragraph[] = [];
  if (own) {
    result.push(para(fill(e.own, { country: own.country, safeguard: own.safeguard })));
    if (own.code === 'scc') result.push(para(e.scc2));
    if (own.note) result.push(para(fill(e.note, { note: inlineText(own.note) })));
  } else {
    result.push(para(l.transfersNone));
  }
  if (onward.length > 0) {
    result.push(para(e.onward));
    result.push(
      ...onward.map(
        (t) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [
              run(fill(e.onwardItem, { ...t })),
              ...(t.note ? [run(` (${inlineText(t.note)})`)] : []),
            ],
          }),
      ),
    );
    if (onward.some((t) => t.code === 'scc')) result.push(para(e.scc3));
    if (own?.code === 'scc') result.push(para(e.scc2Onward));
  }
  if (view.transfers.needsTia) result.push(para(fill(e.tia, { tia: view.processor.tia })));
  return result;
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
  if (key === 'transfers') return transferParagraphs(view);
  return [];
}

function clauseBlocks(view: AvvView): Block[] {
  const l = view.labels;
  const keys = includedClauses(view);
  // Cross-references follow the numbering, which depends on the optional clauses.
  const values = { ...clauseValues(view), auditsClause: keys.indexOf('audits') + 1 };
  return keys.flatMap((key, i) => {
    const clause = isOptional(key) ? l.optionalClauses[key] : l.clauses[key];
    const body = clause.paragraphs.flatMap((text) => sentenceParagraphs(text, values, fill));
    // Sub-processing options sit before the flow-down paragraphs they qualify.
    const extras = isOptional(key) ? [] : clauseExtras(key, view);
    return [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        text: cleanText(clauseHeading(l, clause, i + 1)),
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
