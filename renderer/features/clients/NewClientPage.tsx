import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrganisationInput } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys, useOrganisations } from '../../app/queries';
import { href, navigate } from '../../app/router';
import { Page, useToast } from '../../components';
import { ClientForm, type OrganisationValues } from './ClientForm';

export function emptyOrganisation(country: string): OrganisationInput {
  return {
    name: '',
    street: '',
    postcode: '',
    city: '',
    country,
    email: '',
    phone: '',
    website: '',
    legalRepresentative: '',
    euRepresentative: '',
    dpoName: '',
    dpoEmail: '',
    dpoPhone: '',
    dpoAddress: '',
    // No Land preselected: a wrong Land silently shifts every holiday-aware deadline.
    land: '' as OrganisationInput['land'],
  };
}

export function NewClientPage() {
  const { t } = useTranslation('clients');
  const queryClient = useQueryClient();
  const toast = useToast();
  const organisations = useOrganisations();
  const mutation = useMutation({
    mutationFn: (values: OrganisationValues) => call('organisations.create', values),
    onSuccess: async (created) => {
      queryClient.setQueryData(queryKeys.organisation(created.id), created);
      await queryClient.invalidateQueries({ queryKey: queryKeys.organisations(), exact: true });
      toast(t('new.created', { name: created.name }));
      navigate(`/org/${created.id}`);
    },
  });
  const hasClients = (organisations.data?.length ?? 0) > 0;

  return (
    <Page title={t('new.title')}>
      <p className="lead">{t('new.intro')}</p>
      <ClientForm
        defaultValues={emptyOrganisation(t('defaults.country'))}
        submitLabel={t('new.submit')}
        error={mutation.error}
        onSubmit={(values) => {
          return mutation.mutateAsync(values).then(
            () => true,
            () => false,
          );
        }}
        secondary={
          hasClients ? (
            <a className="button" href={href('/')}>
              {t('common:actions.cancel')}
            </a>
          ) : null
        }
      />
    </Page>
  );
}
