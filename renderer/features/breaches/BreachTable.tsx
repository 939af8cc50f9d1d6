import { useTranslation } from 'react-i18next';
import type { BreachSummary } from '../../../core/api';
import { href } from '../../app/router';
import { ClockBadge } from './ClockBadge';
import { useBerlinTime } from './format';

/** One row per breach; the hours left come first, as they decide what to do next. */
export function BreachTable({ rows, showClient }: { rows: BreachSummary[]; showClient: boolean }) {
  const { t } = useTranslation('breaches');
  const time = useBerlinTime();
  return (
    <div className="card">
      <table className="table breach-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.columns.clock')}</th>
            <th scope="col">{t('list.columns.breach')}</th>
            {showClient ? <th scope="col">{t('list.columns.client')}</th> : null}
            <th scope="col">{t('list.columns.aware')}</th>
            <th scope="col">{t('list.columns.deadline')}</th>
            <th scope="col">{t('list.columns.risk')}</th>
            <th scope="col">{t('list.columns.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.id}>
              <td>
                <ClockBadge deadlines={b.deadlines} notified={b.firstNoticeAt !== null} />
              </td>
              <td>
                <a href={href(`/client/${b.clientId}/breaches/${b.id}`)}>{b.title}</a>
                <div className="muted">{b.reference}</div>
              </td>
              {showClient ? <td>{b.clientName}</td> : null}
              <td>{time(b.awareAt)}</td>
              <td>{time(b.deadlines.authorityBy)}</td>
              <td>{b.level ? t(`levelShort.${b.level}`) : t('list.notAssessed')}</td>
              <td>{t(`states.${b.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
