import {
  HeadingLevel,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { Breach, Language, Client } from '../api';
import { fillText } from '../i18n/breach-texts';
import { PAGE, run, styleIds } from './docx-parts';
import { fitToColumn } from './text-fit';
import {
  berlinDate,
  buildDocument,
  countText,
  formatBerlin,
  para,
  textsOf,
  type Block,
} from './breach-parts';
import { recordBlocks } from './breach-record';

// The register of breaches (Art. 33(5) GDPR) of one client or of every client: an overview
// table (landscape), then each breach's record on its own pages.

export interface BreachRegisterInput {
  breaches: readonly Breach[];
  /** The one client, or null for every client (the DPO's register). */
  client: Client | null;
  language: Language;
  generatedAt: Date;
  integrityNote?: string;
}

/** A4 landscape with 2 cm margins: 16838 - 2 x 1134 twips of text width. */
const WIDTH = PAGE.height - 2 * PAGE.margin;

function cell(text: string, width: number, header = false) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F8', color: 'auto' } } : {}),
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          children: [
            run(fitToColumn(line, width, { bold: header, size: 18 }), { bold: header, size: 18 }),
          ],
        }),
    ),
  });
}

function firstNotice(b: Breach, language: Language): string {
  const first = b.notices.find((n) => n.kind === 'first');
  if (!first) return textsOf(language).register.notNotified;
  return [formatBerlin(first.at, language), first.reference].filter(Boolean).join('\n');
}

function overview(input: BreachRegisterInput): Table {
  const { language } = input;
  const tt = textsOf(language);
  const c = tt.register.columns;
  const all = input.client === null;
  type Column = [string, number, (b: Breach) => string];
  const kindsOf = (b: Breach) => b.kinds.map((k) => tt.kinds[k].split(' (')[0]!);
  const informed = (b: Breach) =>
    b.subjectsInformed ? formatBerlin(b.subjectsInformed.at, language) : tt.register.notInformed;
  const risk = (b: Breach) =>
    b.assessment ? tt.levelShort[b.assessment.level] : tt.register.notAssessed;
  // Widths in twips; the state column takes what is left of the landscape line.
  const columns: Column[] = [
    [c.reference, 1300, (b) => b.reference],
    ...(all ? [[c.client, 1800, (b: Breach) => b.clientName] as Column] : []),
    [c.aware, 1600, (b) => formatBerlin(b.awareAt, language)],
    [c.breach, all ? 2000 : 3800, (b) => [b.title, ...kindsOf(b)].join('\n')],
    [c.persons, 1300, (b) => countText(b.subjectsCount, language)],
    [c.risk, 1300, risk],
    [c.authority, 1600, (b) => firstNotice(b, language)],
    [c.subjects, 1900, informed],
  ];
  const used = columns.reduce((sum, [, w]) => sum + w, 0);
  const stateWidth = WIDTH - used;
  const widths = [...columns.map(([, w]) => w), stateWidth];
  const state = (b: Breach) =>
    b.state === 'closed' && b.closedAt
      ? fillText(tt.record.closed, { date: berlinDate(b.closedAt, language) })
      : tt.record.open;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          ...columns.map(([name, w]) => cell(name, w, true)),
          cell(c.state, stateWidth, true),
        ],
      }),
      ...input.breaches.map(
        (b) =>
          new TableRow({
            cantSplit: true,
            children: [
              ...columns.map(([, w, value]) => cell(value(b), w)),
              cell(state(b), stateWidth),
            ],
          }),
      ),
    ],
  });
}

export function registerDocument(input: BreachRegisterInput) {
  const { language } = input;
  const tt = textsOf(language);
  const who = input.client?.name ?? tt.register.allClients;
  const details: Block[] = input.breaches.flatMap((b, index) => [
    ...(index > 0 ? [new Paragraph({ children: [new PageBreak()] })] : []),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [run(`${b.reference} · ${b.title}`)],
    }),
    ...(input.client ? [] : [para(b.clientName, { bold: true })]),
    ...recordBlocks(b, language),
  ]);
  const children: Block[] = [
    new Paragraph({ style: 'Title', children: [run(tt.register.title)] }),
    para(who, { bold: true }),
    new Paragraph({
      style: styleIds.small,
      children: [run(fillText(tt.generatedOn, { date: berlinDate(input.generatedAt, language) }))],
    }),
    para(tt.register.intro),
    ...(input.breaches.length ? [overview(input)] : [para(tt.register.empty)]),
  ];
  const frame = { language, footerName: who, integrityNote: input.integrityNote };
  const parts = [{ children, landscape: true }, ...(details.length ? [{ children: details }] : [])];
  return buildDocument(frame, 'register', parts);
}
