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
  if (iso.length !== 10) {
    const instant = new Date(iso);
    return Number.isNaN(instant.getTime())
      ? iso
      : dayFormat[language === 'en' ? 'en' : 'de'].format(instant);
  }
  const date = new Date(Number(y), Number(mo) - 1, Number(d));
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

const berlin = { timeZone: 'Europe/Berlin' } as const;
const dayFormat = {
  de: new Intl.DateTimeFormat('de-DE', {
    ...berlin,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', { ...berlin, dateStyle: 'medium' }),
};
const timeFormat = {
  de: new Intl.DateTimeFormat('de-DE', { ...berlin, hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { ...berlin, hour: '2-digit', minute: '2-digit' }),
};

/**
 * An instant (ISO with zone) in Berlin time on every machine, e.g. "05.03.2025, 14:07": the
 * app counts legal days and the 72 hours of Art. 33 in Europe/Berlin, so a laptop set to
 * another zone must show the same day and time as the deadlines it is compared with.
 */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const l = language === 'en' ? 'en' : 'de';
  return `${dayFormat[l].format(date)}, ${timeFormat[l].format(date)}`;
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
