import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  deletionMethod,
  deletionRunInput,
  type DeletionRunInput,
  type RetentionRule,
} from '../../../core/api';
import { usePreferences } from '../../app/queries';
import {
  ErrorBanner,
  FormField,
  todayIso,
  useFieldError,
  useServerIssues,
  useToast,
} from '../../components';
import { useRecordRun } from './mutations';

type Values = ReturnType<typeof deletionRunInput.parse>;
const fields = ['ruleId', 'date', 'system', 'count', 'description', 'method', 'person'];

/** Records one deletion run: date, rule, system, what was deleted, method and person. */
export function RecordRunForm({ rules, first }: { rules: RetentionRule[]; first: RetentionRule }) {
  const { t } = useTranslation('retention');
  const toast = useToast();
  const fieldError = useFieldError();
  const preferences = usePreferences();
  const defaults = (): DeletionRunInput => ({
    ruleId: first.id,
    date: todayIso(),
    system: first.systems[0] ?? '',
    count: null,
    description: '',
    method: first.method,
    person: preferences.data?.userName ?? '',
  });
  const form = useForm<DeletionRunInput, unknown, Values>({
    resolver: zodResolver(deletionRunInput),
    defaultValues: defaults(),
  });
  const { register, handleSubmit, setValue, reset, control, formState } = form;
  const errors = formState.errors;
  const ruleId = useWatch({ control, name: 'ruleId' });
  const rule = rules.find((r) => r.id === Number(ruleId)) ?? first;
  const record = useRecordRun();
  const server = useServerIssues(record.error, {
    form,
    fields,
    label: (field) => t(`log.${field === 'ruleId' ? 'rule' : field}`),
  });

  // A different rule brings its own systems and method.
  useEffect(() => {
    setValue('system', rule.systems[0] ?? '');
    setValue('method', rule.method);
  }, [rule, setValue]);
  useEffect(() => {
    if (preferences.data) setValue('person', preferences.data.userName);
  }, [preferences.data, setValue]);

  const submit = handleSubmit((values) =>
    record.mutate(values, {
      onSuccess: (run) => {
        toast(t('log.recorded', { name: run.ruleName }));
        reset({ ...defaults(), ruleId: run.ruleId ?? first.id });
      },
    }),
  );

  return (
    <form className="card form" noValidate onSubmit={submit} aria-labelledby="record-run-title">
      <h3 id="record-run-title" className="card-title">
        {t('log.record')}
      </h3>
      <ErrorBanner {...server.banner} />
      <div className="retention-grid">
        <FormField
          label={t('log.rule')}
          error={fieldError(errors.ruleId)}
          required
          className="retention-wide"
        >
          <select className="input" {...register('ruleId', { valueAsNumber: true })}>
            {rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </FormField>
        {rule.systems.length > 0 ? (
          <FormField label={t('log.system')} error={fieldError(errors.system)} required>
            <select className="input" {...register('system')}>
              {rule.systems.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </FormField>
        ) : (
          <FormField label={t('log.system')} error={fieldError(errors.system)}>
            <input className="input" {...register('system')} />
          </FormField>
        )}
        <FormField
          label={t('log.date')}
          hint={t('log.dateHint')}
          error={fieldError(errors.date)}
          required
        >
          {/* Any past day: runs done before the rule was entered belong in the log too. */}
          <input type="date" className="input" max={todayIso()} {...register('date')} />
        </FormField>
        <FormField label={t('log.count')} error={fieldError(errors.count)}>
          <input
            type="number"
            min={0}
            className="input"
            {...register('count', {
              setValueAs: (v: string) => (v === '' || v === null ? null : Number(v)),
            })}
          />
        </FormField>
        <FormField label={t('fields.method')} error={fieldError(errors.method)} required>
          <select className="input" {...register('method')}>
            {deletionMethod.options.map((m) => (
              <option key={m} value={m}>
                {t(`methods.${m}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('log.person')} error={fieldError(errors.person)} required>
          <input className="input" {...register('person')} />
        </FormField>
      </div>
      <FormField label={t('log.description')} error={fieldError(errors.description)}>
        <input className="input" {...register('description')} />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t('log.save')}
        </button>
      </div>
    </form>
  );
}
