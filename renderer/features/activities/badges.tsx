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
 * "vollständig", "3 Angaben fehlen" and/or "2 Vorlagenangaben zu prüfen"; the items are in
 * the tooltip for the mouse and in hidden text for screen readers (a title alone is not read
 * reliably).
 */
export function CompletenessBadge({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation('activities');
  if (completeness.complete) {
    return <span className="badge badge-success">{t('badge.complete')}</span>;
  }
  const { missing, unconfirmed } = completeness;
  const missingItems = missing.map((code) => t(`completeness.${code}`)).join(', ');
  const unconfirmedItems = unconfirmed.map((field) => t(`templateField.${field}`)).join(', ');
  return (
    <span className="badges">
      {missing.length > 0 ? (
        <span className="badge badge-warning" title={missingItems}>
          {t('badge.missing', { count: missing.length })}
          <span className="visually-hidden">: {missingItems}</span>
        </span>
      ) : null}
      {unconfirmed.length > 0 ? (
        <span className="badge badge-warning" title={unconfirmedItems}>
          {t('badge.unconfirmed', { count: unconfirmed.length })}
          <span className="visually-hidden">: {unconfirmedItems}</span>
        </span>
      ) : null}
    </span>
  );
}
