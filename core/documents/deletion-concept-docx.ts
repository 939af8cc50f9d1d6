import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { RetentionRule } from '../api';
import {
  formatRegularPeriod,
  formatRetention,
  formatStart,
  retentionLabels,
} from '../i18n/retention-labels';
import type { RetentionLabels } from '../i18n/retention-labels';
import {
  bulletList,
  cleanText,
  emptyParagraph,
  houseStyles,
  labelValueTable,
  pageFooter,
  run,
  pageProperties,
} from './docx-parts';
import {
  classLabel,
  fill,
  formatCount,
  gridTable,
  type DeletionConceptInput,
} from './deletion-concept-parts';
import { dateInBerlin } from '../rules/calendar';
import { formatDate, formatLegalDate, inlineText, sanitizeFilenamePart } from './format';
import { addressLines } from './postal-address';

export type { DeletionConceptInput } from './deletion-concept-parts';

// The deletion concept (Löschkonzept, DIN 66398) of one client as a Word document: scope,
// terms, the matrix of deletion classes, every rule with its reasons and norms, the
// responsibilities and a summary of the deletion log.

type Block = Paragraph | Table;

const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    text: cleanText(text),
  });

function classesBlocks(input: DeletionConceptInput, l: RetentionLabels): Block[] {
  const c = l.concept;
  const { classes, rules, language } = input;
  if (rules.length === 0) return [heading(c.classesTitle), emptyParagraph(c.noRules)];
  const names = new Map(rules.map((r) => [r.id, r.name]));
  const events = Object.keys(l.startEvents) as (keyof RetentionLabels['startEvents'])[];
  // One row per period in use and one column per start type: the three columns stay wide
  // enough for the names of the kinds of data however many periods a client uses.
  const rows = classes.periods.map((p) => [
    classLabel(p, language),
    ...events.map((event) => {
      const found = classes.cells.find((x) => x.startEvent === event && x.periodKey === p.key);
      return (found?.ruleIds ?? []).map((id) => names.get(id) ?? '');
    }),
  ]);
  return [
    heading(c.classesTitle),
    new Paragraph({ children: [run(c.classesIntro)] }),
    gridTable([c.fields.regularPeriod, ...events.map((e) => l.startEvents[e])], rows, 2200),
  ];
}

function ruleBlocks(rule: RetentionRule, index: number, input: DeletionConceptInput): Block[] {
  const { language } = input;
  const l = retentionLabels[language];
  const f = l.concept.fields;
  const regular = fill(l.concept.regularPeriodExplained, {
    regular: formatRegularPeriod(rule.regularPeriod, language),
    retention: formatRetention(rule, language),
    interval: l.intervals[rule.runInterval],
  });
  const cls = `${l.startEvents[rule.startEvent]} × ${formatRegularPeriod(rule.regularPeriod, language)}${rule.yearEnd ? ` ${l.fromYearEnd}` : ''}`;
  const list = (items: { name: string }[]) =>
    bulletList(
      items.map((i) => i.name),
      l.concept.empty,
    );
  return [
    heading(`4.${index + 1} ${rule.name}`, 2),
    labelValueTable(
      [
        [f.description, rule.description],
        [f.startEvent, formatStart(rule, language)],
        [f.retention, formatRetention(rule, language)],
        [f.runInterval, l.intervals[rule.runInterval]],
        [f.regularPeriod, regular],
        [f.deletionClass, cls],
        [f.method, l.methods[rule.method]],
        [f.norm, rule.norm],
        [f.reason, rule.reason],
        [f.systems, bulletList(rule.systems, l.concept.empty)],
        [f.responsible, rule.responsible],
        [
          f.legalHold,
          rule.legalHold
            ? fill(l.concept.holdActive, { reason: rule.holdReason })
            : l.concept.holdNone,
        ],
        [f.activities, list(rule.activities)],
        [f.dataCategories, list(rule.dataCategories)],
      ],
      l.concept.empty,
      2800,
    ),
  ];
}

function responsibilityBlocks(input: DeletionConceptInput, l: RetentionLabels): Block[] {
  const c = l.concept;
  const byPerson = new Map<string, string[]>();
  for (const rule of input.rules) {
    const who = rule.responsible.trim() || c.responsibleMissing;
    byPerson.set(who, [...(byPerson.get(who) ?? []), rule.name]);
  }
  const rows = [...byPerson].map(([who, names]): [string, Paragraph[]] => [
    who,
    bulletList(names, c.empty),
  ]);
  return [
    heading(c.responsibilitiesTitle),
    new Paragraph({ children: [run(c.responsibilitiesIntro)] }),
    ...(rows.length > 0 ? [labelValueTable(rows, c.empty)] : [emptyParagraph(c.noRules)]),
  ];
}

