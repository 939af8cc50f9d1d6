import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { ratedCriteria, type Breach, type Language } from '../api';
import { fillText } from '../i18n/breach-texts';
import { bulletList, labelValueTable, PAGE, run, styleIds, textParagraphs } from './docx-parts';
import { fitToColumn } from './text-fit';
import {
  berlinDate,
  buildDocument,
  frameOf,
  countText,
  dataLabel,
  formatBerlin,
  heading,
  occurredText,
  para,
  textsOf,
  type Block,
  type BreachDocumentInput,
} from './breach-parts';

// The internal record of a breach (Art. 33(5) GDPR): the facts, the effects and the
// remedial action, the assessment with every criterion, the notices and the communication
// to the persons. Every breach has one, notified or not; the register lists them all.

const lines = (items: readonly string[]) => items.filter(Boolean).join('\n');

function factsRows(b: Breach, language: Language): [string, string][] {
  const tt = textsOf(language);
  const n = tt.notification;
  const r = tt.record;
  return [
    [n.occurred, occurredText(b, language)],
    [n.aware, formatBerlin(b.awareAt, language)],
    [n.kind, lines(b.kinds.map((k) => tt.kinds[k]))],
    [n.description, b.description],
    [n.systems, b.systems],
    ...(b.atProcessor
      ? ([
          [r.atProcessor, b.atProcessor.name],
          [n.processorNotice, formatBerlin(b.processorNoticeAt, language)],
        ] as [string, string][])
      : []),
  ];
}

function concernedRows(b: Breach, language: Language): [string, string][] {
  const tt = textsOf(language);
  const n = tt.notification;
  return [
    [n.subjects, lines(b.subjects.map((s) => s.name))],
    [n.subjectsCount, countText(b.subjectsCount, language)],
    [n.data, lines(b.data.map(dataLabel))],
    [n.recordsCount, countText(b.recordsCount, language)],
    [n.countNote, b.countNote],
    [tt.record.activities, lines(b.activities.map((a) => a.name))],
    [tt.record.processors, lines(b.processors.map((p) => p.name))],
    [n.consequences, b.consequences],
    [n.measuresTaken, b.measuresTaken],
    [n.measuresProposed, b.measuresProposed],
  ];
}

const CRITERION_WIDTH = 6638;

function cell(text: string, width: number, header = false) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F8', color: 'auto' } } : {}),
    children: [
      new Paragraph({
        children: [run(fitToColumn(text, width, { bold: header }), { bold: header })],
      }),
    ],
  });
}

function criteriaTable(b: Breach, language: Language): Table {
  const tt = textsOf(language);
  const c = b.assessment!.criteria;
  const rest = PAGE.text - CRITERION_WIDTH;
  const rows = [
    ...ratedCriteria.map((k) => [tt.criteria[k], tt.ratings[c[k]]] as const),
    [tt.criteria.specialCategories, c.specialCategories ? tt.yes : tt.no] as const,
    [tt.criteria.vulnerable, c.vulnerable ? tt.yes : tt.no] as const,
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: PAGE.text, type: WidthType.DXA },
    columnWidths: [CRITERION_WIDTH, rest],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell(tt.record.criterion, CRITERION_WIDTH, true),
          cell(tt.record.rating, rest, true),
        ],
      }),
      ...rows.map(
        ([name, value]) =>
          new TableRow({
            cantSplit: true,
            children: [cell(name, CRITERION_WIDTH), cell(value, rest)],
          }),
      ),
    ],
  });
}

function assessmentBlocks(b: Breach, language: Language): Block[] {
  const tt = textsOf(language);
  const r = tt.record;
  const a = b.assessment;
  if (!a) return [heading(r.assessment), para(tt.notification.notAssessed)];
  const rows: [string, string][] = [
    [r.suggested, tt.levels[a.suggested]],
    [r.level, tt.levels[a.level]],
    [r.reasons, a.reasons],
  ];
  if (a.art34Ground) rows.push([r.art34, lines([tt.art34Grounds[a.art34Ground], a.art34Note])]);
  rows.push([r.assessedBy, `${a.assessedBy}, ${formatBerlin(a.assessedAt, language)}`]);
  return [
    heading(r.assessment),
    criteriaTable(b, language),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    labelValueTable(rows, tt.notification.empty),
  ];
}

function noticeBlocks(b: Breach, language: Language): Block[] {
  const tt = textsOf(language);
  const r = tt.record;
  const items = b.notices.map((n) => {
    const line = fillText(r.noticeLine, {
      kind: tt.noticeKinds[n.kind],
      at: formatBerlin(n.at, language),
      hours: fillText(tt.hours, {
        hours: n.hoursAfterStart.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', {
          maximumFractionDigits: 1,
        }),
      }),
      channel: tt.noticeChannels[n.channel],
    });
    const extra = [
      n.reference ? fillText(tt.authorityReference, { ref: n.reference }) : '',
      // Only a first notice has a deadline; follow-ups come when the facts do (Art. 33(4)).
      n.kind === 'first' && n.hoursAfterStart > 72 ? r.noticeLate : '',
      n.delayReason ? `${tt.notification.delayReason}: ${n.delayReason}` : '',
      n.note,
    ].filter(Boolean);
    return [run(line), ...extra.map((e) => run(e, { breakBefore: true }))];
  });
  const running = b.deadlines.clockRuns
    ? [
        para(
          fillText(r.clockRuns, {
            hours: fillText(tt.hours, { hours: String(b.deadlines.hoursLeft) }),
          }),
        ),
      ]
    : [];
  return [
    heading(r.notices),
    ...(items.length ? bulletList(items, '') : [para(r.noNotice)]),
    ...running,
  ];
}

/** The record's body; the register of every breach prints it for each. */
export function recordBlocks(b: Breach, language: Language): Block[] {
  const tt = textsOf(language);
  const r = tt.record;
  const informed = b.subjectsInformed
    ? fillText(tt.notification.informedOn, {
        at: formatBerlin(b.subjectsInformed.at, language),
        channel: tt.informChannels[b.subjectsInformed.channel],
      })
    : b.assessment?.art34Ground
      ? fillText(tt.notification.informGround, {
          ground: tt.art34Grounds[b.assessment.art34Ground],
        })
      : tt.register.notInformed;
  const state =
    b.state === 'closed' && b.closedAt
      ? fillText(r.closed, { date: berlinDate(b.closedAt, language) })
      : r.open;
  return [
    heading(r.facts),
    labelValueTable(factsRows(b, language), tt.notification.empty),
    heading(r.concerned),
    labelValueTable(concernedRows(b, language), tt.notification.empty),
    ...assessmentBlocks(b, language),
    ...noticeBlocks(b, language),
    heading(r.subjects),
    ...textParagraphs(lines([informed, b.subjectsInformed?.note ?? '']), ''),
    heading(r.state),
    para(state),
    ...(b.closingNote.trim() ? [para(`${r.closingNote}: ${b.closingNote}`)] : []),
  ];
}

export function recordDocument(input: BreachDocumentInput) {
  const { breach: b, client: client, language } = input;
  const tt = textsOf(language);
  const children: Block[] = [
    new Paragraph({ style: 'Title', children: [run(tt.titles.record)] }),
    para(`${client.name} · ${b.reference} · ${b.title}`, { bold: true }),
    new Paragraph({
      style: styleIds.small,
      children: [run(fillText(tt.generatedOn, { date: berlinDate(input.generatedAt, language) }))],
    }),
    para(tt.record.intro),
    ...recordBlocks(b, language),
  ];
  return buildDocument(frameOf(input), 'record', [{ children }]);
}
