import type { RequestKind } from '../api/requests-schemas';

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
  const sample = text.slice(0, 20_000);
  return kindWords.find(([, re]) => re.test(sample))?.[0] ?? 'other';
}
