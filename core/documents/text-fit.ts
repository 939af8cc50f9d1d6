import hyphenDe from 'hyphen/de';

// Making text fit the place the layout gives it: words too long for a table column get
// break points, a footer that would wrap is shortened. Widths are reckoned with the
// advances of DejaVu Sans, what LibreOffice draws where Calibri is missing and wider than
// Calibri, so what fits there fits in Word too.

/** Body text and small print (footer, sender line) in half-points: 10.5 pt and 8 pt. */
export const BODY_SIZE = 21;
export const SMALL_SIZE = 16;
export const SEPARATOR = ' · ';

/** Word's default cell margins: 108 twips either side of the text. */
const CELL_MARGINS = 216;

const narrow = /[\s.,:;·!'|ijlI]/;
const slim = /[ftr()\-/\u00ad]/;
const wide = /[mwMW&…%@—]/;

/** Width of `text` in ems of its font (DejaVu Sans advances, rounded up). */
function ems(text: string): number {
  let sum = 0;
  for (const ch of text) {
    if (narrow.test(ch)) sum += 0.32;
    else if (slim.test(ch)) sum += 0.42;
    else if (wide.test(ch)) sum += 1;
    else if (/\d/.test(ch)) sum += 0.64;
    else if (ch !== ch.toLowerCase()) sum += 0.74;
    else sum += 0.63;
  }
  return sum;
}

/** Width of `text` in twips at `size` half-points; bold runs about an eighth wider. */
export function textWidth(text: string, size: number, bold = false): number {
  return ems(text) * size * 10 * (bold ? 1.12 : 1);
}

// E-mail addresses, web addresses and file names keep their characters as typed: a hyphen
// shown inside one would be read as part of it.
const keepWhole = /[@/\\]|\.\p{L}/u;

/**
 * Soft hyphens in each word that is too wide for one line of a table column (`width` in
 * twips), so Word and LibreOffice, with or without hyphenation dictionaries, divide it
 * between syllables instead of anywhere ("Verarbeitungstätigk" / "eiten"). Words that fit
 * stay as typed. German patterns in both languages: the long words are the clients' own
 * German compounds ("Arbeitsunfähigkeitsbescheinigungen"), in the English documents too.
 */
export function fitToColumn(
  text: string,
  width: number,
  options: { size?: number; bold?: boolean } = {},
): string {
  const room = width - CELL_MARGINS;
  const size = options.size ?? BODY_SIZE;
  return text.replace(/\S+/g, (word) =>
    textWidth(word, size, options.bold) > room && !keepWhole.test(word)
      ? hyphenDe.hyphenateSync(word)
      : word,
  );
}

/** A footer part: a plain text stays whole, a `{ name }` (a client or a processor) may be cut. */
export type FooterPart = string | { name: string };

/** `text` cut to at most `length` characters at a word end, with "…". */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, Math.max(length - 1, 1));
  const atWord = cut.replace(/\s+\S*$/, '');
  const kept = atWord.length >= Math.min(4, cut.length) ? atWord : cut;
  return `${kept.replace(/[\s,;:&·–-]+$/, '')}…`;
}

/** The parts of a sender line (the return address above the recipient, DIN 5008). */
export interface SenderParts {
  name: string;
  street: string;
  /** "80331 München" or "San Francisco, CA 94102" (core/documents/postal-address.ts). */
  town: string;
  /** The country, for a sender abroad; '' at home. */
  country: string;
}

/**
 * The sender line in small print (`size` half-points) on one line. First choice: within
 * `width` twips (the address field of a window envelope), cutting a long name at a word
 * end (to no fewer than 30 characters: a short firm name keeps its "GmbH") and dropping
 * what follows the street's first comma ("Rückgebäude, 3. OG"). Otherwise within
 * `maxWidth` (the text width), the name cut further. Postcode and town stay whole: the
 * post needs them to return the letter.
 */
export function fitSenderLine(
  parts: SenderParts,
  width: number,
  maxWidth: number,
  size: number,
): string {
  const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
  const name = tidy(parts.name);
  const street = tidy(parts.street);
  const shortStreet = street.split(',')[0]!.trim();
  // The name whole, then cut after ever fewer words ("Müller & Söhne Bäckerei…").
  const words = name.split(' ');
  const names = [
    name,
    ...words.slice(1).map((_, i) => {
      const kept = words.slice(0, words.length - 1 - i).join(' ');
      return `${kept.replace(/[\s,;:&·–-]+$/, '')}…`;
    }),
  ];
  const line = (who: string, road: string) =>
    [who, road, tidy(parts.town), tidy(parts.country)].filter(Boolean).join(SEPARATOR);
  const lines = (roads: string[], minName: number) =>
    roads.flatMap((road) =>
      names.filter((n, i) => i === 0 || n.length >= minName).map((n) => line(n, road)),
    );
  // The estimate runs a few per cent wide already; a little more to spare for capitals.
  const fits = (room: number) => (text: string) => textWidth(text, size) <= room * 0.98;
  const last = [...lines([street], 20), ...lines([shortStreet], 0)];
  return (
    lines([street, shortStreet], 30).find(fits(width)) ?? last.find(fits(maxWidth)) ?? last.at(-1)!
  );
}

/**
 * The parts joined with " · " so that, followed by `suffix` (the page numbers), they fit
 * one line of small print `width` twips wide: names are cut to one common length (the
 * title page gives them in full); titles and dates stay whole.
 */
export function fitFooterText(parts: readonly FooterPart[], suffix: string, width: number): string {
  const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
  const items = parts
    .map((p) => (typeof p === 'string' ? { text: tidy(p) } : { text: tidy(p.name), name: true }))
    .filter((p) => p.text);
  const line = (cap: number) =>
    items.map((p) => (p.name ? shorten(p.text, cap) : p.text)).join(SEPARATOR);
  // The estimate runs a few per cent wide already; a little more to spare for capitals.
  const fits = (cap: number) => textWidth(line(cap) + suffix, SMALL_SIZE) <= width * 0.98;
  let cap = Math.max(...items.map((p) => p.text.length), 0);
  while (cap > 12 && !fits(cap)) cap--;
  return line(cap);
}
