import { useTranslation } from 'react-i18next';
import type { Processor, ProcessorValues } from '../../../../core/api';
import { useClient } from '../../../app/queries';
import { href, navigate } from '../../../app/router';
import { EmptyState, Page, useToast } from '../../../components';
import { useCreateProcessor } from '../mutations';
import { emptyProcessor } from './formValues';
import { ProcessorForm } from './ProcessorForm';

export const settle = (promise: Promise<Processor>) =>
  promise.then(
    (saved) => saved,
    () => null,
  );

export function NewProcessorPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('processors');
  const toast = useToast();
  const client = useClient(clientId);
  const create = useCreateProcessor(clientId);
  const onSave = async (values: ProcessorValues) => {
    const created = await settle(create.mutateAsync(values));
    if (created) {
      toast(t('toast.created', { name: created.name }));
      navigate(`/client/${clientId}/processors/${created.id}`, { replace: true });
    }
    return created;
  };
  return (
    <Page title={t('editor.newTitle')} eyebrow={client.data?.name}>
      <ProcessorForm
        clientId={clientId}
        defaultValues={emptyProcessor()}
        onSave={onSave}
        error={create.error}
        submitLabel={t('form.create')}
      />
    </Page>
  );
}

export function ProcessorNotFound({ clientId }: { clientId: number }) {
  const { t } = useTranslation('processors');
  return (
    <Page title={t('editor.notFound')}>
      <EmptyState
        title={t('editor.notFound')}
        action={
          <a className="button button-primary" href={href(`/client/${clientId}/processors`)}>
            {t('editor.back')}
          </a>
        }
      />
    </Page>
  );
}
