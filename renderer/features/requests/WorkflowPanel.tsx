import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest, RequestState } from '../../../core/api';
import { informsRecipients } from '../../../core/rules/requests-workflow';
import { ApiError } from '../../api/client';
import { ErrorBanner, FormField, useFieldError, useToast } from '../../components';
import { useRequestStep } from './mutations';
import { SendForm } from './SendForm';

/**
 * The next workflow steps. Sending the reply opens the send form (date, language, ground,
 * override); closing with Art. 19 recipients not informed asks for the reason.
 */
export function WorkflowPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const toast = useToast();
  const fieldError = useFieldError();
  const step = useRequestStep('requests.transition');
  const [sending, setSending] = useState<'answered' | 'refused' | null>(null);
  const [closing, setClosing] = useState(false);
  const [skipReason, setSkipReason] = useState('');
  const uninformed =
    informsRecipients(r.kind) && r.state === 'answered'
      ? r.recipients.filter((x) => !x.doneOn)
      : [];

  const go = (to: RequestState, recipientsSkipReason = '') =>
    step.mutate(
      { id: r.id, to, recipientsSkipReason },
      {
        onSuccess: () => {
          setClosing(false);
          toast(t(`states.${to}`));
        },
      },
    );
  const choose = (to: RequestState) => {
    step.reset();
    if (to === 'answered' || to === 'refused') setSending(to);
    else if (to === 'closed' && uninformed.length > 0) setClosing(true);
    else go(to);
  };
  const skipIssue =
    step.error instanceof ApiError &&
    step.error.issues.some((i) => i.key === 'recipientsNotInformed');

  return (
    <section className="card" aria-labelledby="requests-workflow">
      <h2 id="requests-workflow" className="card-title">
        {t('detail.workflow')}
      </h2>
      <ol className="requests-steps">
        {(
          ['received', 'identity_check', 'in_progress', 'in_review', 'answered', 'closed'] as const
        ).map((s) => (
          <li
            key={s}
            className={
              s === r.state || (s === 'answered' && r.state === 'refused') ? 'is-current' : ''
            }
          >
            {t(`states.${s === 'answered' && r.state === 'refused' ? 'refused' : s}`)}
          </li>
        ))}
      </ol>
      {r.sendBlockers.length > 0 && r.state === 'in_review' ? (
        <div className="inline-warning">
          <p>{t('detail.blocked')}</p>
          <ul>
            {r.sendBlockers.map((b) => (
              <li key={b}>{t(`detail.blocker.${b}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.recipientsSkipReason ? (
        <p className="muted">{t('detail.closedWithout', { reason: r.recipientsSkipReason })}</p>
      ) : null}
      {sending ? null : <ErrorBanner error={step.error} />}
      {sending || closing ? null : (
        <div className="empty-actions">
          {r.nextStates.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'answered' || to === 'closed' ? 'button button-primary' : 'button'}
              disabled={step.isPending}
              onClick={() => choose(to)}
            >
              {t(`moveTo.${to}`)}
            </button>
          ))}
        </div>
      )}
      {sending ? <SendForm r={r} to={sending} onDone={() => setSending(null)} /> : null}
      {closing ? (
        <form
          className="stack requests-send"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            go('closed', skipReason);
          }}
        >
          <div className="inline-warning" role="note">
            <p>{t('detail.uninformed', { count: uninformed.length })}</p>
            <ul>
              {uninformed.map((x) => (
                <li key={x.id}>{x.name}</li>
              ))}
            </ul>
          </div>
          <FormField
            label={t('detail.skipReason')}
            hint={t('detail.skipReasonHint')}
            required
            error={skipIssue ? fieldError('recipientsNotInformed') : undefined}
          >
            <textarea
              className="input"
              rows={2}
              value={skipReason}
              onChange={(e) => setSkipReason(e.target.value)}
            />
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={step.isPending}>
              {t('detail.confirmClose')}
            </button>
            <button type="button" className="button" onClick={() => setClosing(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
