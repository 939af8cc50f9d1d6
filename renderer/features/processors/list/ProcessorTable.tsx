import { useTranslation } from 'react-i18next';
import type { ProcessorSummary } from '../../../../core/api';
import { href } from '../../../app/router';
import { useFormat } from '../../../components';
import { AvvStatusBadge, WarningList } from '../warnings';

export function ProcessorTable({
  clientId,
  items,
}: {
  clientId: number;
  items: ProcessorSummary[];
}) {
  const { t } = useTranslation('processors');
  const format = useFormat();
  return (
    <div className="card">
      <table className="table processor-table">
        <caption className="visually-hidden">{t('list.caption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.country')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.activities')}</th>
            <th scope="col">{t('table.dates')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <a href={href(`/client/${clientId}/processors/${p.id}`)}>{p.name}</a>
                {p.service ? <div className="muted">{p.service}</div> : null}
                <WarningList warnings={p.warnings} />
              </th>
              <td>
                {p.country || '–'}
                <div className="muted">{t(`countryKind.${p.countryKind}`)}</div>
              </td>
              <td>
                <AvvStatusBadge status={p.status} />
                {p.signedOn ? (
                  <div className="muted">
                    {t('table.signedOn', { date: format.date(p.signedOn) })}
                  </div>
                ) : null}
              </td>
              <td>{p.activityCount}</td>
              <td>
                {p.reviewOn ? (
                  <div>{t('table.reviewOn', { date: format.date(p.reviewOn) })}</div>
                ) : null}
                {p.endsOn ? <div>{t('table.endsOn', { date: format.date(p.endsOn) })}</div> : null}
                {!p.reviewOn && !p.endsOn ? '–' : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
