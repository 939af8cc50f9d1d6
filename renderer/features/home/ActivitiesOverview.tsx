import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { activityStatus } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queries';
import { href } from '../../app/router';
import { ErrorBanner } from '../../components';

/**
 * How many processing activities the client has, by status, how many lack an Art. 30 item
 * and how many still hold template content the user has not confirmed.
 */
export function ActivitiesOverview({ clientId }: { clientId: number }) {
  const { t } = useTranslation('home');
  const filters = { status: 'all' } as const;
  const activities = useQuery({
    queryKey: queryKeys.activities(clientId, filters),
    queryFn: () => call('activities.list', { clientId, ...filters }),
  });
  const list = activities.data ?? [];
  const listHref = href(`/client/${clientId}/activities`);
  const current = list.filter((a) => a.status !== 'archived');
  const incomplete = current.filter((a) => a.completeness.missing.length > 0);
  const unconfirmed = current.filter((a) => a.completeness.unconfirmed.length > 0);

  return (
    <section className="card" aria-labelledby="activities-overview-title">
      <div className="card-header">
        <h2 id="activities-overview-title" className="card-title">
          {t('activities.title')}
        </h2>
        <a className="button" href={listHref}>
          {t('activities.open')}
        </a>
      </div>
      <ErrorBanner error={activities.error} />
      {activities.isPending ? <p className="muted">{t('common:status.loading')}</p> : null}
      {activities.data && list.length === 0 ? (
        <p className="muted">{t('activities.none')}</p>
      ) : null}
      {list.length > 0 ? (
        <dl className="stats">
          <div className="stat">
            <dt>{t('activities.total')}</dt>
            <dd>{list.length}</dd>
          </div>
          {activityStatus.options.map((status) => (
            <div className="stat" key={status}>
              <dt>{t(`activities.status.${status}`)}</dt>
              <dd>{list.filter((a) => a.status === status).length}</dd>
            </div>
          ))}
          <div className={incomplete.length > 0 ? 'stat stat-warning' : 'stat'}>
            <dt>{t('activities.incomplete')}</dt>
            <dd>{incomplete.length}</dd>
          </div>
          <div className={unconfirmed.length > 0 ? 'stat stat-warning' : 'stat'}>
            <dt>{t('activities.unconfirmed')}</dt>
            <dd>{unconfirmed.length}</dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
