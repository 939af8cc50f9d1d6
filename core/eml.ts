import type { RequestKind } from './api/dsar-schemas';

// A small, careful reader of RFC 5322 e-mail files (.eml), enough to log a request from a
// dropped e-mail: sender, date, subject and the plain-text body. Header fields are unfolded
// (RFC 5322 2.2.3), encoded-words decoded (RFC 2047, B and Q, any charset TextDecoder knows),
// raw UTF-8 in headers accepted (RFC 6532). Anything that is not an e-mail is refused with a
// reason code, so nothing half-read is ever saved.

export type EmlProblem = 'emlMalformed' | 'emlNoSender' | 'emlNoDate';

export class EmlError extends Error {
  constructor(readonly problem: EmlProblem) {
    super(problem);
    this.name = 'EmlError';
  }
}

export interface ParsedEml {
  fromName: string;
  fromAddress: string;
  /** The Date header as an instant (UTC ISO). */
  date: string;
  subject: string;
  body: string;
}

/** One char per byte, so the structure can be read before the charset is known. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.trim().toLowerCase() || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown charset label
  }
}

/** Header text was read byte-per-char; re-read it as UTF-8 when it is valid UTF-8. */
function utf8IfValid(binary: string): string {
  if (!/[\x80-\xff]/.test(binary)) return binary;
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeBytes(bytes, 'windows-1252');
  }
}

const toBytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  return toBytes(atob(clean.slice(0, clean.length - (clean.length % 4))));
}

function quotedPrintableBytes(text: string, underscoreIsSpace: boolean): Uint8Array {
  const s = (underscoreIsSpace ? text.replace(/_/g, ' ') : text).replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(s.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

/** RFC 2047: `=?charset?B|Q?text?=`; whitespace between two encoded words is dropped. */
export function decodeEncodedWords(value: string): string {
  const word = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(word, (_, charset: string, enc: string, text: string) => {
      const bytes =
        enc.toUpperCase() === 'B' ? base64Bytes(text) : quotedPrintableBytes(text, true);
      return decodeBytes(bytes, charset.split('*')[0]!);
    });
}

type Headers = Map<string, string>;

/** Unfolds and splits the header block; null when a line is neither a field nor a fold. */
function parseHeaders(block: string): Headers | null {
  const headers: Headers = new Map();
  let last: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (last === null) return null;
      headers.set(last, `${headers.get(last)!} ${line.trim()}`);
      continue;
    }
    const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!m) return null;
    last = m[1]!.toLowerCase();
    // The first occurrence wins: a forwarded header block further down must not override.
    if (!headers.has(last)) headers.set(last, m[2]!);
    else last = `${last}\u0000dup`;
  }
  return headers;
}

/** `"Name" <a@b>`, `Name <a@b>`, `a@b (Name)` or `a@b`; the first mailbox of a list. */
export function parseMailbox(value: string): { name: string; address: string } | null {
  const text = utf8IfValid(value).trim();
  const angle = /^(.*?)<([^<>\s]+@[^<>\s]+)>/.exec(text);
  if (angle) {
    const raw = angle[1]!.trim().replace(/,$/, '');
    const name = raw.startsWith('"') ? raw.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1') : raw;
    return { name: decodeEncodedWords(name).trim(), address: angle[2]! };
  }
  const bare = /^([^\s<>(),;]+@[^\s<>(),;]+)(?:\s*\(([^)]*)\))?/.exec(text);
  if (!bare) return null;
  return { name: decodeEncodedWords(bare[2] ?? '').trim(), address: bare[1]! };
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const zones: Record<string, number> = {
  ut: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};

