import { useTranslation } from 'react-i18next';
import type { BreachDeadlines } from '../../../core/api';

/** How many hours are left of the 72 (or how many have passed), or why the clock stopped. */
export function ClockBadge({
  deadlines,
  notified,
}: {
  deadlines: BreachDeadlines;
  notified: boolean;
}) {
  const { t } = useTranslation('breaches');
  const hours = deadlines.hoursLeft;
  if (deadlines.clockRuns && hours !== null) {
    const passed = hours < 0;
    const urgent = passed || hours < 24;
    return (
      <span className={`badge ${urgent ? 'badge-danger' : 'badge-warning'} clock-badge`}>
        {passed ? t('clock.passed', { count: -hours }) : t('clock.left', { count: hours })}
      </span>
    );
  }
  if (notified) {
    return (
      <span className={`badge ${deadlines.late ? 'badge-warning' : 'badge-success'} clock-badge`}>
        {deadlines.late ? t('clock.notifiedLate') : t('clock.notified')}
      </span>
    );
  }
  return <span className="badge clock-badge">{t('clock.stopped')}</span>;
}
