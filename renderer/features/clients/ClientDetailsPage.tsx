import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../core/api';
import { useOrganisation } from '../../app/queries';
import { ErrorBanner, History, Page, useToast } from '../../components';
import { ClientForm, toInput } from './ClientForm';
import { DeleteClient } from './DeleteClient';
import { useUpdateClient } from './mutations';

/** Stammdaten of one client: the controller details, its deletion and its history. */
export function ClientDetailsPage({ orgId }: { orgId: number }) {
  const { t } = useTranslation('clients');
  const organisation = useOrganisation(orgId);

  if (organisation.error) return <ErrorBanner error={organisation.error} />;
  if (!organisation.data) return <p className="muted page-loading">{t('common:status.loading')}</p>;
  return (
    <Page title={t('details.title')} eyebrow={organisation.data.name}>
      {/* Keyed by client so switching clients re-seeds the form with the other client's data. */}
      <DetailsForm key={orgId} organisation={organisation.data} />
      <DeleteClient organisation={organisation.data} />
      <section className="section" aria-label={t('common:history.title')}>
        <History entity="organisation" entityId={orgId} />
      </section>
    </Page>
  );
}

function DetailsForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('clients');
  const toast = useToast();
  const mutation = useUpdateClient(organisation.id, () => toast(t('details.saved')));

  return (
    <ClientForm
      defaultValues={toInput(organisation)}
      submitLabel={t('details.submit')}
      trackDirty
      error={mutation.error}
      onSubmit={(input) => {
        return mutation.mutateAsync(input).then(
          () => true,
          () => false,
        );
      }}
    />
  );
}
