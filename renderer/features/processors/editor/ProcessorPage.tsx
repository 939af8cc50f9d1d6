import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Processor, ProcessorValues } from '../../../../core/api';
import { ApiError } from '../../../api/client';
import { href, navigate } from '../../../app/router';
import {
  BlockedAction,
  ConfirmDialog,
  ErrorBanner,
  History,
  Page,
  useToast,
} from '../../../components';
import { useDeleteProcessor, useUpdateProcessor } from '../mutations';
import { useProcessor } from '../queries';
import { AvvStatusBadge, WarningList } from '../warnings';
import { AgreementPanel } from './AgreementPanel';
import { AttachmentsPanel } from './AttachmentsPanel';
import { DraftPanel } from './DraftPanel';
import { toFormValues } from './formValues';
import { ProcessorNotFound, settle } from './NewProcessorPage';
import { ProcessorForm } from './ProcessorForm';

export function ProcessorPage({
  clientId,
  processorId,
}: {
  clientId: number;
  processorId: number;
}) {
  const { t } = useTranslation('processors');
  const processor = useProcessor(processorId);
  const notFound =
    (processor.error instanceof ApiError && processor.error.code === 'NOT_FOUND') ||
    (processor.data && processor.data.clientId !== clientId);
  if (notFound) return <ProcessorNotFound clientId={clientId} />;
  if (processor.error) return <ErrorBanner error={processor.error} />;
  if (!processor.data) return <p className="muted page-loading">{t('common:status.loading')}</p>;
  return <ProcessorView clientId={clientId} processor={processor.data} />;
}

function ProcessorView({ clientId, processor }: { clientId: number; processor: Processor }) {
  const { t } = useTranslation('processors');
  const toast = useToast();
  const [defaults] = useState(() => toFormValues(processor));
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateProcessor(processor.id);
  const remove = useDeleteProcessor(processor.id);

  const onSave = async (values: ProcessorValues) => {
    const saved = await settle(update.mutateAsync(values));
    if (saved) toast(t('toast.saved', { name: saved.name }));
    return saved;
  };
  const onDelete = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        toast(t('toast.deleted', { name: processor.name }));
        navigate(`/client/${clientId}/processors`, { replace: true });
      },
      onSettled: () => setConfirming(false),
    });

  return (
    <Page
      title={processor.name}
      eyebrow={t('editor.eyebrow')}
      actions={
        <>
          <a className="button" href={href(`/client/${clientId}/processors`)}>
            {t('editor.back')}
          </a>
          {processor.activities.length > 0 ? (
            // The API refuses while activities use the processor: say so instead.
            <BlockedAction
              className="button button-danger-outline"
              label={t('editor.delete')}
              reason={t('editor.deleteLinked', { count: processor.activities.length })}
            />
          ) : (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => setConfirming(true)}
            >
              {t('editor.delete')}
            </button>
          )}
        </>
      }
    >
      <p>
        <AvvStatusBadge status={processor.agreement.status} />{' '}
        <span className="muted">
          {t('editor.linked', { count: processor.activities.length })}
          {processor.activities.length > 0
            ? `: ${processor.activities.map((a) => a.name).join(', ')}`
            : ''}
        </span>
      </p>
      <WarningList warnings={processor.warnings} />
      {remove.error ? (
        <div className="banner banner-error" role="alert">
          <p className="banner-title">{remove.error.message}</p>
          {remove.error instanceof ApiError && remove.error.code === 'IN_USE' ? (
            <p>{t('editor.inUse', { activities: remove.error.issues[0]?.message ?? '' })}</p>
          ) : null}
        </div>
      ) : null}
      <div className="processor-grid">
        <div className="stack">
          <AgreementPanel processor={processor} />
          <AttachmentsPanel processorId={processor.id} />
        </div>
        <DraftPanel clientId={clientId} processor={processor} />
      </div>
      <h2 className="subheading">{t('editor.details')}</h2>
      <ProcessorForm
        clientId={clientId}
        defaultValues={defaults}
        onSave={onSave}
        error={update.error}
        submitLabel={t('form.save')}
      />
      <section className="section" aria-label={t('common:history.title')}>
        <History entity="processor" entityId={processor.id} />
      </section>
      <ConfirmDialog
        open={confirming}
        danger
        title={t('editor.deleteTitle', { name: processor.name })}
        body={t('editor.deleteBody')}
        confirmLabel={t('editor.delete')}
        busy={remove.isPending}
        onConfirm={onDelete}
        onCancel={() => setConfirming(false)}
      />
    </Page>
  );
}
