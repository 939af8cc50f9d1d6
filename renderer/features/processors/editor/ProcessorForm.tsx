import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  processorInput,
  safeguard as safeguardSchema,
  type Processor,
  type ProcessorInput,
  type ProcessorValues,
} from '../../../../core/api';
import { call } from '../../../api/client';
import { queryKeys } from '../../../app/queries';
import { href } from '../../../app/router';
import { ErrorBanner, FormField, useFieldError, useServerIssues } from '../../../components';
import { cleanValues, processorFieldNames } from './formValues';
import { SubProcessorsFieldset } from './SubProcessorsFieldset';
import { TomsFieldset } from './TomsFieldset';

export interface ProcessorFormProps {
  clientId: number;
  defaultValues: ProcessorInput;
  onSave(values: ProcessorValues): Promise<Processor | null>;
  error: unknown;
  submitLabel: string;
}

/** Master data, sub-processors, the TOM checklist and the linked activities. */
export function ProcessorForm({
  clientId,
  defaultValues,
  onSave,
  error,
  submitLabel,
}: ProcessorFormProps) {
  const { t } = useTranslation('processors');
  const fieldError = useFieldError();
  const form = useForm<ProcessorInput, unknown, ProcessorValues>({
    resolver: zodResolver(processorInput),
    defaultValues,
  });
  const { register, handleSubmit, control, setValue, reset, formState } = form;
  const errors = formState.errors;
  const server = useServerIssues(error, {
    form,
    fields: processorFieldNames,
    prefix: 'processor.',
    label: (field) => t(`fields.${field}`),
  });
  const countryKind = useWatch({ control, name: 'countryKind' });
  const subProcessors = useWatch({ control, name: 'subProcessors' }) ?? [];
  // The TIA covers the processor's own transfer and the onward ones of its sub-processors.
  const transfers =
    countryKind === 'third_country' || subProcessors.some((s) => s.countryKind === 'third_country');
  const selected = useWatch({ control, name: 'activityIds' }) ?? [];
  const activities = useQuery({
    queryKey: queryKeys.activities(clientId, { status: 'all' }),
    queryFn: () => call('activities.list', { clientId, status: 'all' }),
  });

  const submit = handleSubmit(async (values) => {
    const saved = await onSave(cleanValues(values));
    if (saved) reset({ ...values, activityIds: saved.activityIds });
  });

  const text = (
    name: keyof ProcessorInput & string,
    opts: { type?: string; span?: boolean } = {},
  ) => (
    <FormField
      label={t(`fields.${name}`)}
      error={fieldError(errors[name] as never)}
      className={opts.span ? 'span-2' : undefined}
      required={name === 'name'}
    >
      <input className="input" type={opts.type ?? 'text'} {...register(name as never)} />
    </FormField>
  );

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={submit} noValidate aria-label={t('form.label')}>
        <ErrorBanner {...server.banner} />
        <fieldset className="fieldset card">
          <legend className="fieldset-legend">{t('form.general')}</legend>
          <div className="grid-2">
            {text('name', { span: true })}
            <FormField label={t('fields.service')} className="span-2" hint={t('form.serviceHint')}>
              <textarea className="input" rows={2} {...register('service')} />
            </FormField>
            {text('street', { span: true })}
            {text('postcode')}
            {text('city')}
            {text('country')}
            <FormField label={t('fields.countryKind')}>
              <select className="input" {...register('countryKind')}>
                {(['eu_eea', 'adequacy', 'third_country'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`countryKind.${k}`)}
                  </option>
                ))}
              </select>
            </FormField>
            {countryKind === 'third_country' ? (
              <>
                <FormField label={t('fields.safeguard')}>
                  <select className="input" {...register('safeguard')}>
                    {safeguardSchema.options.map((s) => (
                      <option key={s} value={s}>
                        {t(`safeguards.${s}`)}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField
                  label={t('fields.safeguardNote')}
                  error={fieldError(errors.safeguardNote)}
                >
                  <input className="input" {...register('safeguardNote')} />
                </FormField>
              </>
            ) : null}
            {countryKind === 'adequacy' ? (
              <p className="field-hint span-2">{t('form.adequacyHint')}</p>
            ) : null}
          </div>
        </fieldset>
        {transfers ? (
          <fieldset className="fieldset card">
            <legend className="fieldset-legend">{t('form.transfer')}</legend>
            <p className="fieldset-intro">{t('form.tiaHint')}</p>
            <div className="grid-2">
              {text('tiaDoneOn', { type: 'date' })}
              {text('tiaReference')}
            </div>
          </fieldset>
        ) : null}
        <fieldset className="fieldset card">
          <legend className="fieldset-legend">{t('form.contact')}</legend>
          <div className="grid-2">
            {text('legalRepresentative', { span: true })}
            {text('contactName')}
            {text('contactEmail', { type: 'email' })}
            {text('contactPhone')}
            <span />
            {text('dpoName')}
            {text('dpoEmail', { type: 'email' })}
            {text('dpoPhone')}
          </div>
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="fieldset-legend">{t('form.activities')}</legend>
          <p className="fieldset-intro">{t('form.activitiesHint')}</p>
          {activities.data && activities.data.length === 0 ? (
            <p className="muted">
              {t('form.noActivities')}{' '}
              <a href={href(`/client/${clientId}/activities/new`)}>{t('form.newActivity')}</a>
            </p>
          ) : null}
          <div className="activity-checks">
            {activities.data?.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={selected.includes(a.id)}
                  onChange={(e) =>
                    setValue(
                      'activityIds',
                      e.target.checked ? [...selected, a.id] : selected.filter((id) => id !== a.id),
                      { shouldDirty: true },
                    )
                  }
                />{' '}
                {a.name}
              </label>
            ))}
          </div>
        </fieldset>
        <TomsFieldset areas={defaultValues.toms ?? []} />
        <SubProcessorsFieldset />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {submitLabel}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
