import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys, useOrganisation } from '../../app/queries';
import { ErrorBanner, History, Page, useToast } from '../../components';
import { ClientForm, toInput, type OrganisationValues } from './ClientForm';
import { DeleteClient } from './DeleteClient';

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
  const queryClient = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: (values: OrganisationValues) =>
      call('organisations.update', { ...values, id: organisation.id }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.organisation(saved.id), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.organisations(), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit('organisation', saved.id) }),
      ]);
      toast(t('details.saved'));
    },
  });

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
