import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { laender, clientInput, type ClientInput } from '../../../core/api';
import { ErrorBanner, FormField, useFieldError, useServerIssues } from '../../components';

export type ClientValues = z.output<typeof clientInput>;
type FieldName = keyof ClientInput;
const fieldNames = Object.keys(clientInput.shape) as FieldName[];

/** The editable part of a stored client (without id and timestamps). */
export function toInput(client: ClientInput & Record<string, unknown>): ClientInput {
  return Object.fromEntries(fieldNames.map((name) => [name, client[name]])) as ClientInput;
}

export interface ClientFormProps {
  defaultValues: ClientInput;
  submitLabel: string;
  /** Saves; true when saved (the form then takes the values as its new clean state). */
  onSubmit(values: ClientValues): Promise<boolean>;
  /** The last server error (from the mutation), shown above the form and on its fields. */
  error: unknown;
  /** Extra buttons next to submit (e.g. cancel). */
  secondary?: ReactNode;
  /** Says "unsaved changes" when edited (not for a new client, which is unsaved anyway). */
  trackDirty?: boolean;
}

/** All controller details of Art. 30(1)(a) GDPR, grouped the way a firm owner thinks of them. */
export function ClientForm({
  defaultValues,
  submitLabel,
  onSubmit,
  error,
  secondary,
  trackDirty,
}: ClientFormProps) {
  const { t, i18n } = useTranslation('clients');
  const fieldError = useFieldError();
  const form = useForm<ClientInput, unknown, ClientValues>({
    resolver: zodResolver(clientInput),
    defaultValues,
  });
  const { register, handleSubmit, reset, formState } = form;
  const submit = handleSubmit(async (values) => {
    if (await onSubmit(values)) reset(values);
  });
  const { errors, isSubmitting, isDirty } = formState;

  // A duplicate name comes back as CONFLICT without field issues: it is the name field.
  const server = useServerIssues(error, {
    form,
    fields: fieldNames,
    conflictField: 'name',
    label: (field) => t(`fields.${field}`),
  });

  const text = (
    name: FieldName,
    options: { required?: boolean; hint?: string; type?: string; autoComplete?: string } = {},
  ) => (
    <FormField
      label={t(`fields.${name}`)}
      error={fieldError(errors[name])}
      hint={options.hint}
      required={options.required}
    >
      <input
        className="input"
        type={options.type ?? 'text'}
        autoComplete={options.autoComplete ?? 'off'}
        {...register(name)}
      />
    </FormField>
  );
  const area = (name: FieldName, hint?: string) => (
    <FormField label={t(`fields.${name}`)} error={fieldError(errors[name])} hint={hint}>
      <textarea className="input" rows={3} {...register(name)} />
    </FormField>
  );

  const landOptions = laender
    .map((code) => ({ code, label: t(`laender.${code}`) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorBanner {...server.banner} />
      <p className="form-note">{t('form.requiredNote')}</p>

      <fieldset className="card fieldset">
        <legend className="fieldset-legend">{t('sections.controller')}</legend>
        <p className="fieldset-intro">{t('sections.controllerIntro')}</p>
        <div className="grid-2">
          <div className="span-2">
            {text('name', { required: true, autoComplete: 'organization' })}
          </div>
          <div className="span-2">{text('street')}</div>
          {text('postcode')}
          {text('city')}
          {text('country')}
          <FormField
            label={t('fields.land')}
            error={fieldError(errors.land)}
            hint={t('hints.land')}
            required
          >
            <select className="input" {...register('land')}>
              <option value="">{t('land.placeholder')}</option>
              {landOptions.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      </fieldset>

      <fieldset className="card fieldset">
        <legend className="fieldset-legend">{t('sections.contact')}</legend>
        <div className="grid-2">
          {text('email', { type: 'email' })}
          {text('phone', { type: 'tel' })}
          <div className="span-2">{text('website', { type: 'url' })}</div>
        </div>
      </fieldset>

      <fieldset className="card fieldset">
        <legend className="fieldset-legend">{t('sections.representatives')}</legend>
        <div className="grid-2">
          <div className="span-2">
            {text('legalRepresentative', { hint: t('hints.legalRepresentative') })}
          </div>
          <div className="span-2">{area('euRepresentative', t('hints.euRepresentative'))}</div>
        </div>
      </fieldset>

      <fieldset className="card fieldset">
        <legend className="fieldset-legend">{t('sections.dpo')}</legend>
        <p className="fieldset-intro">{t('sections.dpoIntro')}</p>
        <div className="grid-2">
          <div className="span-2">{text('dpoName')}</div>
          {text('dpoEmail', { type: 'email' })}
          {text('dpoPhone', { type: 'tel' })}
          <div className="span-2">{area('dpoAddress')}</div>
        </div>
      </fieldset>

      <div className="form-actions form-actions-sticky">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common:status.saving') : submitLabel}
        </button>
        {secondary}
        {trackDirty && isDirty ? <span className="muted">{t('form.unsaved')}</span> : null}
      </div>
    </form>
  );
}
