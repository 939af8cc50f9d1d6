import { useTranslation } from 'react-i18next';
import type { ClientInput } from '../../../core/api';
import { useClients } from '../../app/queries';
import { href, navigate } from '../../app/router';
import { Page, useToast } from '../../components';
import { ClientForm } from './ClientForm';
import { HandoverImport } from './HandoverImport';
import { useCreateClient } from './mutations';

export function emptyClient(country: string): ClientInput {
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
    land: '' as ClientInput['land'],
  };
}

export function NewClientPage() {
  const { t } = useTranslation('clients');
  const toast = useToast();
  const clients = useClients();
  const mutation = useCreateClient((created) => {
    toast(t('new.created', { name: created.name }));
    navigate(`/client/${created.id}`);
  });
  const hasClients = (clients.data?.length ?? 0) > 0;

  return (
    <Page title={t('new.title')}>
      <p className="lead">{t('new.intro')}</p>
      <ClientForm
        defaultValues={emptyClient(t('defaults.country'))}
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
      <HandoverImport />
    </Page>
  );
}
