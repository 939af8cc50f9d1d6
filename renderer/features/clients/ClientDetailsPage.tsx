import { useTranslation } from 'react-i18next';
import type { Client } from '../../../core/api';
import { useClient } from '../../app/queries';
import { ErrorBanner, History, Page, useToast } from '../../components';
import { ClientForm, toInput } from './ClientForm';
import { DeleteClient } from './DeleteClient';
import { HandoverExport } from './HandoverExport';
import { useUpdateClient } from './mutations';

/** Stammdaten of one client: the controller details, its deletion and its history. */
export function ClientDetailsPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('clients');
  const client = useClient(clientId);

  if (client.error) return <ErrorBanner error={client.error} />;
  if (!client.data) return <p className="muted page-loading">{t('common:status.loading')}</p>;
  return (
    <Page title={t('details.title')} eyebrow={client.data.name}>
      {/* Keyed by client so switching clients re-seeds the form with the other client's data. */}
      <DetailsForm key={clientId} client={client.data} />
      <HandoverExport client={client.data} />
      <DeleteClient client={client.data} />
      <section className="section" aria-label={t('common:history.title')}>
        <History entity="client" entityId={clientId} />
      </section>
    </Page>
  );
}

function DetailsForm({ client }: { client: Client }) {
  const { t } = useTranslation('clients');
  const toast = useToast();
  const mutation = useUpdateClient(client.id, () => toast(t('details.saved')));

  return (
    <ClientForm
      defaultValues={toInput(client)}
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
