import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../core/api';
import { href } from '../../app/router';
import { useFormat } from '../../components';
import { DueBadge, StateBadge } from './badges';

/** Requests by due date; across clients the client is shown too. */
export function InboxTable({
  requests,
  showClient,
}: {
  requests: RequestSummary[];
  showClient: boolean;
}) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  return (
    <div className="card">
      <table className="table requests-table">
        <caption className="visually-hidden">{t('inbox.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.requester')}</th>
            {showClient ? <th scope="col">{t('table.client')}</th> : null}
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.received')}</th>
            <th scope="col" aria-sort="ascending">
              {t('table.due')}
            </th>
            <th scope="col">{t('table.daysLeft')}</th>
            <th scope="col">{t('table.state')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={href(`/client/${r.clientId}/requests/${r.id}`)}>{r.requesterName}</a>
              </th>
              {showClient ? <td>{r.clientName}</td> : null}
              <td>{t(`kinds.${r.kind}`)}</td>
              <td className="nowrap">{format.date(r.receivedOn)}</td>
              <td className="nowrap">{format.date(r.due)}</td>
              <td>
                <DueBadge daysLeft={r.daysLeft} urgency={r.urgency} />
              </td>
              <td>
                <StateBadge state={r.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
