import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RequestValues } from '../../../core/api';
import { call } from '../../api/client';
import { useOrganisation } from '../../app/queries';
import { navigate } from '../../app/router';
import { Page, useToast } from '../../components';
import { useInvalidateRequests } from './queries';
import { RequestForm } from './RequestForm';

export function NewRequestPage({ orgId }: { orgId: number }) {
  const { t } = useTranslation('dsar');
  const organisation = useOrganisation(orgId);
  const toast = useToast();
  const invalidate = useInvalidateRequests();
  const create = useMutation({
    mutationFn: (request: RequestValues) => call('dsar.create', { orgId, request }),
    onSuccess: async (created) => {
      await invalidate();
      toast(t('form.created'));
      navigate(`/org/${orgId}/requests/${created.id}`);
    },
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
