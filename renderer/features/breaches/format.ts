import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components';
import { toBerlinLocal } from '../../../core/rules/calendar';

// Times of a breach are shown in Berlin time on every machine: the 72 hours are counted
// for a German authority, and a laptop set to another zone must show the same deadline.

export function useBerlinTime() {
  const { i18n } = useTranslation();
  return (instant: string | null | undefined) => formatDateTime(instant, i18n.language);
}

/** A `datetime-local` value of now, in Berlin: the default awareness of a new breach. */
export const nowInBerlinLocal = (): string => toBerlinLocal(new Date());
