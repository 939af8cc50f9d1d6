import {
  Document,
  Footer,
  Header,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PizZip from 'pizzip';
import { compare } from './bench-tools';

// The raw baseline of a document export: the same content, paragraph by paragraph and table
// by table with its text and bold runs, built with `docx` directly and packed, without the
// app's layers (no repo, no handler, no document builder, no texts module). The content is
// read once, outside the timing, from the document the app made in the same run.

type Block =
  | { type: 'p'; runs: { text: string; bold: boolean; break: boolean }[]; style: string }
  | { type: 'table'; rows: Block[][][] };

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const tags = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:r|w:t|w:b|w:br|w:pStyle)(?=[\s/>])([^>]*?)(\/?)>/g;

/** The body of one part as blocks: paragraphs and (nested) tables. */
function blocksOf(xml: string): Block[] {
  const root: Block[] = [];
  const stack: { blocks: Block[] }[] = [{ blocks: root }];
  const tables: Block[][][][] = [];
  let paragraph: Extract<Block, { type: 'p' }> | null = null;
  let run: { text: string; bold: boolean; break: boolean } | null = null;
  let textStart = -1;
  for (const m of xml.matchAll(tags)) {
    const [whole, closing, name, attributes, selfClosing] = m;
    const end = (m.index ?? 0) + whole.length;
    if (name === 'w:t') {
      if (!closing && !selfClosing) textStart = end;
      else if (closing && run && textStart >= 0) run.text += decode(xml.slice(textStart, m.index));
      continue;
    }
    if (closing) {
      if (name === 'w:p' && paragraph) {
        stack[stack.length - 1]!.blocks.push(paragraph);
        paragraph = null;
      } else if (name === 'w:r') run = null;
      else if (name === 'w:tc') stack.pop();
      else if (name === 'w:tbl') {
        const rows = tables.pop() ?? [];
        stack[stack.length - 1]!.blocks.push({ type: 'table', rows });
      }
      continue;
    }
    if (name === 'w:p') {
      paragraph = { type: 'p', runs: [], style: '' };
      if (selfClosing) {
        stack[stack.length - 1]!.blocks.push(paragraph);
        paragraph = null;
      }
    } else if (name === 'w:pStyle' && paragraph) {
      paragraph.style = /w:val="([^"]*)"/.exec(attributes ?? '')?.[1] ?? '';
    } else if (name === 'w:r' && paragraph && !selfClosing) {
      run = { text: '', bold: false, break: false };
      paragraph.runs.push(run);
    } else if (name === 'w:b' && run && !/w:val="(0|false)"/.test(attributes ?? '')) {
      run.bold = true;
    } else if (name === 'w:br' && paragraph) {
      paragraph.runs.push({ text: '', bold: false, break: true });
    } else if (name === 'w:tbl') {
      tables.push([]);
    } else if (name === 'w:tr') {
      tables[tables.length - 1]?.push([]);
    } else if (name === 'w:tc') {
      const cell: Block[] = [];
      tables[tables.length - 1]?.at(-1)?.push(cell);
      stack.push({ blocks: cell });
    }
  }
  return root;
}

function build(blocks: Block[]): (Paragraph | Table)[] {
  return blocks.map((block) =>
    block.type === 'p'
      ? new Paragraph({
          ...(block.style ? { style: block.style } : {}),
          children: block.runs.map((r) =>
            r.break ? new TextRun({ break: 1 }) : new TextRun({ text: r.text, bold: r.bold }),
          ),
        })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.rows.map(
            (cells) =>
              new TableRow({
                children: cells.map(
                  (cell) =>
                    new TableCell({
                      children: cell.length ? build(cell) : [new Paragraph('')],
                    }),
                ),
              }),
          ),
        }),
  );
}

/**
 * Reads the app's document once and returns the baseline: build the same content with docx
 * and pack it. `blocks` is there for a check that nothing was lost in reading.
 */
export function rawDocument(appDocx: Uint8Array | string) {
  const zip = new PizZip(typeof appDocx === 'string' ? Buffer.from(appDocx, 'base64') : appDocx);
  const part = (name: string) => zip.file(name)?.asText() ?? '';
  const body = blocksOf(part('word/document.xml'));
  const header = blocksOf(part('word/header1.xml'));
  const footer = blocksOf(part('word/footer1.xml'));
  const count = (blocks: Block[]): number =>
    blocks.reduce(
      (n, b) => n + (b.type === 'p' ? 1 : b.rows.flat().reduce((m, c) => m + count(c), 0)),
      0,
    );
  return {
    paragraphs: count(body),
    build: (): Promise<Uint8Array> =>
      Packer.toBuffer(
        new Document({
          sections: [
            {
              headers: { default: new Header({ children: build(header) }) },
              footers: { default: new Footer({ children: build(footer) }) },
              children: build(body),
            },
          ],
        }),
      ),
  };
}

const textOf = (blocks: Block[]): string =>
  blocks
    .map((b) =>
      b.type === 'p'
        ? b.runs.map((r) => (r.break ? '\n' : r.text)).join('')
        : b.rows.map((cells) => cells.map(textOf).join('\t')).join('\n'),
    )
    .join('\n');

/** The body text of a document, for the check that the baseline holds the same content. */
export function bodyText(docx: Uint8Array | string): string {
  const zip = new PizZip(typeof docx === 'string' ? Buffer.from(docx, 'base64') : docx);
  return textOf(blocksOf(zip.file('word/document.xml')?.asText() ?? ''));
}

/** Null when the baseline's document says what the app's says. */
export function documentsDiffer(app: string, raw: Uint8Array): string | null {
  const [a, r] = [bodyText(app), bodyText(raw)];
  if (a === r) return null;
  const at = [...a].findIndex((c, i) => c !== r[i]);
  return `text differs from character ${at} ("${a.slice(at, at + 30)}" vs "${r.slice(at, at + 30)}")`;
}

/**
 * A document export timed against the same content built by docx directly. The check
 * compares the baseline's text with the app's document it was read from (a later export
 * may differ on purpose: an AVV draft's number counts up).
 */
export async function compareDocument(figure: {
  label: string;
  runs: number;
  target?: number;
  app: () => Promise<{ base64: string }>;
}) {
  const first = (await figure.app()).base64;
  const raw = rawDocument(first);
  return compare({
    ...figure,
    kind: 'document',
    raw: raw.build,
    differs: (_app, built) => documentsDiffer(first, built),
  });
}
