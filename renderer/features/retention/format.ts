import { useTranslation } from 'react-i18next';
import type { Language, RegularPeriod } from '../../../core/api';
import {
  formatRegularPeriod,
  formatRetention,
  formatStart,
} from '../../../core/i18n/retention-labels';
import { todayInBerlin } from '../../../core/rules/calendar';

/** Period and start-event wording shared with the Word documents, in the UI language. */
export function useRetentionFormat() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  return {
    language,
    retention: (r: Parameters<typeof formatRetention>[0]) => formatRetention(r, language),
    regular: (p: RegularPeriod) => formatRegularPeriod(p, language),
    start: (r: Parameters<typeof formatStart>[0]) => formatStart(r, language),
  };
}

/** "2026-03" of today (in Europe/Berlin, like every legal date), for the plan's default month. */
export function currentMonth(): string {
  return todayInBerlin(new Date()).slice(0, 7);
}
