import {
  AlignmentType,
  BorderStyle,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IStylesOptions, ParagraphChild } from 'docx';
import { inlineText, textLines } from './format';
import { BODY_SIZE, fitFooterText, fitToColumn, SEPARATOR, SMALL_SIZE } from './text-fit';
import type { FooterPart } from './text-fit';

// Building blocks for the Word documents of Privacy Desk (register, later AVV drafts and
// letters): one house style, and text helpers that survive what users type (line breaks,
// pasted control characters).

export const FONT = 'Calibri';
/** A4 with 2 cm margins leaves 9638 twips (17 cm) for text. */
export const PAGE = { width: 11906, height: 16838, margin: 1134, text: 9638 } as const;

/** A4 with the house margins, the page setup of every document section. */
export const pageProperties = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
  },
};
const GREY = '595959';
const ACCENT = '1F3864';

export const styleIds = { fieldLabel: 'FieldLabel', empty: 'EmptyValue', small: 'Small' } as const;

// Line spacing as a multiple of the font's own line height (240 = single). Without an
// explicit rule LibreOffice reads "line" as an exact height, and a 20 pt title set on
// 13.2 pt lines draws over itself.
const lineSpacing = (line: number) => ({ line, lineRule: LineRuleType.AUTO });

/** Shared styles; `lang` (e.g. "de-DE") lets Word pick the right spell-check dictionary. */
export function houseStyles(lang: string): IStylesOptions {
  const heading = { font: FONT, color: ACCENT, bold: true };
  // A heading never ends a page: it stays with what follows and is not split itself.
  const keep = { keepNext: true, keepLines: true };
  return {
    default: {
      document: {
        run: { font: FONT, size: BODY_SIZE, language: { value: lang } },
        paragraph: { spacing: { after: 80, ...lineSpacing(264) } },
      },
      title: {
        run: { font: FONT, size: 40, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 80, ...lineSpacing(240) }, ...keep },
      },
      heading1: {
        run: { ...heading, size: 30 },
        paragraph: { spacing: { before: 240, after: 160, ...lineSpacing(240) }, ...keep },
      },
      heading2: {
        run: { ...heading, size: 24 },
        paragraph: { spacing: { before: 240, after: 100, ...lineSpacing(240) }, ...keep },
      },
    },
    paragraphStyles: [
      {
        id: styleIds.fieldLabel,
        name: 'Field Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: ACCENT, size: 20 },
        paragraph: {
          spacing: { before: 200, after: 60 },
          keepNext: true,
          keepLines: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'B4C6E7', space: 1 } },
        },
      },
      {
        id: styleIds.empty,
        name: 'Empty Value',
        basedOn: 'Normal',
        run: { italics: true, color: GREY },
      },
      {
        id: styleIds.small,
        name: 'Small',
        basedOn: 'Normal',
        run: { size: SMALL_SIZE, color: GREY },
      },
    ],
  };
}

// XML 1.0 forbids these; one pasted control character would make Word refuse the file.
// eslint-disable-next-line no-control-regex
const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function cleanText(value: string): string {
  return value.replace(invalidXml, '').replace(/\t/g, ' ');
}

/**
 * A run of one line of text; `bold` for a lead-in such as "USA", `size` in half-points,
 * `breakBefore` starts it on a new line within the same paragraph (or bullet). A line break
 * in a Word run shows nothing ("Fernwartung" glued to the next line's first word), so a
 * multi-line text that reaches a run is set on one line with "; " (see `inlineText`).
 */
export function run(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; breakBefore?: boolean } = {},
): TextRun {
  const { breakBefore, ...rest } = options;
  const line = /[\r\n]/.test(text) ? inlineText(text) : text;
  return new TextRun({ text: cleanText(line), ...(breakBefore ? { break: 1 } : {}), ...rest });
}

/**
 * A user's multi-line text as paragraphs: a "\n" inside a Word run does not break the line,
 * so each line becomes its own paragraph. Empty text becomes the `empty` placeholder.
 */
