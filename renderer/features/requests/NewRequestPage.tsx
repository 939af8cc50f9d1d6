import { useTranslation } from 'react-i18next';
import { useClient } from '../../app/queries';
import { navigate } from '../../app/router';
import { Page, useToast } from '../../components';
import { useCreateRequest } from './mutations';
import { RequestForm } from './RequestForm';

export function NewRequestPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('requests');
  const client = useClient(clientId);
  const toast = useToast();
  const create = useCreateRequest(clientId, (created) => {
    toast(t('form.created'));
    navigate(`/client/${clientId}/requests/${created.id}`);
  });
  return (
    <Page title={t('form.newTitle')} eyebrow={client.data?.name}>
      <RequestForm
        clientId={clientId}
        submitLabel={t('form.save')}
        mutation={create}
        onCancel={() => navigate(`/client/${clientId}/requests`)}
      />
    </Page>
  );
}
