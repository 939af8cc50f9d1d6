import { useTranslation } from 'react-i18next';
import type { Processor, ProcessorValues } from '../../../../core/api';
import { useOrganisation } from '../../../app/queries';
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

export function NewProcessorPage({ orgId }: { orgId: number }) {
  const { t } = useTranslation('processors');
  const toast = useToast();
  const organisation = useOrganisation(orgId);
  const create = useCreateProcessor(orgId);
  const onSave = async (values: ProcessorValues) => {
    const created = await settle(create.mutateAsync(values));
    if (created) {
      toast(t('toast.created', { name: created.name }));
      navigate(`/org/${orgId}/processors/${created.id}`, { replace: true });
    }
    return created;
  };
  return (
    <Page title={t('editor.newTitle')} eyebrow={organisation.data?.name}>
      <ProcessorForm
        orgId={orgId}
        defaultValues={emptyProcessor()}
        onSave={onSave}
        error={create.error}
        submitLabel={t('form.create')}
      />
    </Page>
  );
}

export function ProcessorNotFound({ orgId }: { orgId: number }) {
  const { t } = useTranslation('processors');
  return (
    <Page title={t('editor.notFound')}>
      <EmptyState
        title={t('editor.notFound')}
        action={
          <a className="button button-primary" href={href(`/org/${orgId}/processors`)}>
            {t('editor.back')}
          </a>
        }
      />
    </Page>
  );
}
