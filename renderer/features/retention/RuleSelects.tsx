import type { FieldError, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  deletionMethod,
  periodUnit,
  runIntervals,
  startEvents,
  type RetentionRuleInput,
  type RetentionRuleValues,
} from '../../../core/api';
import { FormField, useFieldError } from '../../components';

type Form = UseFormReturn<RetentionRuleInput, unknown, RetentionRuleValues>;

/**
 * Start event, period, year-end rounding, run interval and method of a rule. The rule for
 * closed requests counts from their closing: its start type is the only one offered.
 */
export function RuleSelects({ form, closedRequests }: { form: Form; closedRequests: boolean }) {
  const { t } = useTranslation('retention');
  const fieldError = useFieldError();
  const { register, formState } = form;
  const err = (name: keyof RetentionRuleInput) =>
    fieldError(formState.errors[name] as FieldError | undefined);
  return (
    <>
      <div className="retention-grid">
        <FormField
          label={t('fields.startEvent')}
          error={err('startEvent')}
          hint={closedRequests ? t('hints.closedRequestsStart') : undefined}
          required
        >
          <select className="input" {...register('startEvent')}>
            {(closedRequests ? (['transaction_end'] as const) : startEvents).map((e) => (
              <option key={e} value={e}>
                {t(`startEvents.${e}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={t('fields.startDescription')}
          error={err('startDescription')}
          hint={t('hints.startDescription')}
        >
          <input className="input" {...register('startDescription')} />
        </FormField>
      </div>
      <div className="retention-grid">
        <FormField label={t('fields.periodAmount')} error={err('periodAmount')} required>
          <input
            type="number"
            className="input"
            {...register('periodAmount', { valueAsNumber: true })}
          />
        </FormField>
        <FormField label={t('fields.periodUnit')} error={err('periodUnit')} required>
          <select className="input" {...register('periodUnit')}>
            {periodUnit.options.map((u) => (
              <option key={u} value={u}>
                {t(`units.${u}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('fields.runInterval')} error={err('runInterval')} required>
          <select className="input" {...register('runInterval')}>
            {runIntervals.map((i) => (
              <option key={i} value={i}>
                {t(`intervals.${i}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('fields.method')} error={err('method')} required>
          <select className="input" {...register('method')}>
            {deletionMethod.options.map((m) => (
              <option key={m} value={m}>
                {t(`methods.${m}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <label className="check">
        <input type="checkbox" {...register('yearEnd')} /> {t('fields.yearEnd')}
      </label>
      <p className="retention-note">{t('hints.yearEnd')}</p>
    </>
  );
}