/** RFC 5322 3.3 date-time (with the obsolete zone names); null when unreadable. */
export function parseMailDate(value: string): string | null {
  const m =
    /^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?/.exec(
      value.replace(/\([^)]*\)/g, ' '),
    );
  if (!m) return null;
  const month = months.indexOf(m[2]!.toLowerCase());
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const [day, hour, minute, second] = [m[1], m[4], m[5], m[6] ?? '0'].map(Number) as number[];
  if (month < 0 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59 || second! > 60) return null;
  const zone = m[7] ?? '+0000';
  const offsetMinutes = /^[+-]\d{4}$/.test(zone)
    ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)))
    : (zones[zone.toLowerCase()] ?? 0) * 60;
  const utc = Date.UTC(year, month, day!, hour!, minute!, Math.min(second!, 59));
  if (new Date(utc).getUTCDate() !== day) return null; // e.g. 31 Feb
  return new Date(utc - offsetMinutes * 60_000).toISOString();
}

function param(header: string, name: string): string {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(header);
  return m ? (m[2] ?? m[1]!) : '';
}

function splitMessage(text: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(text);
  return m
    ? { head: text.slice(0, m.index), body: text.slice(m.index + m[0].length) }
    : { head: text, body: '' };
}

/** The first text/plain part (depth-limited), decoded to a string. */
function plainText(headers: Headers, body: string, depth = 0): string {
  const type = (headers.get('content-type') ?? 'text/plain').trim();
  const lower = type.toLowerCase();
  if (lower.startsWith('multipart/') && depth < 3) {
    const boundary = param(type, 'boundary');
    if (!boundary) return '';
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const { head, body: partBody } = splitMessage(part.replace(/^\r?\n/, ''));
      const partHeaders = parseHeaders(head);
      if (!partHeaders) continue;
      const text = plainText(partHeaders, partBody, depth + 1);
      if (text) return text;
    }
    return '';
  }
  if (!lower.startsWith('text/plain')) return '';
  const encoding = (headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const bytes =
    encoding === 'base64'
      ? base64Bytes(body)
      : encoding === 'quoted-printable'
        ? quotedPrintableBytes(body, false)
        : toBytes(body);
  return decodeBytes(bytes, param(type, 'charset') || 'utf-8')
    .replace(/\r\n/g, '\n')
    .trim();
}

/** Reads an .eml file; throws EmlError when it is not a usable e-mail. */
export function parseEml(bytes: Uint8Array): ParsedEml {
  const text = latin1(bytes.subarray(0, 4 * 1024 * 1024));
  if (!text.trim()) throw new EmlError('emlMalformed');
  const { head, body } = splitMessage(text.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''));
  const headers = parseHeaders(head.replace(/^(?:\r?\n)+/, ''));
  if (!headers || (!headers.has('from') && !headers.has('date')))
    throw new EmlError('emlMalformed');
  const from = headers.has('from') ? parseMailbox(headers.get('from')!) : null;
  if (!from) throw new EmlError('emlNoSender');
  const date = headers.has('date') ? parseMailDate(headers.get('date')!) : null;
  if (!date) throw new EmlError('emlNoDate');
  return {
    fromName: from.name,
    fromAddress: from.address,
    date,
    subject: decodeEncodedWords(utf8IfValid(headers.get('subject') ?? '')).trim(),
    body: plainText(headers, body).slice(0, 8000),
  };
}

/** The date and time in Germany of an instant, which is what "received on" means here. */
export function berlinDateTime(instant: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

const kindWords: [RequestKind, RegExp][] = [
  ['consent_withdrawal', /widerruf|withdraw/i],
  ['objection', /widerspruch|widerspreche|object(ion)?\b|art\.?\s*21/i],
  ['erasure', /lösch|loesch|erasure|delete|vergessen|art\.?\s*17/i],
  ['rectification', /berichtig|korrig|rectif|correct|art\.?\s*16/i],
  ['restriction', /einschränk|sperr|restrict|art\.?\s*18/i],
  ['portability', /übertrag|portab|art\.?\s*20/i],
  ['access', /auskunft|access|kopie|copy|art\.?\s*15/i],
];

/** A first guess of the kind from the words used; the user confirms it. */
export function guessKind(text: string): RequestKind {
  return kindWords.find(([, re]) => re.test(text))?.[0] ?? 'other';
}
