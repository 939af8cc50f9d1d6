import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../app/queries';
import { href } from '../../../app/router';
import { EmptyState, ErrorBanner, Page } from '../../../components';
import { useActivityList, useAllActivities, type ActivityListFilters } from '../queries';
import { TemplatePickerDialog } from '../templates/TemplatePickerDialog';
import { ActivityTable } from './ActivityTable';
import { ExportMenu } from './ExportMenu';
import { defaultFilters, isFiltered, useDebouncedValue, useRememberedFilters } from './filters';
import { ListToolbar } from './ListToolbar';

/** The client's record of processing activities (Art. 30 GDPR) as a searchable table. */
export function ActivitiesListPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('activities');
  const client = useClient(clientId);
  const [filters, setFilters] = useRememberedFilters(clientId);
  const [search, setSearch] = useState(filters.search);
  const debouncedSearch = useDebouncedValue(search);
  const [picking, setPicking] = useState(false);

  const effective: ActivityListFilters = { ...filters, search: debouncedSearch };
  const list = useActivityList(clientId, effective);
  // Tells "nothing recorded yet" apart from "nothing matches the filters".
  const all = useAllActivities(clientId);
  const hasAny = (all.data?.length ?? 0) > 0;

  const change = (patch: Partial<ActivityListFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const onSearch = (value: string) => {
    setSearch(value);
    change({ search: value });
  };
  const reset = () => {
    setSearch('');
    setFilters(defaultFilters);
  };

  const newButton = (
    <a className="button button-primary" href={href(`/client/${clientId}/activities/new`)}>
      {t('list.new')}
    </a>
  );
  const templateButton = (
    <button type="button" className="button" onClick={() => setPicking(true)}>
      {t('list.fromTemplate')}
    </button>
  );

  const importLink = (
    <a className="button" href={href(`/client/${clientId}/activities/import`)}>
      {t('list.import')}
    </a>
  );

  return (
    <Page
      title={t('list.title')}
      eyebrow={client.data?.name}
      actions={
        <>
          {hasAny ? <ExportMenu clientId={clientId} /> : null}
          {importLink}
          {templateButton}
          {newButton}
        </>
      }
    >
      <p className="lead">{t('list.intro')}</p>
      <ErrorBanner error={list.error ?? all.error} />
      {all.data && !hasAny ? (
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body')}
          action={
            <div className="empty-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => setPicking(true)}
              >
                {t('list.fromTemplate')}
              </button>
              <a className="button" href={href(`/client/${clientId}/activities/new`)}>
                {t('list.new')}
              </a>
              {importLink}
            </div>
          }
        />
      ) : null}
      {hasAny ? (
        <>
          <ListToolbar search={search} onSearch={onSearch} filters={filters} onChange={change} />
          <p className="muted list-count" role="status">
            {list.data ? t('list.count', { count: list.data.length }) : t('common:status.loading')}
          </p>
          {list.data && list.data.length > 0 ? (
            <ActivityTable
              clientId={clientId}
              activities={list.data}
              sort={filters.sort}
              direction={filters.direction}
            />
          ) : null}
          {list.data && list.data.length === 0 && isFiltered(effective) ? (
            <EmptyState
              title={t('noResults.title')}
              body={t('noResults.body')}
              action={
                <button type="button" className="button" onClick={reset}>
                  {t('noResults.reset')}
                </button>
              }
            />
          ) : null}
          {/* Default filters and still nothing: everything the client has is archived. */}
          {list.data && list.data.length === 0 && !isFiltered(effective) ? (
            <EmptyState
              title={t('noResults.allArchived')}
              action={
                <button type="button" className="button" onClick={() => change({ status: 'all' })}>
                  {t('noResults.showArchived')}
                </button>
              }
            />
          ) : null}
        </>
      ) : null}
      {all.isPending ? <p className="muted page-loading">{t('common:status.loading')}</p> : null}
      <TemplatePickerDialog clientId={clientId} open={picking} onClose={() => setPicking(false)} />
    </Page>
  );
}
