import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../core/api';
import { useClients } from '../../app/queries';
import { href } from '../../app/router';
import { EmptyState, ErrorBanner, Page } from '../../components';
import { TrafficLight } from './TrafficLight';

type Sort = 'name' | 'urgency';

const lightRank: Record<ClientSummary['light'], number> = { red: 0, amber: 1, green: 2 };

/** The most pressing first: by light, then by urgent, soon and review counts; the name breaks ties. */
const byUrgency = (a: ClientSummary, b: ClientSummary) =>
  lightRank[a.light] - lightRank[b.light] ||
  b.open.urgent - a.open.urgent ||
  b.open.soon - a.open.soon ||
  b.open.review - a.open.review;

/** Every client with its open items by urgency, its light and its register, one click from its home. */
export function ClientListPage() {
  const { t } = useTranslation('clients');
  const clients = useClients();
  const [sort, setSort] = useState<Sort>('name');
  // The server lists by name; the sort is stable, so equal clients keep that order.
  const list = clients.data ?? [];
  const rows = sort === 'name' ? list : [...list].sort(byUrgency);

  return (
    <Page
      title={t('list.title')}
      eyebrow={t('list.eyebrow')}
      actions={
        <>
          <a className="button" href={href('/cockpit')}>
            {t('list.cockpit')}
          </a>
          <a className="button button-primary" href={href('/clients/new')}>
            {t('list.new')}
          </a>
        </>
      }
    >
      <p className="lead">{t('list.intro')}</p>
      <ErrorBanner error={clients.error} />
      {clients.isPending ? <p className="muted">{t('common:status.loading')}</p> : null}
      {clients.data && list.length === 0 ? (
        <EmptyState
          title={t('list.emptyTitle')}
          body={t('list.emptyBody')}
          action={
            <a className="button button-primary" href={href('/clients/new')}>
              {t('list.new')}
            </a>
          }
        />
      ) : null}
      {list.length > 0 ? (
        <>
          <div className="segmented view-toggle" role="group" aria-label={t('list.sortLabel')}>
            {(['name', 'urgency'] as const).map((s) => (
              <button
                key={s}
                type="button"
                className="segmented-item"
                aria-pressed={sort === s}
                onClick={() => setSort(s)}
              >
                {t(`list.sort.${s}`)}
              </button>
            ))}
          </div>
          <div className="card card-table">
            <table className="table client-table">
              <caption className="visually-hidden">
                {t(sort === 'name' ? 'list.captionByName' : 'list.captionByUrgency')}
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={sort === 'name' ? 'ascending' : undefined}>
                    {t('list.columns.name')}
                  </th>
                  <th scope="col">{t('list.columns.city')}</th>
                  <th scope="col" aria-sort={sort === 'urgency' ? 'descending' : undefined}>
                    {t('list.columns.light')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('list.columns.urgent')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('list.columns.soon')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('list.columns.review')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('list.columns.activities')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((client) => (
                  <tr key={client.id}>
                    <th scope="row">
                      <a href={href(`/client/${client.id}`)}>{client.name}</a>
                    </th>
                    <td>{client.city}</td>
                    <td>
                      <TrafficLight light={client.light} />
                    </td>
                    <td className="numeric">{client.open.urgent}</td>
                    <td className="numeric">{client.open.soon}</td>
                    <td className="numeric">{client.open.review}</td>
                    <td className="numeric">
                      {client.incompleteCount > 0
                        ? t('list.activityCount', {
                            count: client.activityCount,
                            incomplete: client.incompleteCount,
                          })
                        : client.activityCount}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Page>
  );
}
