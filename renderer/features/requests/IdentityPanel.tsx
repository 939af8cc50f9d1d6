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
import { useRequestStep } from './mutations';

type Input = z.input<typeof identityInput>;
type Values = z.output<typeof identityInput>;

const fields = ['method', 'checkedBy', 'checkedOn', 'note', 'requestedOn', 'receivedOn'] as const;
const knownFields = ['knownEmail', 'knownPhone', 'knownAddress'] as const;

/**
 * How identity was checked, with the proportionality guidance of EDPB 01/2022 in view (not
 * folded away), the contact details on file, and a warning when the reply would go to an
 * address or number other than those.
 */
export function IdentityPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const toast = useToast();
  const fieldError = useFieldError();
  const preferences = usePreferences();
  const step = useRequestStep('requests.recordIdentity');
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
      knownEmail: r.identity?.knownEmail ?? '',
      knownPhone: r.identity?.knownPhone ?? '',
      knownAddress: r.identity?.knownAddress ?? '',
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const server = useServerIssues(step.error, {
    form,
    fields: [...fields, ...knownFields],
    label: (field) => t(`identity.${field}`),
  });
  const locked = r.state === 'closed' || r.sentReply !== null;
  const id = r.identity;
  const phone = r.channel === 'phone';

  return (
    <section className="card" aria-labelledby="requests-identity">
      <h2 id="requests-identity" className="card-title">
        {t('identity.title')}
      </h2>
      <p className={id ? 'requests-ok' : 'inline-warning'}>
        {id
          ? t('identity.checked', {
              method: t(`identity.methods.${id.method}`),
              by: id.checkedBy,
              date: format.date(id.checkedOn),
            })
          : t('identity.unchecked')}
      </p>
      {id && r.sendBlockers.includes('identity') ? (
        <p className="inline-warning">{t('identity.notEnough')}</p>
      ) : null}
      {r.contactMismatch.length > 0 ? (
        <div className="inline-warning" role="note" data-testid="contact-mismatch">
          <p>{t('identity.mismatchTitle')}</p>
          <ul>
            {r.contactMismatch.map((c) => (
              <li key={c}>{t(`identity.mismatch.${c}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="requests-guidance">
        <h3 className="subheading">{t('identity.guidance')}</h3>
        <ul>
          {r.identityGuidance.notes.map((n) => (
            <li key={n}>{t(`identity.notes.${n}`)}</li>
          ))}
        </ul>
      </div>
      {!locked ? (
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
                <option key={m} value={m} disabled={phone && m === 'name_birth_date'}>
                  {t(`identity.methods.${m}`)}
                  {r.identityGuidance.recommended.includes(m)
                    ? ` (${t('identity.recommended')})`
                    : ''}
                  {phone && m === 'name_birth_date' ? ` (${t('identity.notOnPhone')})` : ''}
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
          <fieldset className="fieldset">
            <legend className="fieldset-legend">{t('identity.known')}</legend>
            <p className="field-hint">{t('identity.knownHint')}</p>
            <div className="grid-2">
              <FormField label={t('identity.knownEmail')} error={fieldError(errors.knownEmail)}>
                <input className="input" type="email" {...register('knownEmail')} />
              </FormField>
              <FormField label={t('identity.knownPhone')} error={fieldError(errors.knownPhone)}>
                <input className="input" {...register('knownPhone')} />
              </FormField>
            </div>
            <FormField label={t('identity.knownAddress')} error={fieldError(errors.knownAddress)}>
              <textarea className="input" rows={2} {...register('knownAddress')} />
            </FormField>
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button" disabled={step.isPending}>
              {t('identity.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
