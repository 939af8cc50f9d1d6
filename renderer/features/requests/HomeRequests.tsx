import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner } from '../../components';
import { useRequestCounts } from './queries';

/** The client's open, overdue and due-soon requests on the home screen. */
export function HomeRequests({ clientId }: { clientId: number }) {
  const { t } = useTranslation('requests');
  const counts = useRequestCounts(clientId);
  const c = counts.data;
  return (
    <section className="card" aria-labelledby="home-requests-title">
      <div className="card-header">
        <h2 id="home-requests-title" className="card-title">
          {t('home.title')}
        </h2>
        <a className="button" href={href(`/client/${clientId}/requests`)}>
          {t('home.show')}
        </a>
      </div>
      <ErrorBanner error={counts.error} />
      {c ? (
        <dl className="stats">
          <div className="stat">
            <dt>{t('home.open')}</dt>
            <dd>{c.open}</dd>
          </div>
          <div className={c.overdue > 0 ? 'stat stat-warning' : 'stat'}>
            <dt>{t('home.overdue')}</dt>
            <dd>{c.overdue}</dd>
          </div>
          <div className={c.dueSoon > 0 ? 'stat stat-warning' : 'stat'}>
            <dt>{t('home.dueSoon')}</dt>
            <dd>{c.dueSoon}</dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
