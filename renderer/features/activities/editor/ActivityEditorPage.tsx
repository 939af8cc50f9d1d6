import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityValues, TemplateField } from '../../../../core/api';
import { ApiError } from '../../../api/client';
import { useOrganisation } from '../../../app/queries';
import { href, navigate } from '../../../app/router';
import { EmptyState, ErrorBanner, History, Page, useFormat, useToast } from '../../../components';
import { ActivityProcessorsPanel } from '../../processors';
import { ActivityRetentionPanel } from '../../retention';
import { useConfirmTemplate, useCreateActivity, useUpdateActivity } from '../mutations';
import { useActivity, useTemplateHints } from '../queries';
import { TemplatePickerDialog } from '../templates/TemplatePickerDialog';
import { ActivityForm } from './ActivityForm';
import { emptyActivity, toFormValues } from './formValues';

const listPath = (orgId: number) => `/org/${orgId}/activities`;

// mutateAsync rejects on refusal; the form only needs "saved or not" (the error is shown).
const settle = (promise: Promise<Activity>) =>
  promise.then(
    (saved) => saved,
    () => null,
  );

export function NewActivityPage({ orgId }: { orgId: number }) {
  const { t } = useTranslation('activities');
  const toast = useToast();
  const organisation = useOrganisation(orgId);
  const create = useCreateActivity(orgId);
  const [picking, setPicking] = useState(false);
  // Once the user types, the template offer goes: picking one would drop what was typed.
  const [dirty, setDirty] = useState(false);

  const onSave = async (values: ActivityValues) => {
    const created = await settle(create.mutateAsync(values));
    if (created) {
      toast(t('toast.created', { name: created.name }));
      // Replace: Back from the new activity should go to the list, not to an empty form.
      navigate(`${listPath(orgId)}/${created.id}`, { replace: true });
    }
    return created;
  };

  return (
    <Page title={t('editor.newTitle')} eyebrow={organisation.data?.name}>
      {dirty ? null : (
        <div className="card template-hint">
          <p>{t('editor.templateHint')}</p>
          <button type="button" className="button" onClick={() => setPicking(true)}>
            {t('list.fromTemplate')}
          </button>
        </div>
      )}
      <ActivityForm
        orgId={orgId}
        defaultValues={emptyActivity()}
        onSave={onSave}
        error={create.error}
        submitLabel={t('editor.create')}
        backPath={listPath(orgId)}
        onDirtyChange={setDirty}
      />
      <TemplatePickerDialog orgId={orgId} open={picking} onClose={() => setPicking(false)} />
    </Page>
  );
}

export function EditActivityPage({ orgId, activityId }: { orgId: number; activityId: number }) {
  const { t } = useTranslation('activities');
  const activity = useActivity(activityId);
  const notFound =
    (activity.error instanceof ApiError && activity.error.code === 'NOT_FOUND') ||
    (activity.data && activity.data.orgId !== orgId);

  if (notFound) return <ActivityNotFound orgId={orgId} />;
  if (activity.error) return <ErrorBanner error={activity.error} />;
  if (!activity.data) return <p className="muted page-loading">{t('common:status.loading')}</p>;
  return <EditActivity orgId={orgId} activity={activity.data} />;
}

function EditActivity({ orgId, activity }: { orgId: number; activity: Activity }) {
  const { t, i18n } = useTranslation('activities');
  const toast = useToast();
  const format = useFormat();
  const update = useUpdateActivity(orgId, activity.id);
  const hints = useTemplateHints(activity.templateKey, i18n.language === 'en' ? 'en' : 'de');
  const confirmTemplate = useConfirmTemplate(orgId, activity.id);
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
        orgId={orgId}
        defaultValues={defaults}
        onSave={onSave}
        error={update.error}
        submitLabel={t('editor.save')}
        backPath={listPath(orgId)}
        retentionRules={activity.retentionRules}
        template={template}
        processors={activity.processors}
      />
      <ActivityProcessorsPanel orgId={orgId} activityId={activity.id} />
      <ActivityRetentionPanel orgId={orgId} activityId={activity.id} />
      <section className="section" aria-label={t('common:history.title')}>
        <History entity="activity" entityId={activity.id} />
      </section>
    </Page>
  );
}

export function ActivityNotFound({ orgId }: { orgId: number }) {
  const { t } = useTranslation('activities');
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        title={t('notFound.heading')}
        body={t('notFound.body')}
        action={
          <a className="button button-primary" href={href(listPath(orgId))}>
            {t('notFound.back')}
          </a>
        }
      />
    </Page>
  );
}
