import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { identityInput, identityMethod, type DataRequest } from '../../../core/api';
import { usePreferences } from '../../app/queries';
import {
  ErrorBanner,
  FormField,
  todayIso,
  useFieldError,
  useFormat,
  useServerIssues,
  useToast,
} from '../../components';
import { useRequestStep } from './queries';

type Input = z.input<typeof identityInput>;
type Values = z.output<typeof identityInput>;

/** How identity was checked, with the proportionality guidance of EDPB 01/2022. */
export function IdentityPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('dsar');
  const format = useFormat();
  const toast = useToast();
  const fieldError = useFieldError();
  const preferences = usePreferences();
  const step = useRequestStep('dsar.recordIdentity');
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(identityInput),
    values: {
      id: r.id,
      method: r.identity?.method ?? r.identityGuidance.recommended[0] ?? 'known_email',
      checkedBy: r.identity?.checkedBy ?? preferences.data?.userName ?? '',
      checkedOn: r.identity?.checkedOn ?? todayIso(),
      note: r.identity?.note ?? '',
      requestedOn: r.identity?.requestedOn ?? '',
      receivedOn: r.identity?.receivedOn ?? '',
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const server = useServerIssues(step.error, {
    form,
    fields: Object.keys(identityInput.shape),
    label: (field) => t(`identity.${field}`),
  });
  const closed = r.state === 'closed';
  const id = r.identity;

  return (
    <section className="card" aria-labelledby="dsar-identity">
      <h2 id="dsar-identity" className="card-title">
        {t('identity.title')}
      </h2>
      <p className={id ? 'dsar-ok' : 'inline-warning'}>
        {id
          ? t('identity.checked', {
              method: t(`identity.methods.${id.method}`),
              by: id.checkedBy,
              date: format.date(id.checkedOn),
            })
          : t('identity.unchecked')}
      </p>
      {!closed ? (
        <form
          className="form"
          noValidate
          onSubmit={handleSubmit((v) =>
            step.mutate(v, { onSuccess: () => toast(t('identity.saved')) }),
          )}
        >
          <ErrorBanner {...server.banner} />
          <FormField label={t('identity.method')} required error={fieldError(errors.method)}>
            <select className="input" {...register('method')}>
              {identityMethod.options.map((m) => (
                <option key={m} value={m}>
                  {t(`identity.methods.${m}`)}
                  {r.identityGuidance.recommended.includes(m)
                    ? ` (${t('identity.recommended')})`
                    : ''}
                </option>
              ))}
            </select>
          </FormField>
          <div className="grid-2">
            <FormField
              label={t('identity.checkedBy')}
              required
              error={fieldError(errors.checkedBy)}
            >
              <input className="input" {...register('checkedBy')} />
            </FormField>
            <FormField
              label={t('identity.checkedOn')}
              required
              error={fieldError(errors.checkedOn)}
            >
              <input className="input" type="date" {...register('checkedOn')} />
            </FormField>
            <FormField label={t('identity.requestedOn')} error={fieldError(errors.requestedOn)}>
              <input className="input" type="date" {...register('requestedOn')} />
            </FormField>
            <FormField label={t('identity.receivedOn')} error={fieldError(errors.receivedOn)}>
              <input className="input" type="date" {...register('receivedOn')} />
            </FormField>
          </div>
          <FormField
            label={t('identity.note')}
            hint={t('identity.noteHint')}
            error={fieldError(errors.note)}
          >
            <textarea className="input" rows={2} {...register('note')} />
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button" disabled={step.isPending}>
              {t('identity.save')}
            </button>
          </div>
        </form>
      ) : null}
      <details className="dsar-guidance">
        <summary>{t('identity.recommended')}</summary>
        <ul>
          {r.identityGuidance.notes.map((n) => (
            <li key={n}>{t(`identity.notes.${n}`)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
