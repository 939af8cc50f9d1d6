import { useTranslation } from 'react-i18next';
import type { AttentionItem } from '../../../core/api';
import { formatDateTime, useFormat } from '../../components';

/**
 * The one sentence under an attention item, the same on a client's home and in the cockpit:
 * what is missing, which date passed or comes, how many hours a breach clock has left.
 */
export function useDescribeAttention(): (item: AttentionItem) => string {
  const { t, i18n } = useTranslation(['home', 'activities', 'dpia']);
  const format = useFormat();
  return (item) => {
    if (item.kind === 'activity_incomplete') {
      const missing = item.details.map((code) => t(`activities:completeness.${code}`));
      return t('attention.missing', { items: missing.join(', ') });
    }
    if (item.kind === 'activity_unconfirmed') {
      const fields = item.details.map((code) => t(`activities:templateField.${code}`));
      return t('attention.unconfirmed', { items: fields.join(', ') });
    }
    if (item.kind === 'avv_missing') {
      // The activities that use the processor; drafts are marked (nothing processed yet).
      const drafts = new Set(item.drafts ?? []);
      const names = item.details.map((name) =>
        drafts.has(name) ? t('detail.draftMark', { name }) : name,
      );
      return t('detail.avv_missing', { activities: names.join(', ') });
    }
    if (item.kind === 'breach_clock_running' || item.kind === 'breach_clock_passed') {
      // The deadline is an instant: its day and hour, and the whole hours still left.
      return t(`detail.${item.kind}`, {
        date: formatDateTime(item.date, i18n.language),
        count: Number(item.details[0] ?? 0),
      });
    }
    if (item.kind === 'closed_requests_due') {
      return t('detail.closed_requests_due', {
        count: item.details.length,
        date: format.date(item.date),
      });
    }
    if (item.kind === 'dpia_needed') {
      const [result] = item.details;
      return t('detail.dpia_needed', {
        result: result ? t(`dpia:result.${result}`) : '',
        date: format.date(item.date),
      });
    }
    // Each kind has one sentence; it names the date when the item has one.
    return t(`detail.${item.kind}`, { date: format.date(item.date) });
  };
}
