import PostalMime, { type Attachment, type Email, type Mailbox } from 'postal-mime';
import type { Language } from '../api/fields';
import { safeBaseName, withoutControls } from '../files/file-name';
import { mailLabels } from '../i18n/mail-labels';
import { htmlToText } from './html-text';
import { berlinDateTime } from './received';

// An e-mail file (.eml) from outside, read with postal-mime (RFC 5322/2045-2049, 2047 and
// 2231 names, web APIs only): sender, date, subject, a readable body (the HTML part turned
// into text when there is no plain one, forwarded messages appended with their headers)
// and the attached files. Anything that is not a usable e-mail is refused with a reason,
// so nothing half-read is ever saved. Limits keep a hostile file from stalling the app.

export type MailProblem = 'emlMalformed' | 'emlNoSender' | 'emlNoDate' | 'emlTooManyParts';

export class MailError extends Error {
  constructor(readonly problem: MailProblem) {
    super(problem);
    this.name = 'MailError';
  }
}

export interface MailFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ParsedMail {
  fromName: string;
  fromAddress: string;
  /** The Date header as an instant (UTC ISO). */
  date: string;
  subject: string;
  body: string;
  /** The attachments, forwarded messages (as .eml) and their attachments. */
  files: MailFile[];
  forwarded: number;
}

export const MAIL_LIMITS = {
  maxFiles: 50,
  maxForwarded: 5,
  maxBodyChars: 100_000,
} as const;

const parserOptions = {
  // Forwarded messages come back as files: this reader formats their headers itself.
  forceRfc822Attachments: true,
  maxNestingDepth: 32,
  maxHeadersSize: 512 * 1024,
};

async function parse(bytes: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(bytes, parserOptions);
  } catch {
    throw new MailError('emlMalformed');
  }
}

const header = (mail: Email, key: string) => mail.headers.find((h) => h.key === key)?.value;

function sender(mail: Email): Mailbox | null {
  const from = mail.from;
  const box = from?.group ? from.group[0] : from;
  if (!box || !/^[^@\s]+@[^@\s]+$/.test(box.address ?? '')) return null;
  return { name: withoutControls(box.name).trim(), address: box.address };
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "31 Feb" is no day, though Date would read it as 3 March. */
function realDay(raw: string): boolean {
  const m = /(\d{1,2})\s{1,9}([A-Za-z]{3})[A-Za-z]{0,6}\.?\s{1,9}(\d{2,4})/.exec(raw);
  if (!m) return /\d{4}-\d{2}-\d{2}/.test(raw);
  const month = months.indexOf(m[2]!.toLowerCase());
  const day = Number(m[1]);
  return (
    month >= 0 && new Date(Date.UTC(2000 + (Number(m[3]) % 4), month, day)).getUTCDate() === day
  );
}

/** An instant from 1970 to 9999, or null: an e-mail cannot have been received before. */
function instantOf(mail: Email): string | null {
  const raw = (header(mail, 'date') ?? '').slice(0, 200);
  if (!realDay(raw)) return null;
  const parsed = new Date(mail.date ?? '');
  const year = parsed.getUTCFullYear();
  if (Number.isNaN(parsed.getTime()) || year < 1970 || year > 9999) return null;
  return parsed.toISOString();
}

const bodyOf = (mail: Email) =>
  (mail.text?.trim() ? mail.text : htmlToText(mail.html ?? '', MAIL_LIMITS.maxBodyChars))
    .replace(/\r\n?/g, '\n')
    .trim()
    .slice(0, MAIL_LIMITS.maxBodyChars);

const toBytes = (content: Attachment['content']) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);

const extensionOf = (mimeType: string) =>
  mimeType === 'message/rfc822' ? '.eml' : mimeType === 'application/pdf' ? '.pdf' : '';

function formatInstant(instant: string, language: Language): string {
  const { date, time } = berlinDateTime(instant);
  const [y, m, d] = date.split('-');
  return language === 'de' ? `${d}.${m}.${y} ${time}` : `${date} ${time}`;
}

interface Collected {
  files: MailFile[];
  forwardedTexts: string[];
}

/** Files of a message, depth first; forwarded messages are read once more (one level). */
async function collect(mail: Email, language: Language, depth: number, into: Collected) {
  const labels = mailLabels[language];
  for (const attachment of mail.attachments) {
    // Inline images of the HTML body (logos, signatures) are part of the text, not files.
    if (attachment.related && attachment.contentId) continue;
    if (into.files.length >= MAIL_LIMITS.maxFiles) throw new MailError('emlTooManyParts');
    const bytes = toBytes(attachment.content);
    const forwarded = attachment.mimeType === 'message/rfc822';
    let name = safeBaseName(attachment.filename ?? '');
    const inner =
      forwarded && depth === 0 && into.forwardedTexts.length < MAIL_LIMITS.maxForwarded
        ? await parse(bytes).catch(() => null)
        : null;
    if (inner) {
      const from = sender(inner);
      const at = instantOf(inner);
      into.forwardedTexts.push(
        [
          labels.forwarded,
          `${labels.from}: ${from ? `${from.name} <${from.address}>`.trim() : ''}`,
          `${labels.date}: ${at ? formatInstant(at, language) : (header(inner, 'date') ?? '').slice(0, 100)}`,
          `${labels.subject}: ${inner.subject ?? ''}`,
          '',
          bodyOf(inner),
        ].join('\n'),
      );
      name ||= safeBaseName(`${inner.subject ?? ''}.eml`);
      into.files.push({ name: name || `${labels.file}.eml`, mimeType: attachment.mimeType, bytes });
      await collect(inner, language, depth + 1, into);
      continue;
    }
    const fallback = `${labels.file} ${into.files.length + 1}${extensionOf(attachment.mimeType)}`;
    into.files.push({ name: name || fallback, mimeType: attachment.mimeType, bytes });
  }
}

/** Reads an .eml file; throws MailError when it is not a usable e-mail. */
export async function parseMail(bytes: Uint8Array, language: Language): Promise<ParsedMail> {
  const mail = await parse(bytes);
  if (header(mail, 'from') === undefined && header(mail, 'date') === undefined) {
    throw new MailError('emlMalformed');
  }
  const from = sender(mail);
  if (!from) throw new MailError('emlNoSender');
  const date = instantOf(mail);
  if (!date) throw new MailError('emlNoDate');
  const collected: Collected = { files: [], forwardedTexts: [] };
  await collect(mail, language, 0, collected);
  const forwarded = collected.forwardedTexts.length;
  const body = [
    bodyOf(mail),
    ...(forwarded > 0 ? [mailLabels[language].check, ...collected.forwardedTexts] : []),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    fromName: from.name,
    fromAddress: from.address,
    date,
    subject: withoutControls(mail.subject ?? '').trim(),
    body: body.slice(0, MAIL_LIMITS.maxBodyChars),
    files: collected.files,
    forwarded,
  };
}
