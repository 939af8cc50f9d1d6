import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { informChannel, informForm, informInput, type Breach } from '../../../core/api';
import { ErrorBanner, FormField, useFieldError, useServerIssues, useToast } from '../../components';
import { nowInBerlinLocal, useBerlinTime } from './format';
import { useInformSubjects } from './mutations';

const fields = Object.keys(informInput.shape);

/** Telling the data subjects (Art. 34): when and how; the letter is in the documents. */
export function InformPanel({ breach: b }: { breach: Breach }) {
  const { t } = useTranslation('breaches');
  const toast = useToast();
  const time = useBerlinTime();
  const fieldError = useFieldError();
  const inform = useInformSubjects(b.id);
  const form = useForm<z.input<typeof informForm>, unknown, z.output<typeof informForm>>({
    resolver: zodResolver(informForm),
    defaultValues: { at: nowInBerlinLocal(), channel: 'letter', note: '' },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const server = useServerIssues(inform.error, {
    form,
    fields,
    prefix: 'inform.',
    label: (field) => t(`inform.${field}`),
  });
  const done = b.subjectsInformed;
  return (
    <section className="card" aria-labelledby="inform-title">
      <h2 id="inform-title" className="card-title">
        {t('inform.title')}
      </h2>
      {done ? (
        <p>
          {t('inform.done', { at: time(done.at), channel: t(`informChannels.${done.channel}`) })}
          {done.note ? ` ${done.note}` : ''}
        </p>
      ) : (
        <p className="muted">
          {b.assessment?.level === 'high' && !b.assessment.art34Ground
            ? t('inform.due')
            : t('inform.optional')}
        </p>
      )}
      {b.state === 'open' ? (
        <form
          noValidate
          className="subform"
          onSubmit={handleSubmit((v) =>
            inform.mutate(v, { onSuccess: () => toast(t('inform.saved')) }),
          )}
        >
          <ErrorBanner {...server.banner} />
          <div className="grid-2">
            <FormField label={t('inform.at')} required error={fieldError(errors.at)}>
              <input className="input" type="datetime-local" {...register('at')} />
            </FormField>
            <FormField label={t('inform.channel')} error={fieldError(errors.channel)}>
              <select className="input" {...register('channel')}>
                {informChannel.options.map((c) => (
                  <option key={c} value={c}>
                    {t(`informChannels.${c}`)}
                  </option>
                ))}
              </select>
            </FormField>
          </div>
          <FormField label={t('inform.note')} error={fieldError(errors.note)}>
            <textarea className="input" rows={2} {...register('note')} />
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button" disabled={inform.isPending}>
              {t('inform.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
