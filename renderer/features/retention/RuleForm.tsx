import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  retentionRuleInput,
  type RetentionRule,
  type RetentionRuleInput,
  type RetentionRuleValues,
} from '../../../core/api';
import { ErrorBanner, FormField, useFieldError, useServerIssues, useToast } from '../../components';
import { CataloguePick } from './CataloguePick';
import { RuleLinks } from './RuleLinks';
import { RuleSelects } from './RuleSelects';
import { useAddPeriod } from './mutations';

const fieldNames = Object.keys(retentionRuleInput.shape);

export interface RuleFormProps {
  clientId: number;
  isNew: boolean;
  defaultValues: RetentionRuleInput;
  onSave(values: RetentionRuleValues): Promise<RetentionRule | null>;
  error: unknown;
  /** The client's rule for closed requests (its start type is fixed). */
  closedRequests?: boolean;
}

/** Every field of a deletion rule, with the catalogue to start from and the register links. */
export function RuleForm(props: RuleFormProps) {
  const { clientId, isNew, defaultValues, onSave, error, closedRequests = false } = props;
  const { t } = useTranslation('retention');
  const toast = useToast();
  const fieldError = useFieldError();
  const form = useForm<RetentionRuleInput, unknown, RetentionRuleValues>({
    resolver: zodResolver(retentionRuleInput),
    defaultValues,
  });
  const { register, handleSubmit, control, formState, getValues } = form;
  const errors = formState.errors;
  const err = (name: keyof RetentionRuleInput) =>
    fieldError(errors[name] as FieldError | undefined);
  const legalHold = useWatch({ control, name: 'legalHold' });
  const addPeriod = useAddPeriod();
  // The period as the form holds it now, for the workspace-wide catalogue.
  const periodFromForm = () => {
    const v = getValues();
    return {
      name: v.name,
      norm: v.norm ?? '',
      note: v.reason ?? '',
      periodAmount: Number(v.periodAmount),
      periodUnit: v.periodUnit,
      yearEnd: Boolean(v.yearEnd),
      startEvent: v.startEvent,
      startDescription: v.startDescription ?? '',
      method: v.method ?? 'delete',
    };
  };

  const server = useServerIssues(error, {
    form,
    fields: fieldNames,
    prefix: 'rule.',
    label: (field) => t(`fields.${field}`),
  });

  const submit = handleSubmit(async (values) => {
    await onSave(values);
  });

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('editor.formLabel')}>
      <ErrorBanner {...server.banner} title={t('editor.notSaved')} />
      <CataloguePick form={form} isNew={isNew} />
      <fieldset className="card fieldset">
        <legend className="fieldset-legend">{t('editor.dataKind')}</legend>
        <FormField label={t('fields.name')} error={err('name')} hint={t('hints.name')} required>
          <input className="input" {...register('name')} />
        </FormField>
        <FormField label={t('fields.description')} error={err('description')}>
          <textarea className="input" rows={2} {...register('description')} />
        </FormField>
      </fieldset>
      <fieldset className="card fieldset">
        <legend className="fieldset-legend">{t('editor.rule')}</legend>
        <RuleSelects form={form} closedRequests={closedRequests} />
        <FormField label={t('fields.norm')} error={err('norm')}>
          <input className="input" {...register('norm')} />
        </FormField>
        <FormField label={t('fields.reason')} error={err('reason')} hint={t('hints.reason')}>
          <textarea className="input" rows={3} {...register('reason')} />
        </FormField>
        <Controller
          control={control}
          name="systems"
          render={({ field, fieldState }) => (
            <FormField
              label={t('fields.systems')}
              hint={t('hints.systems')}
              error={fieldError(
                fieldState.error ??
                  (Array.isArray(errors.systems) ? errors.systems.find(Boolean) : undefined),
              )}
            >
              <textarea
                className="input"
                rows={3}
                value={(field.value ?? []).join('\n')}
                onChange={(e) =>
                  field.onChange(
                    e.target.value
                      .split('\n')
                      .map((s) => s.trim())
                      .filter(Boolean),
                  )
                }
                onBlur={field.onBlur}
              />
            </FormField>
          )}
        />
        <FormField label={t('fields.responsible')} error={err('responsible')}>
          <input className="input" {...register('responsible')} />
        </FormField>
        <label className="check">
          <input type="checkbox" {...register('legalHold')} /> {t('fields.legalHold')}
        </label>
        <p className="retention-note">{t('hints.legalHold')}</p>
        {legalHold ? (
          <FormField label={t('fields.holdReason')} error={err('holdReason')} required>
            <textarea className="input" rows={2} {...register('holdReason')} />
          </FormField>
        ) : null}
      </fieldset>
      <RuleLinks clientId={clientId} control={control} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {t('editor.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={addPeriod.isPending}
          onClick={() =>
            addPeriod.mutate(periodFromForm(), {
              onSuccess: (p) => toast(t('catalogue.added', { name: p.name })),
            })
          }
        >
          {t('catalogue.addOwn')}
        </button>
      </div>
      <ErrorBanner error={addPeriod.error} />
    </form>
  );
}
