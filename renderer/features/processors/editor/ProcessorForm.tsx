import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
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

export interface ProcessorFormProps {
  orgId: number;
  defaultValues: ProcessorInput;
  onSave(values: ProcessorValues): Promise<Processor | null>;
  error: unknown;
  submitLabel: string;
}

/** Master data, sub-processors, the TOM checklist and the linked activities. */
export function ProcessorForm({
  orgId,
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
  const subs = useFieldArray({ control, name: 'subProcessors' });
  const countryKind = useWatch({ control, name: 'countryKind' });
  const selected = useWatch({ control, name: 'activityIds' }) ?? [];
  const activities = useQuery({
    queryKey: queryKeys.activities(orgId, { status: 'all' }),
    queryFn: () => call('activities.list', { orgId, status: 'all' }),
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
              <FormField label={t('fields.safeguardNote')}>
                <input className="input" {...register('safeguardNote')} />
              </FormField>
            </>
          ) : null}
        </div>
      </fieldset>
      <fieldset className="fieldset card">
        <legend className="fieldset-legend">{t('form.contact')}</legend>
        <div className="grid-2">
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
            <a href={href(`/org/${orgId}/activities/new`)}>{t('form.newActivity')}</a>
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
      <fieldset className="fieldset card">
        <legend className="fieldset-legend">{t('form.toms')}</legend>
        <p className="fieldset-intro">{t('form.tomsHint')}</p>
        <div className="tom-list">
          {defaultValues.toms?.map((tom, i) => (
            <FormField
              key={tom.area}
              label={t(`tomAreas.${tom.area}`)}
              hint={t(`tomHints.${tom.area}`)}
            >
              <textarea
                className="input"
                rows={2}
                {...register(`toms.${i}.description` as const)}
              />
            </FormField>
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset card">
        <legend className="fieldset-legend">{t('form.subProcessors')}</legend>
        {subs.fields.length === 0 ? <p className="muted">{t('form.noSubProcessors')}</p> : null}
        {subs.fields.map((field, i) => (
          <div key={field.id} className="sub-processor">
            <FormField
              label={t('fields.subName')}
              error={fieldError(errors.subProcessors?.[i]?.name)}
              required
            >
              <input className="input" {...register(`subProcessors.${i}.name` as const)} />
            </FormField>
            <FormField label={t('fields.subAddress')}>
              <input className="input" {...register(`subProcessors.${i}.address` as const)} />
            </FormField>
            <FormField label={t('fields.subCountry')}>
              <input className="input" {...register(`subProcessors.${i}.country` as const)} />
            </FormField>
            <FormField label={t('fields.subService')}>
              <input className="input" {...register(`subProcessors.${i}.service` as const)} />
            </FormField>
            <button type="button" className="button button-small" onClick={() => subs.remove(i)}>
              {t('form.removeSub')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => subs.append({ name: '', address: '', country: '', service: '' })}
        >
          {t('form.addSub')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
