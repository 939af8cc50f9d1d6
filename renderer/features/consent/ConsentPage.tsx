import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adChannels, type AdChannel } from '../../../core/api';
import { useClient } from '../../app/queries';
import { href } from '../../app/router';
import { EmptyState, ErrorBanner, Page, useFormat, useToast } from '../../components';
import { currentLanguage } from '../../i18n';
import { useExportSuppression } from './mutations';
import { PersonTable } from './PersonTable';
import { useChannelStatus, usePersons } from './queries';

type Status = 'all' | 'allowed' | 'not_allowed' | 'suppressed';
const PAGE = 50;

/** A client's consent records: per channel who may be advertised to now, and the persons. */
export function ConsentPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('consent');
  const toast = useToast();
  const format = useFormat();
  const client = useClient(clientId);
  const status = useChannelStatus(clientId);
  const [search, setSearch] = useState('');
  const [channel, setChannel] = useState<AdChannel>('email');
  const [filter, setFilter] = useState<Status>('all');
  const [offset, setOffset] = useState(0);
  const persons = usePersons({ clientId, search, channel, status: filter, limit: PAGE, offset });
  const exportList = useExportSuppression(clientId);
  const total = persons.data?.total ?? 0;
  const actions = (
    <>
      <a className="button button-primary" href={href(`/client/${clientId}/consent/persons/new`)}>
        {t('persons.new')}
      </a>
      <a className="button" href={href(`/client/${clientId}/consent/import`)}>
        {t('persons.import')}
      </a>
      <button
        type="button"
        className="button"
        disabled={exportList.isPending}
        onClick={() =>
          exportList.mutate(currentLanguage(), {
            onSuccess: (r) => r.saved && toast(t('persons.exported', { name: r.filename })),
          })
        }
      >
        {t('persons.exportSuppression')}
      </button>
      <a className="button" href={href(`/client/${clientId}/consent/texts`)}>
        {t('texts.title')}
      </a>
    </>
  );
  return (
    <Page title={t('title')} eyebrow={client.data?.name} actions={actions}>
      <p className="muted">{t('intro')}</p>
      <ErrorBanner error={status.error ?? persons.error ?? exportList.error} />
      {status.data ? (
        <section className="card" aria-labelledby="consent-status">
          <h2 id="consent-status" className="card-title">
            {t('status.title', { count: status.data.persons })}
          </h2>
          <ul className="consent-counts">
            {status.data.channels.map((c) => (
              <li key={c.channel}>
                <span className="consent-count">{format.number(c.allowed)}</span>{' '}
                {t('status.allowed', { channel: t(`channels.${c.channel}`) })}
              </li>
            ))}
            <li>
              <span className="consent-count">{format.number(status.data.suppressed)}</span>{' '}
              {t('status.suppressed')}
            </li>
          </ul>
        </section>
      ) : null}
      <div className="consent-filters">
        <label className="field-inline">
          <span>{t('persons.search')}</span>
          <input
            className="input"
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setOffset(0);
            }}
          />
        </label>
        <label className="field-inline">
          <span>{t('persons.channel')}</span>
          <select
            className="input"
            value={channel}
            onChange={(e) => setChannel(e.target.value as AdChannel)}
          >
            {adChannels.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="group" aria-label={t('persons.filter')}>
          {(['all', 'allowed', 'not_allowed', 'suppressed'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className="segmented-item"
              aria-pressed={filter === s}
              onClick={() => {
                setFilter(s);
                setOffset(0);
              }}
            >
              {t(`persons.filters.${s}`)}
            </button>
          ))}
        </div>
      </div>
      {persons.data && total === 0 && search === '' && filter === 'all' ? (
        <EmptyState
          title={t('persons.emptyTitle')}
          body={t('persons.emptyBody')}
          action={
            <a className="button button-primary" href={href(`/client/${clientId}/consent/import`)}>
              {t('persons.import')}
            </a>
          }
        />
      ) : null}
      {persons.data && total === 0 && (search !== '' || filter !== 'all') ? (
        <p className="muted">{t('persons.noMatch')}</p>
      ) : null}
      {persons.data && total > 0 ? (
        <>
          <PersonTable clientId={clientId} rows={persons.data.rows} />
          <div className="consent-pager">
            <span className="muted">
              {t('persons.range', { from: offset + 1, to: Math.min(offset + PAGE, total), total })}
            </span>
            <button
              type="button"
              className="button button-small"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('persons.previous')}
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={offset + PAGE >= total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('persons.next')}
            </button>
          </div>
        </>
      ) : null}
    </Page>
  );
}
