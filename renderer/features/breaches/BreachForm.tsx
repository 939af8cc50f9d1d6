import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  breachForm,
  breachInput,
  breachKind,
  type Breach,
  type BreachFormInput,
  type BreachValues,
} from '../../../core/api';
import { ErrorBanner, FormField, useFieldError, useServerIssues } from '../../components';
import { BreachLinks } from './BreachLinks';

export interface BreachFormProps {
  clientId: number;
  initial: BreachFormInput;
  submitLabel: string;
  mutation: UseMutationResult<Breach, Error, BreachValues>;
  onCancel(): void;
}

const fields = Object.keys(breachInput.shape);
const count = { setValueAs: (v: unknown) => (v === '' || v === null ? null : Number(v)) };

/** What happened, when, to whom and what was done: the facts of Art. 33(3) and 33(5). */
export function BreachForm({
  clientId,
  initial,
  submitLabel,
  mutation,
  onCancel,
}: BreachFormProps) {
  const { t } = useTranslation('breaches');
  const fieldError = useFieldError();
  const form = useForm<BreachFormInput, unknown, BreachValues>({
    resolver: zodResolver(breachForm),
    defaultValues: initial,
  });
  const { register, handleSubmit, formState, setValue, control } = form;
  const errors = formState.errors;
  const kinds = useWatch({ control, name: 'kinds' }) ?? [];
  const server = useServerIssues(mutation.error, {
    form,
    fields,
    prefix: 'breach.',
    label: (field) => t(`fields.${field}`),
  });
  const toggleKind = (k: (typeof breachKind.options)[number]) =>
    setValue('kinds', kinds.includes(k) ? kinds.filter((x) => x !== k) : [...kinds, k], {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });

  return (
    <form className="form card" noValidate onSubmit={handleSubmit((v) => mutation.mutate(v))}>
      <ErrorBanner {...server.banner} />
      <FormField label={t('fields.title')} required error={fieldError(errors.title)}>
        <input className="input" {...register('title')} />
      </FormField>
      <div className="grid-2">
        <FormField
          label={t('fields.awareAt')}
          hint={t('form.awareHint')}
          required
          error={fieldError(errors.awareAt)}
        >
          <input className="input" type="datetime-local" {...register('awareAt')} />
        </FormField>
        <FormField label={t('fields.discoveredBy')} error={fieldError(errors.discoveredBy)}>
          <input className="input" {...register('discoveredBy')} />
        </FormField>
        <FormField
          label={t('fields.occurredFrom')}
          hint={t('form.occurredHint')}
          error={fieldError(errors.occurredFrom)}
        >
          <input className="input" type="datetime-local" {...register('occurredFrom')} />
        </FormField>
        <FormField label={t('fields.occurredTo')} error={fieldError(errors.occurredTo)}>
          <input className="input" type="datetime-local" {...register('occurredTo')} />
        </FormField>
        <FormField label={t('fields.reportedBy')} error={fieldError(errors.reportedBy)}>
          <input className="input" {...register('reportedBy')} />
        </FormField>
      </div>
      <fieldset
        className="fieldset"
        aria-describedby={errors.kinds ? 'breach-kinds-error' : undefined}
      >
        <legend className="fieldset-legend">{t('fields.kinds')} *</legend>
        <div className="checkbox-group">
          {breachKind.options.map((k) => (
            <label key={k} className="check">
              <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggleKind(k)} />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
        {errors.kinds ? (
          <p className="field-error" id="breach-kinds-error">
            {fieldError(errors.kinds.message ?? errors.kinds.root?.message)}
          </p>
        ) : null}
      </fieldset>
      <FormField label={t('fields.description')} error={fieldError(errors.description)}>
        <textarea className="input" rows={4} {...register('description')} />
      </FormField>
      <BreachLinks clientId={clientId} form={form} />
      <div className="grid-2">
        <FormField label={t('fields.subjectsCount')} error={fieldError(errors.subjectsCount)}>
          <input className="input" type="number" min={0} {...register('subjectsCount', count)} />
        </FormField>
        <FormField label={t('fields.recordsCount')} error={fieldError(errors.recordsCount)}>
          <input className="input" type="number" min={0} {...register('recordsCount', count)} />
        </FormField>
      </div>
      <FormField
        label={t('fields.countNote')}
        hint={t('form.countHint')}
        error={fieldError(errors.countNote)}
      >
        <input className="input" {...register('countNote')} />
      </FormField>
      <FormField
        label={t('fields.systems')}
        hint={t('form.systemsHint')}
        error={fieldError(errors.systems)}
      >
        <textarea className="input" rows={2} {...register('systems')} />
      </FormField>
      <FormField label={t('fields.consequences')} error={fieldError(errors.consequences)}>
        <textarea className="input" rows={3} {...register('consequences')} />
      </FormField>
      <FormField label={t('fields.measuresTaken')} error={fieldError(errors.measuresTaken)}>
        <textarea className="input" rows={3} {...register('measuresTaken')} />
      </FormField>
      <FormField label={t('fields.measuresProposed')} error={fieldError(errors.measuresProposed)}>
        <textarea className="input" rows={3} {...register('measuresProposed')} />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
