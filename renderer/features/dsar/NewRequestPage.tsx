import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../../app/queries';
import { navigate } from '../../app/router';
import { Page, useToast } from '../../components';
import { useCreateRequest } from './mutations';
import { RequestForm } from './RequestForm';

export function NewRequestPage({ orgId }: { orgId: number }) {
  const { t } = useTranslation('dsar');
  const organisation = useOrganisation(orgId);
  const toast = useToast();
  const create = useCreateRequest(orgId, (created) => {
    toast(t('form.created'));
    navigate(`/org/${orgId}/requests/${created.id}`);
  });
  return (
    <Page title={t('form.newTitle')} eyebrow={organisation.data?.name}>
      <RequestForm
        orgId={orgId}
        submitLabel={t('form.save')}
        mutation={create}
        onCancel={() => navigate(`/org/${orgId}/requests`)}
      />
    </Page>
  );
}
