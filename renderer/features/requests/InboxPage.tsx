import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestKind, requestState } from '../../../core/api';
import { useClient } from '../../app/queries';
import { href, navigate } from '../../app/router';
import { EmptyState, ErrorBanner, Page, SelectField, useToast } from '../../components';
import { InboxTable } from './InboxTable';
import { useImportEml } from './mutations';
import { useRequestList, type ListFilters } from './queries';

type Filters = Required<Pick<ListFilters, 'state' | 'kind' | 'due' | 'search'>>;
const initial: Filters = { state: 'open', kind: 'all', due: 'all', search: '' };

/** The inbox of one client, or across all clients (DPO) when `clientId` is left out. */
export function InboxPage({ clientId }: { clientId?: number }) {
  const { t } = useTranslation('requests');
  const client = useClient(clientId ?? null);
  const [filters, setFilters] = useState<Filters>(initial);
  const list = useRequestList({ ...filters, ...(clientId ? { clientId } : {}), sort: 'due' });
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const importEml = useImportEml((created, into) => {
    toast(t('inbox.imported'));
    navigate(`/client/${into}/requests/${created.id}`);
  });
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && clientId) importEml.mutate({ clientId, file });
  };
  const change = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const actions = clientId ? (
    <>
      <a className="button" href={href('/requests')}>
        {t('inbox.allClients')}
      </a>
      <button type="button" className="button" onClick={() => fileInput.current?.click()}>
        {t('inbox.import')}
      </button>
      <a className="button button-primary" href={href(`/client/${clientId}/requests/new`)}>
        {t('inbox.new')}
      </a>
    </>
  ) : null;

  return (
    <Page
      title={clientId ? t('inbox.title') : t('inbox.allTitle')}
      eyebrow={client.data?.name}
      actions={actions}
    >
      <p className="lead">{t('inbox.intro')}</p>
      {clientId ? (
        <div
          className={`requests-drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p className="muted">{t('inbox.importHint')}</p>
          <input
            ref={fileInput}
            type="file"
            accept=".eml,message/rfc822"
            className="visually-hidden"
            aria-label={t('inbox.import')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) importEml.mutate({ clientId, file });
              e.target.value = '';
            }}
          />
        </div>
      ) : null}
      <ErrorBanner error={importEml.error ?? list.error} />
      <div role="search" className="card requests-toolbar" aria-label={t('inbox.toolbar')}>
        <div className="field">
          <label className="field-label" htmlFor="requests-search">
            {t('inbox.search')}
          </label>
          <input
            id="requests-search"
            className="input"
            type="search"
            placeholder={t('inbox.searchPlaceholder')}
            value={filters.search}
            onChange={(e) => change({ search: e.target.value })}
          />
        </div>
        <SelectField
          id="requests-state"
          label={t('inbox.state')}
          value={filters.state}
          options={[
            { value: 'open' as const, label: t('inbox.stateOpen') },
            { value: 'all' as const, label: t('inbox.stateAll') },
            ...requestState.options.map((v) => ({ value: v, label: t(`states.${v}`) })),
          ]}
          onChange={(state) => change({ state })}
        />
        <SelectField
          id="requests-kind"
          label={t('inbox.kind')}
          value={filters.kind}
          options={[
            { value: 'all' as const, label: t('inbox.kindAll') },
            ...requestKind.options.map((v) => ({ value: v, label: t(`kinds.${v}`) })),
          ]}
          onChange={(kind) => change({ kind })}
        />
        <SelectField
          id="requests-due"
          label={t('inbox.due')}
          value={filters.due}
          options={[
            { value: 'all' as const, label: t('inbox.dueAll') },
            { value: 'week' as const, label: t('inbox.dueWeek') },
            { value: 'overdue' as const, label: t('inbox.dueOverdue') },
          ]}
          onChange={(due) => change({ due })}
        />
      </div>
      <p className="muted list-count" role="status">
        {list.data ? t('inbox.count', { count: list.data.length }) : t('common:status.loading')}
      </p>
      {list.data && list.data.length > 0 ? (
        <InboxTable requests={list.data} showClient={!clientId} />
      ) : null}
      {list.data && list.data.length === 0 ? (
        <EmptyState
          title={t('inbox.emptyTitle')}
          body={
            filters.state === 'open' && filters.kind === 'all' && filters.due === 'all'
              ? t('inbox.emptyBody')
              : t('inbox.noResults')
          }
        />
      ) : null}
    </Page>
  );
}
