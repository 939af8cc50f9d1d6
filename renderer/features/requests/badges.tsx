import { useTranslation } from 'react-i18next';
import type { RequestState, RequestSummary } from '../../../core/api';

const urgencyClass: Record<RequestSummary['urgency'], string> = {
  overdue: 'badge badge-danger',
  due_soon: 'badge badge-warning',
  ok: 'badge',
  done: 'badge badge-success',
};

/** Days left in words, coloured: red when overdue, amber within a week. */
export function DueBadge({ daysLeft, urgency }: Pick<RequestSummary, 'daysLeft' | 'urgency'>) {
  const { t } = useTranslation('requests');
  const text =
    urgency === 'done'
      ? t('days.done')
      : daysLeft < 0
        ? t('days.overdue', { count: -daysLeft })
        : daysLeft === 0
          ? t('days.today')
          : t('days.left', { count: daysLeft });
  return <span className={`${urgencyClass[urgency]} requests-due`}>{text}</span>;
}

export function StateBadge({ state }: { state: RequestState }) {
  const { t } = useTranslation('requests');
  return (
    <span className={`tag requests-state requests-state-${state}`}>{t(`states.${state}`)}</span>
  );
}