export function textParagraphs(value: string, empty: string): Paragraph[] {
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (!text) return [emptyParagraph(empty)];
  return text.split('\n').map((line) => new Paragraph({ children: [run(line)] }));
}

/**
 * A sentence with its `{values}` filled in (`fill`, the texts' own filler). When it ends in
 * a value the user typed over several lines, those lines keep their breaks: after a colon
 * ("Leistung des Auftragsverarbeiters:", "Grund:") each becomes a bullet, after a full
 * sentence each becomes a paragraph of its own. A value inside the sentence stays inline.
 */
export function sentenceParagraphs<V extends Record<string, string | number>>(
  template: string,
  values: V,
  fill: (template: string, values: V) => string,
): Paragraph[] {
  const text = template.trim();
  const last = /\{(\w+)\}$/.exec(text);
  const value = last ? values[last[1]!] : undefined;
  const lines = typeof value === 'string' ? textLines(value) : [];
  if (!last || lines.length < 2) {
    return [new Paragraph({ children: [run(fill(text, values).trim())] })];
  }
  const lead = fill(text.slice(0, last.index), values).trim();
  const list = lead.endsWith(':');
  return [
    ...(lead ? [new Paragraph({ keepNext: list, children: [run(lead)] })] : []),
    ...lines.map(
      (line) => new Paragraph({ ...(list ? { bullet: { level: 0 } } : {}), children: [run(line)] }),
    ),
  ];
}

export function emptyParagraph(text: string): Paragraph {
  return new Paragraph({ style: styleIds.empty, text: cleanText(text) });
}

/** A bullet per item; an item may be plain text or prepared runs (e.g. with a bold marker). */
export function bulletList(
  items: readonly (string | ParagraphChild[])[],
  empty: string,
): Paragraph[] {
  if (items.length === 0) return [emptyParagraph(empty)];
  return items.map(
    (item) =>
      new Paragraph({
        bullet: { level: 0 },
        children: typeof item === 'string' ? [run(item)] : item,
      }),
  );
}

/** The line to sign on, with room above it for a handwritten signature. */
export function signatureLine(line: string, keepNext = false): Paragraph {
  return new Paragraph({ spacing: { before: 560 }, keepNext, children: [run(line)] });
}

export function fieldLabel(text: string): Paragraph {
  return new Paragraph({ style: styleIds.fieldLabel, text: cleanText(text) });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const cellBorders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

/**
 * A two-column label | value table with fixed widths in twips: percentage widths are
 * drawn differently by Word and LibreOffice, fixed ones the same.
 */
export function labelValueTable(
  rows: readonly (readonly [string, string | Paragraph[]])[],
  empty: string,
  labelWidth = 3300,
): Table {
  const valueWidth = PAGE.text - labelWidth;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: PAGE.text, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              borders: cellBorders,
              shading: { type: ShadingType.CLEAR, fill: 'EEF2F8', color: 'auto' },
              children: [
                new Paragraph({
                  children: [run(fitToColumn(label, labelWidth, { bold: true }), { bold: true })],
                }),
              ],
            }),
            new TableCell({
              width: { size: valueWidth, type: WidthType.DXA },
              borders: cellBorders,
              children:
                typeof value === 'string'
                  ? textParagraphs(fitToColumn(value, valueWidth), empty)
                  : value,
            }),
          ],
        }),
    ),
  });
}

/**
 * "<parts> · Seite 3 von 12" on one line, with Word fields so the numbers stay right after
 * edits. A footer that wraps pushes into the text and reads as part of it.
 */
export function pageFooter(
  parts: string | readonly FooterPart[],
  page: string,
  of: string,
): Footer {
  const suffix = `${SEPARATOR}${page} 99 ${of} 99`;
  const list = typeof parts === 'string' ? [{ name: parts }] : parts;
  const clean = list.map((p) =>
    typeof p === 'string' ? cleanText(p) : { name: cleanText(p.name) },
  );
  const left = fitFooterText(clean, suffix, PAGE.text);
  return new Footer({
    children: [
      new Paragraph({
        style: styleIds.small,
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [
              `${left}${SEPARATOR}${page} `,
              PageNumber.CURRENT,
              ` ${of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}
