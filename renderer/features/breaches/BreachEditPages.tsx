import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachFormInput } from '../../../core/api';
import { useClient } from '../../app/queries';
import { navigate } from '../../app/router';
import { ErrorBanner, Page, useToast } from '../../components';
import { currentLanguage } from '../../i18n';
import { BreachForm } from './BreachForm';
import { emptyValues, fromBreach, fromStarter } from './formValues';
import { useCreateBreach, useUpdateBreach } from './mutations';
import { useBreach, useStarters } from './queries';

/** A new breach: pick the starting point of a frequent case, or begin empty. */
export function NewBreachPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('breaches');
  const client = useClient(clientId);
  const toast = useToast();
  const starters = useStarters(currentLanguage());
  const [start, setStart] = useState<{ key: string; values: BreachFormInput } | null>(null);
  const create = useCreateBreach(clientId, (created) => {
    toast(t('form.created'));
    navigate(`/client/${clientId}/breaches/${created.id}`);
  });
  return (
    <Page title={t('form.newTitle')} eyebrow={client.data?.name}>
      <section className="card" aria-labelledby="starters-title">
        <h2 id="starters-title" className="card-title">
          {t('form.startersTitle')}
        </h2>
        <p className="muted">{t('form.startersIntro')}</p>
        <ErrorBanner error={starters.error} />
        <div className="starter-grid">
          {starters.data?.map((s) => (
            <button
              key={s.key}
              type="button"
              className="button starter-button"
              aria-pressed={start?.key === s.key}
              onClick={() => setStart({ key: s.key, values: fromStarter(s) })}
            >
              {s.title}
            </button>
          ))}
          <button
            type="button"
            className="button starter-button"
            aria-pressed={start?.key === ''}
            onClick={() => setStart({ key: '', values: emptyValues() })}
          >
            {t('form.noStarter')}
          </button>
        </div>
      </section>
      {start ? (
        <BreachForm
          key={start.key}
          clientId={clientId}
          initial={start.values}
          submitLabel={t('form.create')}
          mutation={create}
          onCancel={() => navigate(`/client/${clientId}/breaches`)}
        />
      ) : null}
    </Page>
  );
}

export function EditBreachPage({ clientId, id }: { clientId: number; id: number }) {
  const { t } = useTranslation('breaches');
  const toast = useToast();
  const breach = useBreach(id);
  const update = useUpdateBreach(id, () => {
    toast(t('form.saved'));
    navigate(`/client/${clientId}/breaches/${id}`);
  });
  return (
    <Page title={t('form.editTitle')} eyebrow={breach.data?.reference}>
      <ErrorBanner error={breach.error} />
      {breach.data ? (
        <BreachForm
          clientId={clientId}
          initial={fromBreach(breach.data)}
          submitLabel={t('form.save')}
          mutation={update}
          onCancel={() => navigate(`/client/${clientId}/breaches/${id}`)}
        />
      ) : null}
    </Page>
  );
}
