import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { avvStatuses, type CountryKind, type AvvStatus } from '../../../../core/api';
import { useClient } from '../../../app/queries';
import { href } from '../../../app/router';
import { EmptyState, ErrorBanner, FormField, Page } from '../../../components';
import { useProcessorList, type ProcessorFilters } from '../queries';
import { ProcessorTable } from './ProcessorTable';
import { TrackerSettings } from './TrackerSettings';

const countryKinds: CountryKind[] = ['eu_eea', 'adequacy', 'third_country'];

/** The AVV tracker: every processor of the client with its agreement status and warnings. */
export function ProcessorsListPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('processors');
  const client = useClient(clientId);
  const [filters, setFilters] = useState<ProcessorFilters>({});
  const list = useProcessorList(clientId, filters);
  const counts = list.data?.counts;
  const change = (patch: ProcessorFilters) => setFilters((f) => ({ ...f, ...patch }));
  const filtered = Boolean(
    filters.search ||
    (filters.status && filters.status !== 'all') ||
    (filters.countryKind && filters.countryKind !== 'all') ||
    filters.attention,
  );

  return (
    <Page
      title={t('list.title')}
      eyebrow={client.data?.name}
      actions={
        <>
          <a className="button" href={href(`/client/${clientId}/processors/templates`)}>
            {t('list.templates')}
          </a>
          <a className="button button-primary" href={href(`/client/${clientId}/processors/new`)}>
            {t('list.new')}
          </a>
        </>
      }
    >
      <p className="lead">{t('list.intro')}</p>
      <ErrorBanner error={list.error} />
      {counts ? (
        <dl className="stats processor-stats" aria-label={t('list.countsLabel')}>
          {(
            [
              [t('list.total'), counts.total, false],
              [t('list.needAttention'), counts.attention, counts.attention > 0],
              [t('status.signed'), counts.byStatus.signed ?? 0, false],
              [
                t('status.missing'),
                counts.byStatus.missing ?? 0,
                (counts.byStatus.missing ?? 0) > 0,
              ],
            ] as const
          ).map(([label, value, warn]) => (
            <div key={label} className={warn ? 'stat stat-warning' : 'stat'}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {counts && counts.total === 0 ? (
        <EmptyState
          title={t('list.empty.title')}
          body={t('list.empty.body')}
          action={
            <a className="button button-primary" href={href(`/client/${clientId}/processors/new`)}>
              {t('list.new')}
            </a>
          }
        />
      ) : null}
      {counts && counts.total > 0 ? (
        <>
          <div className="processor-toolbar">
            <FormField label={t('list.search')}>
              <input
                className="input"
                type="search"
                value={filters.search ?? ''}
                onChange={(e) => change({ search: e.target.value })}
              />
            </FormField>
            <FormField label={t('list.status')}>
              <select
                className="input"
                value={filters.status ?? 'all'}
                onChange={(e) => change({ status: e.target.value as AvvStatus | 'all' })}
              >
                <option value="all">{t('list.all')}</option>
                {avvStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)} ({counts.byStatus[s] ?? 0})
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('list.country')}>
              <select
                className="input"
                value={filters.countryKind ?? 'all'}
                onChange={(e) => change({ countryKind: e.target.value as CountryKind | 'all' })}
              >
                <option value="all">{t('list.all')}</option>
                {countryKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`countryKind.${k}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <label className="check">
              <input
                type="checkbox"
                checked={filters.attention ?? false}
                onChange={(e) => change({ attention: e.target.checked })}
              />{' '}
              {t('list.attentionOnly', { count: counts.attention })}
            </label>
          </div>
          <p className="muted list-count" role="status">
            {list.data ? t('list.count', { count: list.data.items.length }) : null}
          </p>
          {list.data && list.data.items.length > 0 ? (
            <ProcessorTable clientId={clientId} items={list.data.items} />
          ) : null}
          {list.data && list.data.items.length === 0 && filtered ? (
            <EmptyState
              title={t('list.noResults')}
              action={
                <button type="button" className="button" onClick={() => setFilters({})}>
                  {t('list.reset')}
                </button>
              }
            />
          ) : null}
        </>
      ) : null}
      <TrackerSettings clientId={clientId} />
    </Page>
  );
}
