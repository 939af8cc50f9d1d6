import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// Reads where LibreOffice put each line of a rendered document (`pdftotext -bbox-layout`)
// and finds what a reader would see as a typesetting defect: lines drawn over each other,
// a word broken in the middle without a hyphen, a page left nearly empty, a footer that
// wraps. pdftotext groups text into flows (a table cell or a run of body paragraphs),
// blocks and lines; consecutive lines of one flow are consecutive lines of one cell.

const run = promisify(execFile);

export interface PdfLine {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  words: string[];
  /** Index of the flow on its page; lines of one table cell share it. */
  flow: number;
}

export interface PdfPage {
  number: number;
  lines: PdfLine[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
const num = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)![1]);

/** Parses the XHTML that `pdftotext -bbox-layout` writes. */
export function parseBboxLayout(html: string): PdfPage[] {
  const pages: PdfPage[] = [];
  let page: PdfPage | undefined;
  let line: PdfLine | undefined;
  let flow = -1;
  for (const m of html.matchAll(/<(page|flow|line|word)\b([^>]*)>([^<]*)/g)) {
    const [, tag, attrs, text] = m as unknown as [string, string, string, string];
    if (tag === 'page') {
      page = { number: pages.length + 1, lines: [] };
      pages.push(page);
      flow = -1;
    } else if (tag === 'flow') {
      flow++;
    } else if (tag === 'line' && page) {
      line = {
        xMin: num(attrs, 'xMin'),
        yMin: num(attrs, 'yMin'),
        xMax: num(attrs, 'xMax'),
        yMax: num(attrs, 'yMax'),
        words: [],
        flow,
      };
      page.lines.push(line);
    } else if (tag === 'word' && line) {
      line.words.push(decode(text));
    }
  }
  return pages;
}

export async function readPdfLayout(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], {
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseBboxLayout(stdout);
}

const text = (line: PdfLine) => line.words.join(' ');
const short = (line: PdfLine) =>
  text(line).length > 50 ? `${text(line).slice(0, 50)}…` : text(line);
const height = (line: PdfLine) => line.yMax - line.yMin;

/**
 * Pairs of lines whose boxes overlap by more than 15 % of the smaller line's height. A box
 * spans the font's ascent and descent; lines set with an automatic line rule never overlap,
 * while an exact rule smaller than the font draws descenders into the next line's capitals
 * from about a fifth of the height on.
 */
export function overlappingLines(pages: readonly PdfPage[]): string[] {
  const found: string[] = [];
  for (const page of pages) {
    page.lines.forEach((a, i) => {
      for (const b of page.lines.slice(i + 1)) {
        const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (dx > 2 && dy > 0.15 * Math.min(height(a), height(b))) {
          found.push(`page ${page.number}: "${short(a)}" overlaps "${short(b)}"`);
        }
      }
    });
  }
  return found;
}

const softHyphen = /\u00ad/g;

/**
 * Words broken across two lines of one flow without a hyphen: the first line ends in a
 * letter, the next starts with a lowercase letter, and the two pieces make one word of the
 * source text (or its beginning, when the word goes on over a third line). The last test
 * tells a broken word ("Verarbeitungstätigk" / "eiten") from an ordinary wrap between two
 * words ("Beschäftigte" / "einschließlich").
 */
export function splitWords(pages: readonly PdfPage[], source: string): string[] {
  const tokens = [...new Set(source.replace(softHyphen, '').split(/\s+/))];
  const whole = new Set(tokens);
  const found: string[] = [];
  for (const page of pages) {
    page.lines.forEach((a, i) => {
      const b = page.lines[i + 1];
      if (!b || b.flow !== a.flow || b.yMin < a.yMin + height(a) / 2) return;
      const end = a.words.at(-1)!.replace(softHyphen, '');
      const start = b.words[0]!.replace(softHyphen, '');
      if (!/\p{L}$/u.test(end) || !/^\p{Ll}/u.test(start)) return;
      const joined = end + start;
      const goesOn = b.words.length === 1 && tokens.some((t) => t.startsWith(joined));
      if (whole.has(joined) || goesOn) found.push(`page ${page.number}: "${end}" / "${start}"`);
    });
  }
  return found;
}

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const withoutNumbers = (line: string) => squash(line.replace(/ \d+ (von|of) \d+$/, ' $1'));

/** The line that shows the whole footer `footer` (its text without the page numbers). */
function footerLine(page: PdfPage, footer: string): PdfLine | undefined {
  const expected = squash(footer);
  return page.lines.find((l) => withoutNumbers(text(l)) === expected);
}

/** The lines of a page without its footer line, from top to bottom. */
function bodyLines(page: PdfPage, footer: string): PdfLine[] {
  const own = footerLine(page, footer);
  return page.lines.filter((l) => l !== own).sort((a, b) => a.yMax - b.yMax);
}

/**
 * Pages that do not show the footer on one line. `footer` is the footer's text as the
 * .docx holds it, the page number fields left out ("Müller GmbH · Seite von").
 */
export function footerProblems(pages: readonly PdfPage[], footer: string): string[] {
  return pages.flatMap((page) => {
    if (footerLine(page, footer)) return [];
    const last = page.lines.slice(-3).map(text).join(' / ');
    return [`page ${page.number}: footer not on one line; the page ends with "${last}"`];
  });
}

/**
 * Pages before the last that hold at most `maxLines` lines of body text (the footer not
 * counted): a heading, a signature or the end of a table pushed onto a page of its own.
 * The last page may be short on purpose (the end of a letter, the last annex).
 */
export function nearlyEmptyPages(
  pages: readonly PdfPage[],
  footer: string,
  maxLines = 3,
): string[] {
  return pages.slice(0, -1).flatMap((page) => {
    const body = bodyLines(page, footer);
    if (body.length > maxLines) return [];
    return [`page ${page.number} of ${pages.length}: only "${body.map(text).join(' / ')}"`];
  });
}

/**
 * Pages before the last whose text ends with one of `headings`: a heading separated from
 * what it introduces.
 */
export function strandedHeadings(
  pages: readonly PdfPage[],
  headings: readonly string[],
  footer: string,
): string[] {
  const wanted = headings.map(squash);
  return pages.slice(0, -1).flatMap((page) => {
    const end = squash(bodyLines(page, footer).slice(-4).map(text).join(' '));
    const heading = wanted.find((h) => end.endsWith(h));
    return heading ? [`page ${page.number} ends with the heading "${heading}"`] : [];
  });
}
