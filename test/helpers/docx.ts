import PizZip from 'pizzip';

// Reads a generated .docx without an office suite: the zip's XML parts and their text.

/** One part of the package, e.g. `word/document.xml`; throws if it is missing. */
export function docxPart(bytes: Uint8Array, part = 'word/document.xml'): string {
  const file = new PizZip(bytes).file(part);
  if (!file) throw new Error(`${part} is not in the document`);
  return file.asText();
}

export function docxPartNames(bytes: Uint8Array): string[] {
  return Object.keys(new PizZip(bytes).files);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The visible text of a part: runs of a paragraph joined, one line per paragraph and per
 * line break, XML entities decoded (so "Müller & Söhne" is found as typed, not "&amp;"),
 * soft hyphens dropped (they show only where a line is divided).
 */
export function docxText(bytes: Uint8Array, part = 'word/document.xml'): string {
  const xml = docxPart(bytes, part);
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\b[^>]*\/>/g)]
        .map((m) => m[1] ?? '\n')
        .join(''),
    )
    .filter((line) => line.length > 0)
    .join('\n')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!)
    .replace(/\u00ad/g, '');
}

/** The text of each paragraph of `word/document.xml` set in one of the given styles. */
export function docxStyledParagraphs(bytes: Uint8Array, styles: readonly string[]): string[] {
  const xml = docxPart(bytes);
  return xml
    .split(/<\/w:p>/)
    .filter((p) => styles.some((style) => p.includes(`<w:pStyle w:val="${style}"/>`)))
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!),
    )
    .filter(Boolean);
}
