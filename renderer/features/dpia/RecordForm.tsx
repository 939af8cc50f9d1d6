import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { dpiaOutcome, dpiaRecordValues, type DpiaRecord } from '../../../core/api';
import {
  ErrorBanner,
  FormField,
  useFieldError,
  useFormat,
  useServerIssues,
  useToast,
} from '../../components';
import { useRecordDpia } from './mutations';

type Values = z.output<typeof dpiaRecordValues>;
type Input = z.input<typeof dpiaRecordValues>;
const fields = ['date', 'reference', 'outcome', 'note'];

/** The DPIA once carried out: its date, reference, outcome and a note. */
export function RecordForm({
  activityId,
  record,
}: {
  activityId: number;
  record: DpiaRecord | null;
}) {
  const { t } = useTranslation('dpia');
  const toast = useToast();
  const format = useFormat();
  const fieldError = useFieldError();
  const outcomeErrorId = useId();
  const save = useRecordDpia();
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(dpiaRecordValues),
    defaultValues: {
      date: record?.date ?? '',
      reference: record?.reference ?? '',
      // No outcome chosen in advance: the user states how the DPIA ended.
      outcome: record?.outcome,
      note: record?.note ?? '',
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const server = useServerIssues(save.error, {
    form,
    fields,
    prefix: 'record.',
    label: (field) => t(`fields.${field}`),
  });
  const onSubmit = handleSubmit((values) =>
    save.mutate({ activityId, record: values }, { onSuccess: () => toast(t('recordSaved')) }),
  );

  return (
    <form className="stack" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className="grid-2">
        <FormField label={t('fields.date')} required error={fieldError(errors.date)}>
          <input className="input" type="date" {...register('date')} />
        </FormField>
        <FormField label={t('fields.reference')} required error={fieldError(errors.reference)}>
          <input className="input" {...register('reference')} />
        </FormField>
        <fieldset
          className="fieldset span-2"
          aria-describedby={errors.outcome ? outcomeErrorId : undefined}
        >
          <legend className="fieldset-legend">
            {t('fields.outcome')} <span aria-hidden="true">*</span>
          </legend>
          {dpiaOutcome.options.map((o) => (
            <label key={o} className="check check-block">
              <input type="radio" value={o} {...register('outcome')} />
              <span>{t(`outcome.${o}`)}</span>
            </label>
          ))}
          {errors.outcome ? (
            <p id={outcomeErrorId} className="field-error" role="alert">
              {errors.outcome.type === 'server'
                ? fieldError(errors.outcome)
                : t('validation:dpiaOutcomeMissing')}
            </p>
          ) : null}
        </fieldset>
        <FormField label={t('fields.note')} error={fieldError(errors.note)} className="span-2">
          <textarea className="input" rows={2} {...register('note')} />
        </FormField>
      </div>
      <ErrorBanner {...server.banner} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('saveRecord')}
        </button>
        {record ? (
          <span className="muted">
            {t('recordedBy', { name: record.recordedBy, date: format.dateTime(record.recordedAt) })}
          </span>
        ) : null}
      </div>
    </form>
  );
}
