import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  consentPersonInput,
  type ConsentPersonInput,
  type ConsentPersonValues,
} from '../../../core/api';
import { ErrorBanner, FormField, useFieldError, useServerIssues } from '../../components';

export interface PersonFormProps {
  initial: ConsentPersonInput;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(values: ConsentPersonValues): void;
  onCancel?(): void;
}

const fields = Object.keys(consentPersonInput.shape);

/** A person's contact details, and the facts for B2B phone and § 7(3) UWG. */
export function PersonForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: PersonFormProps) {
  const { t } = useTranslation('consent');
  const fieldError = useFieldError();
  const form = useForm<z.input<typeof consentPersonInput>, unknown, ConsentPersonValues>({
    resolver: zodResolver(consentPersonInput),
    defaultValues: initial,
  });
  const { register, handleSubmit, formState, control } = form;
  const errors = formState.errors;
  const business = useWatch({ control, name: 'business' });
  const server = useServerIssues(error, {
    form,
    fields,
    prefix: 'person.',
    label: (field) => t(`personFields.${field}`),
  });
  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <ErrorBanner {...server.banner} />
      <div className="grid-2">
        <FormField label={t('personFields.name')} required error={fieldError(errors.name)}>
          <input className="input" {...register('name')} />
        </FormField>
        <FormField label={t('personFields.email')} error={fieldError(errors.email)}>
          <input className="input" type="email" {...register('email')} />
        </FormField>
        <FormField label={t('personFields.phone')} error={fieldError(errors.phone)}>
          <input className="input" type="tel" {...register('phone')} />
        </FormField>
        <FormField label={t('personFields.reference')} error={fieldError(errors.reference)}>
          <input className="input" {...register('reference')} />
        </FormField>
      </div>
      <label className="check">
        <input type="checkbox" {...register('business')} />
        {t('personFields.business')}
      </label>
      {business ? (
        <FormField
          label={t('personFields.presumedConsentReason')}
          hint={t('personForm.presumedHint')}
          error={fieldError(errors.presumedConsentReason)}
        >
          <textarea className="input" rows={2} {...register('presumedConsentReason')} />
        </FormField>
      ) : null}
      <fieldset className="fieldset">
        <legend className="fieldset-legend">{t('personForm.existingCustomer')}</legend>
        <p className="muted">{t('personForm.existingCustomerHint')}</p>
        <div className="grid-2">
          <FormField
            label={t('personFields.customerSaleOn')}
            error={fieldError(errors.customerSaleOn)}
          >
            <input className="input" type="date" {...register('customerSaleOn')} />
          </FormField>
          <FormField
            label={t('personFields.customerSaleNote')}
            error={fieldError(errors.customerSaleNote)}
          >
            <input className="input" {...register('customerSaleNote')} />
          </FormField>
        </div>
        <FormField label={t('personFields.similarGoods')} error={fieldError(errors.similarGoods)}>
          <input className="input" {...register('similarGoods')} />
        </FormField>
        <label className="check">
          <input type="checkbox" {...register('noticeAtCollection')} />
          {t('personFields.noticeAtCollection')}
        </label>
        <label className="check">
          <input type="checkbox" {...register('noticeInEveryMail')} />
          {t('personFields.noticeInEveryMail')}
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('personForm.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
