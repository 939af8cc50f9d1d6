import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, type UseMutationResult } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  requestChannel,
  requestInput,
  requestKind,
  type DataRequest,
  type RequestInput,
  type RequestValues,
} from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys } from '../../app/queries';
import { ErrorBanner, FormField, todayIso, useFieldError, useServerIssues } from '../../components';

export interface RequestFormProps {
  clientId: number;
  initial?: RequestInput;
  submitLabel: string;
  mutation: UseMutationResult<DataRequest, Error, RequestValues>;
  onCancel(): void;
}

const fields = Object.keys(requestInput.shape);

/** The details of a request: kind, receipt, channel, requester, categories, description. */
export function RequestForm({
  clientId,
  initial,
  submitLabel,
  mutation,
  onCancel,
}: RequestFormProps) {
  const { t } = useTranslation('requests');
  const fieldError = useFieldError();
  const subjects = useQuery({
    queryKey: queryKeys.catalogues(clientId, 'subject'),
    queryFn: () => call('catalogues.list', { clientId, kind: 'subject' }),
  });
  const form = useForm<RequestInput, unknown, RequestValues>({
    resolver: zodResolver(requestInput),
    defaultValues: initial ?? {
      kind: 'access',
      receivedOn: todayIso(),
      receivedTime: '',
      channel: 'email',
      requesterName: '',
      subjectIds: [],
    },
  });
  const { register, handleSubmit, formState, setValue, control } = form;
  const errors = formState.errors;
  const chosen = useWatch({ control, name: 'subjectIds' }) ?? [];

  const server = useServerIssues(mutation.error, {
    form,
    fields,
    prefix: 'request.',
    label: (field) => t(`form.${field}`),
  });

  const toggle = (id: number) =>
    setValue('subjectIds', chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id], {
      shouldDirty: true,
    });

  return (
    <form className="form card" noValidate onSubmit={handleSubmit((v) => mutation.mutate(v))}>
      <ErrorBanner {...server.banner} />
      <div className="grid-2">
        <FormField label={t('form.kind')} required error={fieldError(errors.kind)}>
          <select className="input" {...register('kind')}>
            {requestKind.options.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('form.channel')} required error={fieldError(errors.channel)}>
          <select className="input" {...register('channel')}>
            {requestChannel.options.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('form.receivedOn')} required error={fieldError(errors.receivedOn)}>
          <input className="input" type="date" {...register('receivedOn')} />
        </FormField>
        <FormField label={t('form.receivedTime')} error={fieldError(errors.receivedTime)}>
          <input className="input" type="time" {...register('receivedTime')} />
        </FormField>
        <FormField
          label={t('form.requesterName')}
          required
          error={fieldError(errors.requesterName)}
        >
          <input className="input" {...register('requesterName')} />
        </FormField>
        <FormField label={t('form.requesterEmail')} error={fieldError(errors.requesterEmail)}>
          <input className="input" type="email" {...register('requesterEmail')} />
        </FormField>
        <FormField label={t('form.requesterPhone')} error={fieldError(errors.requesterPhone)}>
          <input className="input" {...register('requesterPhone')} />
        </FormField>
        <FormField
          label={t('form.requesterReference')}
          error={fieldError(errors.requesterReference)}
        >
          <input className="input" {...register('requesterReference')} />
        </FormField>
      </div>
      <FormField label={t('form.requesterAddress')} error={fieldError(errors.requesterAddress)}>
        <textarea className="input" rows={3} {...register('requesterAddress')} />
      </FormField>
      <fieldset className="fieldset">
        <legend className="fieldset-legend">{t('form.subjects')}</legend>
        <p className="field-hint">{t('form.subjectsHint')}</p>
        {subjects.data && subjects.data.length === 0 ? (
          <p className="muted">{t('form.noSubjects')}</p>
        ) : null}
        <div className="checkbox-group">
          {subjects.data?.map((s) => (
            <label key={s.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(s.id)}
                onChange={() => toggle(s.id)}
              />
              {s.name}
            </label>
          ))}
        </div>
        {errors.subjectIds ? (
          <p className="field-error">{fieldError(errors.subjectIds.message)}</p>
        ) : null}
      </fieldset>
      <FormField label={t('form.description')} error={fieldError(errors.description)}>
        <textarea className="input" rows={5} {...register('description')} />
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