function logBlocks(input: DeletionConceptInput, l: RetentionLabels): Block[] {
  const c = l.concept;
  const { language, runs } = input;
  const date = (d: string | null) => formatLegalDate(d, language);
  const rows = input.rules.flatMap((rule) =>
    rule.runs.map((status) => {
      const own = runs.filter(
        (r) => r.ruleId === rule.id && (status.system === '' || r.system === status.system),
      );
      const deleted = own.reduce((sum, r) => sum + (r.count ?? 0), 0);
      const due = status.nextDue
        ? `${date(status.nextDue)}${status.overdue ? ` (${c.logOverdue})` : ''}`
        : '–';
      return [
        status.system ? `${rule.name} / ${status.system}` : rule.name,
        String(own.length),
        date(status.lastRun) || '–',
        formatCount(deleted, language),
        due,
      ];
    }),
  );
  const recent = runs.slice(0, 20).map((r) => {
    const what = [
      r.count !== null ? `${formatCount(r.count, language)} ${c.items}` : '',
      inlineText(r.description),
      `${l.concept.fields.method}: ${l.methods[r.method]}`,
      r.person ? `${c.performedBy} ${r.person}` : '',
    ].filter(Boolean);
    const name = r.ruleId === null ? `${r.ruleName} (${c.logDeletedRule})` : r.ruleName;
    return `${date(r.date)} – ${name}${r.system ? ` (${r.system})` : ''}: ${what.join('; ')}`;
  });
  return [
    heading(c.logTitle),
    new Paragraph({
      children: [run(fill(c.logIntro, { date: formatDate(input.generatedAt, language) }))],
    }),
    ...(rows.length > 0
      ? [
          gridTable(
            [c.logRule, c.logRuns, c.logLastRun, c.logDeleted, c.logNextDue],
            rows,
            // Counts and dates are short; the name of the kind of data and its system is not.
            [4038, 1000, 1500, 1300, 1800],
          ),
        ]
      : []),
    heading(c.logRecent, 2),
    ...(recent.length > 0 ? bulletList(recent, c.empty) : [emptyParagraph(c.logNoRuns)]),
  ];
}

export function buildDeletionConceptDocx(input: DeletionConceptInput): Document {
  const { client, language } = input;
  const l = retentionLabels[language];
  const c = l.concept;
  const asOf = formatDate(input.generatedAt, language);
  // The controller whose concept it is, as on the register's cover.
  const address = addressLines(client);
  return new Document({
    title: cleanText(`${c.title} – ${client.name}`),
    creator: c.generatedBy,
    styles: houseStyles(language === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: pageProperties,
        footers: {
          default: pageFooter(
            [{ name: client.name }, c.title, `${c.asOf} ${asOf}`],
            c.page,
            c.pageOf,
          ),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: cleanText(c.title) }),
          new Paragraph({ children: [run(c.subtitle)] }),
          new Paragraph({
            spacing: { before: 240, after: address.length > 0 ? 80 : 240 },
            children: [run(client.name, { bold: true, size: 32 })],
          }),
          // Set solid, as on an envelope.
          ...address.map(
            (line, i) =>
              new Paragraph({
                spacing: { after: i === address.length - 1 ? 240 : 0 },
                children: [run(line)],
              }),
          ),
          new Paragraph({ children: [run(`${c.asOf}: `, { bold: true }), run(asOf)] }),
          heading(c.scopeTitle),
          new Paragraph({ children: [run(fill(c.scopeBody, { client: client.name }))] }),
          heading(c.termsTitle),
          labelValueTable(c.terms, c.empty, 2800),
          ...classesBlocks(input, l),
          heading(c.rulesTitle),
          ...(input.rules.length > 0
            ? input.rules.flatMap((rule, i) => ruleBlocks(rule, i, input))
            : [emptyParagraph(c.noRules)]),
          ...responsibilityBlocks(input, l),
          ...logBlocks(input, l),
        ],
      },
    ],
  });
}

export async function deletionConceptDocx(input: DeletionConceptInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDeletionConceptDocx(input)));
}

/** "Löschkonzept_Müller_&_Söhne_GmbH_2026-11-23.docx" */
export function deletionConceptFilename(input: DeletionConceptInput): string {
  const stem = retentionLabels[input.language].concept.filenameStem;
  const client = sanitizeFilenamePart(input.client.name);
  return `${[stem, client, dateInBerlin(input.generatedAt)].filter(Boolean).join('_')}.docx`;
}
