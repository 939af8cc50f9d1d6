import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityValues, TemplateField } from '../../../../core/api';
import { ApiError } from '../../../api/client';
import { useClient } from '../../../app/queries';
import { href, navigate } from '../../../app/router';
import { EmptyState, ErrorBanner, History, Page, useFormat, useToast } from '../../../components';
import { ActivityDpiaPanel } from '../../dpia';
import { ActivityProcessorsPanel } from '../../processors';
import { ActivityRetentionPanel } from '../../retention';
import { useConfirmTemplate, useCreateActivity, useUpdateActivity } from '../mutations';
import { useActivity, useTemplateHints } from '../queries';
import { TemplatePickerDialog } from '../templates/TemplatePickerDialog';
import { ActivityForm } from './ActivityForm';
import { emptyActivity, toFormValues } from './formValues';

const listPath = (clientId: number) => `/client/${clientId}/activities`;

// mutateAsync rejects on refusal; the form only needs "saved or not" (the error is shown).
const settle = (promise: Promise<Activity>) =>
  promise.then(
    (saved) => saved,
    () => null,
  );

export function NewActivityPage({ clientId }: { clientId: number }) {
  const { t } = useTranslation('activities');
  const toast = useToast();
  const client = useClient(clientId);
  const create = useCreateActivity(clientId);
  const [picking, setPicking] = useState(false);
  // Once the user types, the template offer goes: picking one would drop what was typed.
  const [dirty, setDirty] = useState(false);

  const onSave = async (values: ActivityValues) => {
    const created = await settle(create.mutateAsync(values));
    if (created) {
      toast(t('toast.created', { name: created.name }));
      // Replace: Back from the new activity should go to the list, not to an empty form.
      navigate(`${listPath(clientId)}/${created.id}`, { replace: true });
    }
    return created;
  };

  return (
    <Page title={t('editor.newTitle')} eyebrow={client.data?.name}>
      {dirty ? null : (
        <div className="card template-hint">
          <p>{t('editor.templateHint')}</p>
          <button type="button" className="button" onClick={() => setPicking(true)}>
            {t('list.fromTemplate')}
          </button>
        </div>
      )}
      <ActivityForm
        clientId={clientId}
        defaultValues={emptyActivity()}
        onSave={onSave}
        error={create.error}
        submitLabel={t('editor.create')}
        backPath={listPath(clientId)}
        onDirtyChange={setDirty}
      />
      <TemplatePickerDialog clientId={clientId} open={picking} onClose={() => setPicking(false)} />
    </Page>
  );
}

export function EditActivityPage({
  clientId,
  activityId,
}: {
  clientId: number;
  activityId: number;
}) {
  const { t } = useTranslation('activities');
  const activity = useActivity(activityId);
  const notFound =
    (activity.error instanceof ApiError && activity.error.code === 'NOT_FOUND') ||
    (activity.data && activity.data.clientId !== clientId);

  if (notFound) return <ActivityNotFound clientId={clientId} />;
  if (activity.error) return <ErrorBanner error={activity.error} />;
  if (!activity.data) return <p className="muted page-loading">{t('common:status.loading')}</p>;
  return <EditActivity clientId={clientId} activity={activity.data} />;
}

function EditActivity({ clientId, activity }: { clientId: number; activity: Activity }) {
  const { t, i18n } = useTranslation('activities');
  const toast = useToast();
  const format = useFormat();
  const update = useUpdateActivity(clientId, activity.id);
  const hints = useTemplateHints(activity.templateKey, i18n.language === 'en' ? 'en' : 'de');
  const confirmTemplate = useConfirmTemplate(clientId, activity.id);
  const fromTemplate = activity.templateKey !== null || activity.unconfirmed.length > 0;
  const template = fromTemplate
    ? {
        hints: hints.data ?? {},
        unconfirmed: activity.unconfirmed,
        confirming: confirmTemplate.isPending,
        confirm: (fields: TemplateField[]) =>
          confirmTemplate.mutate(fields, {
            onSuccess: () => toast(t('toast.confirmed', { count: fields.length })),
            onError: () => toast(t('toast.failed'), 'error'),
          }),
      }
    : undefined;
  // Seeded once per activity: refetches after saving must not overwrite what is being typed.
  const [defaults] = useState(() => toFormValues(activity));

  const onSave = async (values: ActivityValues) => {
    const saved = await settle(update.mutateAsync(values));
    if (saved) toast(t('toast.saved', { name: saved.name }));
    return saved;
  };

  return (
    <Page
      title={activity.name}
      eyebrow={
        activity.number
          ? t('editor.eyebrowNumber', { number: activity.number })
          : t('editor.eyebrow')
      }
    >
      <p className="muted activity-dates">
        {t('editor.dates', {
          created: format.dateTime(activity.createdAt),
          updated: format.dateTime(activity.updatedAt),
        })}
      </p>
      <ActivityForm
        clientId={clientId}
        defaultValues={defaults}
        onSave={onSave}
        error={update.error}
        submitLabel={t('editor.save')}
        backPath={listPath(clientId)}
        retentionRules={activity.retentionRules}
        template={template}
        processors={activity.processors}
      />
      <ActivityProcessorsPanel clientId={clientId} activityId={activity.id} />
      <ActivityRetentionPanel clientId={clientId} activityId={activity.id} />
      <ActivityDpiaPanel activityId={activity.id} />
      <section className="section" aria-label={t('common:history.title')}>
        <History entity="activity" entityId={activity.id} />
      </section>
    </Page>
  );
}

export function ActivityNotFound({ clientId }: { clientId: number }) {
  const { t } = useTranslation('activities');
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        title={t('notFound.heading')}
        body={t('notFound.body')}
        action={
          <a className="button button-primary" href={href(listPath(clientId))}>
            {t('notFound.back')}
          </a>
        }
      />
    </Page>
  );
}
