import { useTranslation } from 'react-i18next';
import type { ActivityStatus, Completeness } from '../../../core/api';

const statusClass: Record<ActivityStatus, string> = {
  draft: 'badge',
  active: 'badge badge-success',
  archived: 'badge badge-muted',
};

export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation('activities');
  return <span className={statusClass[status]}>{t(`status.${status}`)}</span>;
}

/**
 * "vollständig" or "3 Angaben fehlen"; the missing items are in the tooltip for the mouse and
 * in hidden text for screen readers (a title alone is not read reliably).
 */
export function CompletenessBadge({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation('activities');
  if (completeness.complete) {
    return <span className="badge badge-success">{t('badge.complete')}</span>;
  }
  const items = completeness.missing.map((code) => t(`completeness.${code}`)).join(', ');
  return (
    <span className="badge badge-warning" title={items}>
      {t('badge.missing', { count: completeness.missing.length })}
      <span className="visually-hidden">: {items}</span>
    </span>
  );
}
