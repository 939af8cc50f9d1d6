import type { AdChannel, Language } from '../api';
import { adChannels } from '../api/consent-schemas';
import { channelList, consentDocTexts } from '../i18n/consent-texts';
import { dateInBerlin } from '../rules/calendar';
import { formatLegalDate, sanitizeFilenamePart } from './format';
import { csvDelimiter, csvLine } from './register-csv';

// The suppression list: everyone a withdrawal or objection blocks, to load into the
// newsletter tool or the call list before a campaign. CSV as the register's export writes
// it: BOM, ";" for German, "," for English, CRLF, and every cell formula-neutralised, since
// names and addresses come from outside and a spreadsheet opens the file.

export interface SuppressionEntry {
  name: string;
  email: string;
  phone: string;
  reference: string;
  channels: AdChannel[];
  /** UTC instant of the withdrawal or objection that blocks the first channel. */
  since: string;
  reason: 'withdrawn' | 'objected';
}

export function buildSuppressionCsv(
  client: string,
  entries: readonly SuppressionEntry[],
  language: Language,
): string {
  const t = consentDocTexts[language];
  const delimiter = csvDelimiter(language);
  const rows = entries.map((e) => [
    client,
    e.name,
    e.email,
    e.phone,
    e.reference,
    e.channels.length === adChannels.length
      ? t.suppression.allChannels
      : channelList(e.channels, language),
    formatLegalDate(dateInBerlin(e.since), language, 'numeric'),
    t.kinds[e.reason],
  ]);
  const lines = [t.suppression.headers, ...rows].map((cells) => csvLine(cells, delimiter));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const suppressionFilename = (client: string, language: Language, today: string) =>
  `${consentDocTexts[language].suppression.filename}_${sanitizeFilenamePart(client, 60)}_${today}.csv`;
