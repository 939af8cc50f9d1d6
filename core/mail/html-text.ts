// HTML of an e-mail as readable plain text, in one forward pass: every character is looked at
// a bounded number of times whatever the markup (unclosed tags, deep nesting, endless
// comments), so a hostile mail cannot stall the app. It keeps what a person reads:
// paragraphs and line breaks, list items, cells side by side, link targets dropped;
// scripts, styles and the head are skipped. Libraries that build a DOM were measured
// quadratic on deeply nested input, hence this small converter.

const MAX_INPUT = 4 * 1024 * 1024;

const entities: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  euro: '€',
  sect: '§',
  copy: '©',
  reg: '®',
  deg: '°',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  shy: '',
  zwnj: '',
  zwj: '',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ccedil: 'ç',
};

function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,15});/gi,
    (match, body: string) => {
      if (body[0] !== '#') return entities[body] ?? match;
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}

/** Elements whose content is never shown. */
const hidden = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg']);
const paragraphs = new Set([
  'p',
  'div',
  'table',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'address',
]);
const lines = new Set(['br', 'tr', 'hr', 'dt', 'dd']);

function tagName(tag: string): { name: string; closing: boolean } {
  const m = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]{0,30})/.exec(tag);
  return m ? { name: m[2]!.toLowerCase(), closing: m[1] === '/' } : { name: '', closing: false };
}

/** Plain text of an HTML body; at most `maxLength` characters. */
export function htmlToText(html: string, maxLength = 100_000): string {
  const source = html.length > MAX_INPUT ? html.slice(0, MAX_INPUT) : html;
  const lower = source.toLowerCase();
  const out: string[] = [];
  let length = 0;
  const push = (s: string) => {
    out.push(s);
    length += s.length;
  };
  // Line breaks in the markup are just spaces; the tags say where lines end.
  const pushText = (s: string) => push(s.replace(/\s+/g, ' '));
  let i = 0;
  while (i < source.length && length < maxLength) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      pushText(source.slice(i));
      break;
    }
    if (lt > i) pushText(source.slice(i, lt));
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    const gt = source.indexOf('>', lt + 1);
    if (gt < 0) break; // an unclosed tag at the end: nothing readable follows
    const { name, closing } = tagName(source.slice(lt, Math.min(gt + 1, lt + 40)));
    i = gt + 1;
    if (!closing && hidden.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? source.length : lower.indexOf('>', end) + 1 || source.length;
      continue;
    }
    if (paragraphs.has(name)) push('\n\n');
    else if (lines.has(name)) push('\n');
    else if (name === 'li' && !closing) push('\n• ');
    else if ((name === 'td' || name === 'th') && !closing) push('\t');
  }
  return decodeEntities(out.join(''))
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, maxLength);
}
