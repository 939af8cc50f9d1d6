import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  adChannels,
  consentTextInput,
  type AdChannel,
  type ConsentTextInput,
  type ConsentTextValues,
} from '../../../core/api';
import { checkWording } from '../../../core/rules/consent-wording';
import { ErrorBanner, FormField, useFieldError, useServerIssues } from '../../components';
import { WordingFindings } from './WordingFindings';

export interface TextFormProps {
  initial: ConsentTextInput;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(values: ConsentTextValues): void;
  onCancel(): void;
}

const fields = [
  'name',
  'purpose',
  'channels',
  'advertiser',
  'partners',
  'productScope',
  'privacyNoticeVersion',
  'language',
  'text',
  'validFrom',
  'validUntil',
  'preTicked',
  'coupledToTerms',
  'prizeDraw',
];

/** A consent wording as the client shows it; the check reads along while typing. */
export function TextForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: TextFormProps) {
  const { t } = useTranslation('consent');
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof consentTextInput>, unknown, ConsentTextValues>({
    resolver: zodResolver(consentTextInput),
    defaultValues: initial,
  });
  const { register, handleSubmit, formState, setValue, control } = form;
  const errors = formState.errors;
  const values = useWatch({ control });
  const channels = (values.channels ?? []) as AdChannel[];
  const server = useServerIssues(error, {
    form,
    fields,
    prefix: 'text.',
    label: (field) => t(`textFields.${field}`),
  });
  const findings = checkWording({
    text: values.text ?? '',
    advertiser: values.advertiser ?? '',
    partners: values.partners ?? '',
    productScope: values.productScope ?? '',
    channels,
    preTicked: values.preTicked ?? false,
    coupledToTerms: values.coupledToTerms ?? false,
    prizeDraw: values.prizeDraw ?? false,
  });
  const toggle = (c: AdChannel) =>
    setValue(
      'channels',
      channels.includes(c) ? channels.filter((x) => x !== c) : [...channels, c],
      {
        shouldDirty: true,
        shouldValidate: formState.isSubmitted,
      },
    );
  return (
    <div className="consent-text-layout">
      <form className="form card" noValidate onSubmit={handleSubmit(onSubmit)}>
        <ErrorBanner {...server.banner} />
        <FormField
          label={t('textFields.name')}
          hint={t('textForm.nameHint')}
          required
          error={fieldError(errors.name)}
        >
          <input className="input" {...register('name')} />
        </FormField>
        <FormField
          label={t('textFields.text')}
          hint={t('textForm.textHint')}
          required
          error={fieldError(errors.text)}
        >
          <textarea className="input" rows={6} {...register('text')} />
        </FormField>
        <fieldset
          className="fieldset"
          aria-describedby={errors.channels ? 'text-channels-error' : undefined}
        >
          <legend className="fieldset-legend">{t('textFields.channels')} *</legend>
          <div className="checkbox-group">
            {adChannels.map((c) => (
              <label key={c} className="check">
                <input type="checkbox" checked={channels.includes(c)} onChange={() => toggle(c)} />
                {t(`channels.${c}`)}
              </label>
            ))}
          </div>
          {errors.channels ? (
            <p className="field-error" id="text-channels-error">
              {fieldError(errors.channels.message ?? errors.channels.root?.message)}
            </p>
          ) : null}
        </fieldset>
        <FormField label={t('textFields.purpose')} required error={fieldError(errors.purpose)}>
          <input className="input" {...register('purpose')} />
        </FormField>
        <div className="grid-2">
          <FormField
            label={t('textFields.advertiser')}
            hint={t('textForm.advertiserHint')}
            error={fieldError(errors.advertiser)}
          >
            <input className="input" {...register('advertiser')} />
          </FormField>
          <FormField
            label={t('textFields.productScope')}
            hint={t('textForm.scopeHint')}
            error={fieldError(errors.productScope)}
          >
            <input className="input" {...register('productScope')} />
          </FormField>
        </div>
        <FormField
          label={t('textFields.partners')}
          hint={t('textForm.partnersHint')}
          error={fieldError(errors.partners)}
        >
          <textarea className="input" rows={2} {...register('partners')} />
        </FormField>
        <div className="grid-2">
          <FormField
            label={t('textFields.validFrom')}
            required
            error={fieldError(errors.validFrom)}
          >
            <input className="input" type="date" {...register('validFrom')} />
          </FormField>
          <FormField label={t('textFields.validUntil')} error={fieldError(errors.validUntil)}>
            <input className="input" type="date" {...register('validUntil')} />
          </FormField>
          <FormField
            label={t('textFields.privacyNoticeVersion')}
            error={fieldError(errors.privacyNoticeVersion)}
          >
            <input className="input" {...register('privacyNoticeVersion')} />
          </FormField>
          <FormField label={t('textFields.language')} error={fieldError(errors.language)}>
            <select className="input" {...register('language')}>
              <option value="de">{t('languages.de')}</option>
              <option value="en">{t('languages.en')}</option>
            </select>
          </FormField>
        </div>
        <fieldset className="fieldset">
          <legend className="fieldset-legend">{t('textForm.shown')}</legend>
          <label className="check">
            <input type="checkbox" {...register('preTicked')} />
            {t('textFields.preTicked')}
          </label>
          <label className="check">
            <input type="checkbox" {...register('coupledToTerms')} />
            {t('textFields.coupledToTerms')}
          </label>
          <label className="check">
            <input type="checkbox" {...register('prizeDraw')} />
            {t('textFields.prizeDraw')}
          </label>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {submitLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('textForm.cancel')}
          </button>
        </div>
      </form>
      <WordingFindings findings={findings} live />
    </div>
  );
}
