import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { noticeChannel, noticeForm, noticeInput, type Breach } from '../../../core/api';
import { ErrorBanner, FormField, useFieldError, useServerIssues, useToast } from '../../components';
import { nowInBerlinLocal, useBerlinTime } from './format';
import { useNotifyAuthority } from './mutations';

const fields = Object.keys(noticeInput.shape);

/** The notices to the supervisory authority: the first, then follow-ups (Art. 33(4)). */
export function NoticesPanel({ breach: b }: { breach: Breach }) {
  const { t } = useTranslation('breaches');
  const toast = useToast();
  const time = useBerlinTime();
  const fieldError = useFieldError();
  const notify = useNotifyAuthority(b.id);
  const hasFirst = b.notices.some((n) => n.kind === 'first');
  const form = useForm<z.input<typeof noticeForm>, unknown, z.output<typeof noticeForm>>({
    resolver: zodResolver(noticeForm),
    defaultValues: {
      kind: hasFirst ? 'followup' : 'first',
      at: nowInBerlinLocal(),
      channel: 'online_form',
      reference: hasFirst ? (b.notices[0]?.reference ?? '') : '',
      note: '',
      delayReason: '',
    },
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const server = useServerIssues(notify.error, {
    form,
    fields,
    prefix: 'notice.',
    label: (field) => t(`notices.${field}`),
  });
  const lateNow = b.deadlines.clockRuns && (b.deadlines.hoursLeft ?? 0) < 0;

  return (
    <section className="card" aria-labelledby="notices-title">
      <h2 id="notices-title" className="card-title">
        {t('notices.title')}
      </h2>
      {b.notices.length === 0 ? <p className="muted">{t('notices.none')}</p> : null}
      <ul className="notice-list">
        {b.notices.map((n) => (
          <li key={n.id}>
            <strong>{t(`noticeKinds.${n.kind}`)}</strong> · {time(n.at)} ·{' '}
            {t(`noticeChannels.${n.channel}`)}
            {n.reference ? ` · ${t('notices.referenceShort', { ref: n.reference })}` : ''}
            <div className="muted">
              {t('notices.after', { count: Math.floor(n.hoursAfterStart) })}
              {n.delayReason ? ` · ${t('notices.delayReason')}: ${n.delayReason}` : ''}
            </div>
            {n.note ? <div>{n.note}</div> : null}
          </li>
        ))}
      </ul>
      {b.state === 'open' ? (
        <form
          noValidate
          className="subform"
          onSubmit={handleSubmit((v) =>
            notify.mutate(v, { onSuccess: () => toast(t('notices.saved')) }),
          )}
        >
          <h3 className="subform-title">
            {hasFirst ? t('notices.addFollowup') : t('notices.addFirst')}
          </h3>
          <ErrorBanner {...server.banner} />
          <div className="grid-2">
            <FormField label={t('notices.kind')} error={fieldError(errors.kind)}>
              <select className="input" {...register('kind')}>
                <option value="first">{t('noticeKinds.first')}</option>
                <option value="followup">{t('noticeKinds.followup')}</option>
              </select>
            </FormField>
            <FormField label={t('notices.at')} required error={fieldError(errors.at)}>
              <input className="input" type="datetime-local" {...register('at')} />
            </FormField>
            <FormField label={t('notices.channel')} error={fieldError(errors.channel)}>
              <select className="input" {...register('channel')}>
                {noticeChannel.options.map((c) => (
                  <option key={c} value={c}>
                    {t(`noticeChannels.${c}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={t('notices.reference')} error={fieldError(errors.reference)}>
              <input className="input" {...register('reference')} />
            </FormField>
          </div>
          <FormField label={t('notices.note')} error={fieldError(errors.note)}>
            <textarea className="input" rows={2} {...register('note')} />
          </FormField>
          <FormField
            label={t('notices.delayReason')}
            hint={lateNow || b.deadlines.late ? t('notices.delayHintLate') : t('notices.delayHint')}
            error={fieldError(errors.delayReason)}
          >
            <textarea className="input" rows={2} {...register('delayReason')} />
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={notify.isPending}>
              {t('notices.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
