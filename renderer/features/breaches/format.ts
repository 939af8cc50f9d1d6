import { useTranslation } from 'react-i18next';
import { toBerlinLocal } from '../../../core/rules/calendar';

// Times of a breach are shown in Berlin time on every machine: the 72 hours are counted
// for a German authority, and a laptop set to another zone must show the same deadline.

const formats = {
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

export function formatBerlinTime(instant: string | null | undefined, language: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return formats[language === 'en' ? 'en' : 'de'].format(date);
}

export function useBerlinTime() {
  const { i18n } = useTranslation();
  return (instant: string | null | undefined) => formatBerlinTime(instant, i18n.language);
}

/** A `datetime-local` value of now, in Berlin: the default awareness of a new breach. */
export const nowInBerlinLocal = (): string => toBerlinLocal(new Date());
