import { useQuery } from '@tanstack/react-query';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BreachFormInput, BreachValues } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queries';
import { FormField, useFieldError } from '../../components';
import { CheckList } from './CheckList';

type Form = UseFormReturn<BreachFormInput, unknown, BreachValues>;
type IdField = 'subjectIds' | 'dataIds' | 'activityIds' | 'processorIds';

/**
 * The client's records a breach concerns: categories of persons and data from the
 * catalogue (with their Art. 9/10 markers), activities, processors, and the processor at
 * which it happened with its notice (Art. 33(2)).
 */
export function BreachLinks({ clientId, form }: { clientId: number; form: Form }) {
  const { t } = useTranslation('breaches');
  const fieldError = useFieldError();
  const { control, setValue, register, formState } = form;
  const errors = formState.errors;
  const catalogue = useQuery({
    queryKey: queryKeys.catalogues(clientId),
    queryFn: () => call('catalogues.list', { clientId }),
  });
  const activities = useQuery({
    queryKey: queryKeys.activities(clientId, { status: 'all' }),
    queryFn: () => call('activities.list', { clientId, status: 'all' }),
  });
  const processors = useQuery({
    queryKey: ['processors', 'list', clientId, {}],
    queryFn: () => call('processors.list', { clientId }),
  });
  const values = {
    subjectIds: useWatch({ control, name: 'subjectIds' }) ?? [],
    dataIds: useWatch({ control, name: 'dataIds' }) ?? [],
    activityIds: useWatch({ control, name: 'activityIds' }) ?? [],
    processorIds: useWatch({ control, name: 'processorIds' }) ?? [],
  };
  const set = (field: IdField) => (ids: number[]) => setValue(field, ids, { shouldDirty: true });
  const entries = catalogue.data ?? [];
  const mark = (special: string) =>
    special === 'art9' ? 'Art. 9' : special === 'art10' ? 'Art. 10' : undefined;
  const processorItems = processors.data?.items.map((p) => ({ id: p.id, name: p.name })) ?? [];

  return (
    <>
      <div className="grid-2">
        <CheckList
          legend={t('fields.subjects')}
          items={entries.filter((e) => e.kind === 'subject')}
          value={values.subjectIds}
          onChange={set('subjectIds')}
          empty={t('form.noSubjects')}
          error={fieldError(errors.subjectIds?.message)}
        />
        <CheckList
          legend={t('fields.data')}
          hint={t('form.dataHint')}
          items={entries
            .filter((e) => e.kind === 'data')
            .map((e) => ({ id: e.id, name: e.name, mark: mark(e.special) }))}
          value={values.dataIds}
          onChange={set('dataIds')}
          empty={t('form.noData')}
          error={fieldError(errors.dataIds?.message)}
        />
        <CheckList
          legend={t('fields.activities')}
          items={activities.data ?? []}
          value={values.activityIds}
          onChange={set('activityIds')}
          empty={t('form.noActivities')}
          error={fieldError(errors.activityIds?.message)}
        />
        <CheckList
          legend={t('fields.processors')}
          items={processorItems}
          value={values.processorIds}
          onChange={set('processorIds')}
          empty={t('form.noProcessors')}
          error={fieldError(errors.processorIds?.message)}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset-legend">{t('form.atProcessor')}</legend>
        <p className="field-hint">{t('form.atProcessorHint')}</p>
        <div className="grid-3">
          <FormField label={t('fields.atProcessorId')} error={fieldError(errors.atProcessorId)}>
            <select
              className="input"
              {...register('atProcessorId', {
                setValueAs: (v) => (v === '' || v === null ? null : Number(v)),
              })}
            >
              <option value="">{t('form.noProcessor')}</option>
              {processorItems.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            label={t('fields.processorAwareAt')}
            error={fieldError(errors.processorAwareAt)}
          >
            <input className="input" type="datetime-local" {...register('processorAwareAt')} />
          </FormField>
          <FormField
            label={t('fields.processorNoticeAt')}
            error={fieldError(errors.processorNoticeAt)}
          >
            <input className="input" type="datetime-local" {...register('processorNoticeAt')} />
          </FormField>
        </div>
      </fieldset>
    </>
  );
}
