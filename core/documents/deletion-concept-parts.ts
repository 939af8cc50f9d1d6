import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { DeletionClasses, DeletionRun, Language, Client, RetentionRule } from '../api';
import { formatRegularPeriod, retentionLabels } from '../i18n/retention-labels';
import { PAGE, run } from './docx-parts';
import { fitToColumn } from './text-fit';

// Pieces of the deletion concept: its input, a grid table (the classes matrix and the log
// summary need more than the shared two-column table), and the label of a deletion class.

export interface DeletionConceptInput {
  client: Client;
  rules: readonly RetentionRule[];
  classes: DeletionClasses;
  runs: readonly DeletionRun[];
  language: Language;
  generatedAt: Date;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const borders = { top: border, bottom: border, left: border, right: border };

const CELL_SIZE = 18;

function cell(content: string | string[], width: number, header: boolean): TableCell {
  const lines = (typeof content === 'string' ? [content] : content).map((line) =>
    fitToColumn(line, width, { size: CELL_SIZE, bold: header }),
  );
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F8', color: 'auto' } } : {}),
    children: (lines.length > 0 ? lines : ['']).map(
      (line) => new Paragraph({ children: [run(line, { bold: header, size: CELL_SIZE })] }),
    ),
  });
}

/**
 * A table with a header row and fixed column widths in twips (drawn the same in Word and
 * LibreOffice). `widths` gives every column, or only the first, the others sharing the rest.
 */
export function gridTable(
  header: readonly string[],
  rows: readonly (readonly (string | string[])[])[],
  widths: number | readonly number[],
): Table {
  const first = typeof widths === 'number' ? widths : widths[0]!;
  const rest = header.length > 1 ? Math.floor((PAGE.text - first) / (header.length - 1)) : 0;
  const columns = header.map((_, i) =>
    typeof widths === 'number' ? (i === 0 ? first : rest) : widths[i]!,
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: PAGE.text, type: WidthType.DXA },
    columnWidths: columns,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, columns[i]!, true)),
      }),
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((c, i) => cell(c, columns[i]!, i === 0)),
          }),
      ),
    ],
  });
}

/** "25 Monate" or "10 Jahre (ab Jahresende)": a column of the classes matrix. */
export function classLabel(p: DeletionClasses['periods'][number], language: Language): string {
  const text = formatRegularPeriod(p, language);
  return p.yearEnd ? `${text} ${retentionLabels[language].fromYearEnd}` : text;
}

/** "1.250" (German) or "1,250" (English): counts in a document are read, not computed. */
export function formatCount(n: number, language: Language): string {
  const separator = language === 'de' ? '.' : ',';
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Replaces {{name}} placeholders of a document text. */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
