import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { transitionInput, type DataRequest, type Language } from '../../../core/api';
import { nowInBerlin } from '../../../core/rules/calendar';
import { refusalGroundsFor } from '../../../core/rules/requests-workflow';
import { currentLanguage } from '../../i18n';
import { ErrorBanner, FormField, useFieldError, useServerIssues, useToast } from '../../components';
import { useGenerateLetter, useRequestStep } from './mutations';

type Input = z.input<typeof transitionInput>;
type Values = z.output<typeof transitionInput>;

const fields = [
  'sentOn',
  'sentTime',
  'overrideReason',
  'refusalGround',
  'refusalNote',
  'language',
] as const;

/**
 * "Reply sent" (or "refusal sent"): the date and time it went out, the letter's language
 * (the letter is stored as sent), the ground of a refusal, and a reason when identity is
 * not checked.
 */
export function SendForm({
  r,
  to,
  onDone,
}: {
  r: DataRequest;
  to: 'answered' | 'refused';
  onDone(): void;
}) {
  const { t } = useTranslation('requests');
  const toast = useToast();
  const fieldError = useFieldError();
  const step = useRequestStep('requests.transition');
  // "Reply sent" defaults to the moment the user records it, on the German clock the handler
  // checks it against (a laptop set to another zone would otherwise propose a future time).
  const [now] = useState(() => nowInBerlin(new Date()));
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(transitionInput),
    defaultValues: {
      id: r.id,
      to,
      sentOn: now.date,
      sentTime: now.time,
      language: currentLanguage(),
      overrideReason: '',
      refusalGround: null,
      refusalNote: '',
    },
  });
  const preview = useGenerateLetter(r.id);
  const { register, handleSubmit, getValues, formState } = form;
  // The refusal as it would go out now, from what the form holds (nothing is stored).
  const previewRefusal = () => {
    const v = getValues();
    preview.mutate({
      letter: 'refusal',
      language: v.language ?? currentLanguage(),
      draftRefusal: v.refusalGround ? { ground: v.refusalGround, note: v.refusalNote ?? '' } : null,
    });
  };
  const errors = formState.errors;
  // An issue shown at its field is not repeated in the banner.
  const server = useServerIssues(step.error, {
    form,
    fields,
    label: (field) =>
      ['overrideReason', 'refusalGround', 'refusalNote'].includes(field)
        ? t(`detail.${field}`)
        : t(`send.${field}`),
  });
  const submit = handleSubmit((values) =>
    step.mutate(
      { ...values, refusalGround: values.refusalGround || null },
      {
        onSuccess: () => {
          toast(t(`states.${to}`));
          onDone();
        },
      },
    ),
  );

  return (
    <form
      className="stack requests-send"
      noValidate
      onSubmit={submit}
      aria-label={t(`moveTo.${to}`)}
    >
      {r.contactMismatch.length > 0 ? (
        <div className="inline-warning" role="note">
          <p>{t('identity.mismatchSend')}</p>
          <ul>
            {r.contactMismatch.map((c) => (
              <li key={c}>{t(`identity.mismatch.${c}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="grid-2">
        <FormField label={t('send.sentOn')} required error={fieldError(errors.sentOn)}>
          <input className="input" type="date" {...register('sentOn')} />
        </FormField>
        <FormField label={t('send.sentTime')} error={fieldError(errors.sentTime)}>
          <input className="input" type="time" {...register('sentTime')} />
        </FormField>
      </div>
      <FormField
        label={t('send.language')}
        hint={t('send.languageHint')}
        error={fieldError(errors.language)}
      >
        <select className="input" {...register('language')}>
          {(['de', 'en'] as Language[]).map((l) => (
            <option key={l} value={l}>
              {t(`letters.languages.${l}`)}
            </option>
          ))}
        </select>
      </FormField>
      {to === 'refused' ? (
        <>
          <FormField
            label={t('detail.refusalGround')}
            required
            error={fieldError(errors.refusalGround)}
          >
            <select
              className="input"
              {...register('refusalGround', { setValueAs: (v: string) => v || null })}
            >
              <option value="" />
              {refusalGroundsFor(r.kind).map((g) => (
                <option key={g} value={g}>
                  {t(`refusalGrounds.${g}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            label={t('detail.refusalNote')}
            hint={t('detail.refusalNoteHint')}
            error={fieldError(errors.refusalNote)}
          >
            <textarea className="input" rows={3} {...register('refusalNote')} />
          </FormField>
        </>
      ) : null}
      {r.sendBlockers.includes('identity') ? (
        <FormField
          label={t('detail.overrideReason')}
          hint={t('detail.overrideHint')}
          error={fieldError(errors.overrideReason)}
        >
          <textarea className="input" rows={2} {...register('overrideReason')} />
        </FormField>
      ) : null}
      {server.banner.error ? (
        <ErrorBanner {...server.banner} />
      ) : (
        <ErrorBanner error={preview.error} />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={step.isPending}>
          {t('detail.confirmSend')}
        </button>
        {to === 'refused' ? (
          <button
            type="button"
            className="button"
            disabled={preview.isPending}
            onClick={previewRefusal}
          >
            {t('send.preview')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
