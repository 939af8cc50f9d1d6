import { Paragraph, type Table } from 'docx';
import type { AdChannel, ConsentEvent, Language } from '../api';
import { adChannels } from '../api/consent-schemas';
import { channelList, consentDocTexts } from '../i18n/consent-texts';
import { fill } from '../i18n/requests-letters';
import { berlinClock } from '../rules/calendar';
import { formatBerlin } from './breach-parts';
import { bulletList, cleanText, run, textParagraphs } from './docx-parts';
import { heading } from './requests-letter-frame';
import { formatLegalDate } from './format';

// What the letters to a requester say about consent to advertising: in the Art. 15 reply,
// every consent event of the persons the requester matches (what, when, how, which wording)
// and the wordings themselves; in the confirmation of a withdrawal or objection, that it was
// recorded and the person is on the suppression list. The request room's builders call these.

type Block = Paragraph | Table;

/** What a letter needs of the consent records; the handler loads it, the reply keeps it. */
export interface ConsentLetterData {
  persons: { name: string; events: ConsentEvent[] }[];
  /** The wording versions the events were given with. */
  texts: { id: number; name: string; version: number; validFrom: string; text: string }[];
  /** Import files events came from, by import id. */
  imports: Record<number, string>;
  /** Withdrawals and objections recorded with this request as their source. */
  withdrawals: { at: string; channels: AdChannel[] }[];
}

export const hasConsentHistory = (data: ConsentLetterData | undefined) =>
  (data?.persons ?? []).some((p) => p.events.length > 0);

const para = (text: string) => new Paragraph({ children: [run(text)] });
const label = (text: string) => new Paragraph({ style: 'FieldLabel', text: cleanText(text) });

/** One event as a line: "15.03.2025, 14:07 Uhr: Einwilligung erteilt – E-Mail und Telefon – über Webformular (…) – …". */
export function eventLine(e: ConsentEvent, data: ConsentLetterData, language: Language): string {
  const t = consentDocTexts[language];
  const a = t.art15;
  const parts = [t.kinds[e.kind]];
  if (e.channels.length > 0 && e.kind !== 'doi_requested' && e.kind !== 'doi_confirmed') {
    parts.push(channelList(e.channels, language));
  }
  if (e.requestId !== null && (e.kind === 'withdrawn' || e.kind === 'objected'))
    parts.push(a.forRequest);
  else if (e.source && e.kind !== 'doi_requested') {
    const detail = e.sourceDetail.trim() ? ` (${e.sourceDetail.trim()})` : '';
    parts.push(`${a.via} ${t.sources[e.source]}${detail}`);
  }
  if (e.importId !== null && data.imports[e.importId])
    parts.push(`${a.fromImport} ${data.imports[e.importId]}`);
  if (e.kind === 'given' && e.method) parts.push(t.methods[e.method]);
  if (e.text)
    parts.push(
      `${a.withText} „${e.text.name}“, ${language === 'de' ? 'Version' : 'version'} ${e.text.version}`,
    );
  if (e.kind === 'doi_confirmed' && e.ip) parts.push(`${a.confirmedFrom} ${e.ip}`);
  if (e.note.trim()) parts.push(e.note.trim());
  return `${formatBerlin(e.at, language)}: ${parts.join(' – ')}`;
}

/** The Art. 15 section: per matched person its events, then the wordings used. */
export function consentSection(data: ConsentLetterData | undefined, language: Language): Block[] {
  if (!data || data.persons.length === 0) return [];
  const a = consentDocTexts[language].art15;
  if (!hasConsentHistory(data)) {
    return [heading(a.heading), para(a.none)];
  }
  const several = data.persons.length > 1;
  const blocks: Block[] = [heading(a.heading), para(a.intro)];
  for (const person of data.persons) {
    if (several) blocks.push(label(person.name));
    blocks.push(
      ...bulletList(
        person.events.map((e) => eventLine(e, data, language)),
        a.none,
      ),
    );
  }
  if (data.texts.length > 0) {
    blocks.push(label(a.wordingHeading));
    for (const text of data.texts) {
      blocks.push(
        new Paragraph({
          keepNext: true,
          children: [
            run(
              fill(a.wordingLine, {
                name: text.name,
                version: String(text.version),
                from: formatLegalDate(text.validFrom, language),
              }),
              { bold: true },
            ),
          ],
        }),
        ...textParagraphs(text.text, ''),
      );
    }
  }
  return blocks;
}

/** The confirmation's sentences on a withdrawal or objection recorded from the request. */
export function withdrawalBlocks(data: ConsentLetterData | undefined, language: Language): Block[] {
  const withdrawals = data?.withdrawals ?? [];
  if (withdrawals.length === 0) return [];
  const t = consentDocTexts[language].confirmation;
  const first = withdrawals.reduce((x, y) => (y.at < x.at ? y : x));
  const channels = [...new Set(withdrawals.flatMap((w) => w.channels))];
  // An objection without channels named stops every channel.
  const stopped =
    channels.length === 0 ? adChannels : adChannels.filter((c) => channels.includes(c));
  return [
    para(
      fill(t.recorded, {
        date: formatLegalDate(berlinClock(first.at).date, language),
        channels: channelList(stopped, language),
      }),
    ),
    para(t.suppression),
  ];
}
