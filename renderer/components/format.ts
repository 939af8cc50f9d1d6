import { useTranslation } from 'react-i18next';
import { todayInBerlin } from '../../core/rules/calendar';

/**
 * Dates: German users expect dd.mm.yyyy exactly; English gets the locale's medium style
 * ("5 Mar 2025") which cannot be misread as month/day.
 */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  // Legal dates are calendar days: build them locally so no time zone shifts the day.
  if (language === 'de' && iso.length === 10) return `${d}.${mo}.${y}`;
  const date = iso.length === 10 ? new Date(Number(y), Number(mo) - 1, Number(d)) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (language === 'de') {
    return new Intl.DateTimeFormat('de-DE', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(date);
  }
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(date);
}

/** An instant (ISO with zone) in local time, e.g. "05.03.2025, 14:07". */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const day =
    language === 'de'
      ? new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' })
      : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return `${day.format(date)}, ${time.format(date)}`;
}

const berlin = {
  de: new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

/**
 * An instant in Berlin time on every machine: an hour period counted for a German
 * authority (the 72 hours of Art. 33) must show the same deadline on a laptop set elsewhere.
 */
export function formatBerlinDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return berlin[language === 'en' ? 'en' : 'de'].format(date);
}

/** Formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    date: (iso: string | null | undefined) => formatDate(iso, language),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, language),
    number: (n: number) => new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB').format(n),
  };
}

/** Today as YYYY-MM-DD in Europe/Berlin: the legal calendar day, as the handlers count it. */
export function todayIso(): string {
  return todayInBerlin(new Date());
}
