import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner } from '../../components';
import { ClockBadge } from './ClockBadge';
import { useBerlinTime } from './format';
import { useBreachList } from './queries';

/** Open breaches of the client on its home, running clocks first with the hours left. */
export function HomeBreaches({ clientId }: { clientId: number }) {
  const { t } = useTranslation('breaches');
  const time = useBerlinTime();
  const list = useBreachList({ clientId, state: 'open' });
  const open = list.data ?? [];
  return (
    <section className="card" aria-labelledby="home-breaches-title">
      <div className="card-header">
        <h2 id="home-breaches-title" className="card-title">
          {t('home.title')}
        </h2>
        <a className="button" href={href(`/client/${clientId}/breaches/new`)}>
          {t('home.new')}
        </a>
      </div>
      <ErrorBanner error={list.error} />
      {list.data && open.length === 0 ? <p className="muted">{t('home.none')}</p> : null}
      <ul className="home-breaches">
        {open.map((b) => (
          <li key={b.id}>
            <ClockBadge deadlines={b.deadlines} notified={b.firstNoticeAt !== null} />{' '}
            <a href={href(`/client/${clientId}/breaches/${b.id}`)}>{b.title}</a>
            {b.deadlines.clockRuns ? (
              <span className="muted">
                {' '}
                · {t('home.deadline', { at: time(b.deadlines.authorityBy) })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <a href={href(`/client/${clientId}/breaches`)}>{t('home.all')}</a>
    </section>
  );
}
