import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../app/queries';
import { href } from '../../app/router';
import { EmptyState, ErrorBanner, Page, useToast } from '../../components';
import { currentLanguage } from '../../i18n';
import { BreachTable } from './BreachTable';
import { useExportBreachRegister } from './mutations';
import { useBreachList } from './queries';

type StateFilter = 'open' | 'closed' | 'all';

/** The breach log of a client, or of every client: running clocks first. */
export function ListPage({ clientId }: { clientId?: number }) {
  const { t } = useTranslation('breaches');
  const toast = useToast();
  const client = useClient(clientId ?? null);
  const [state, setState] = useState<StateFilter>('all');
  const list = useBreachList(clientId === undefined ? { state } : { clientId, state });
  const exportRegister = useExportBreachRegister(clientId);
  const all = clientId === undefined;
  const actions = (
    <>
      {clientId !== undefined ? (
        <a className="button button-primary" href={href(`/client/${clientId}/breaches/new`)}>
          {t('list.new')}
        </a>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={exportRegister.isPending}
        onClick={() =>
          exportRegister.mutate(currentLanguage(), {
            onSuccess: (r) => r.saved && toast(t('list.exported', { name: r.filename })),
          })
        }
      >
        {t('list.export')}
      </button>
      {all ? null : (
        <a className="button" href={href('/breaches')}>
          {t('list.allClients')}
        </a>
      )}
    </>
  );
  return (
    <Page
      title={all ? t('list.allTitle') : t('list.title')}
      eyebrow={client.data?.name}
      actions={actions}
    >
      <p className="muted">{t('list.intro')}</p>
      <div className="segmented" role="group" aria-label={t('list.filter')}>
        {(['all', 'open', 'closed'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className="segmented-item"
            aria-pressed={state === s}
            onClick={() => setState(s)}
          >
            {t(`list.states.${s}`)}
          </button>
        ))}
      </div>
      <ErrorBanner error={list.error ?? exportRegister.error} />
      {list.isPending ? <p className="muted">{t('common:status.loading')}</p> : null}
      {list.data && list.data.length === 0 ? (
        <EmptyState
          title={t('list.emptyTitle')}
          body={t('list.emptyBody')}
          action={
            clientId !== undefined ? (
              <a className="button button-primary" href={href(`/client/${clientId}/breaches/new`)}>
                {t('list.new')}
              </a>
            ) : undefined
          }
        />
      ) : null}
      {list.data && list.data.length > 0 ? <BreachTable rows={list.data} showClient={all} /> : null}
    </Page>
  );
}
