import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  refusalGround,
  type DataRequest,
  type RefusalGround,
  type RequestState,
} from '../../../core/api';
import { ErrorBanner, FormField, useToast } from '../../components';
import { useRequestStep } from './queries';

/** The next workflow steps; sending the reply asks for an override reason if needed. */
export function WorkflowPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('dsar');
  const toast = useToast();
  const step = useRequestStep('dsar.transition');
  const [sending, setSending] = useState<RequestState | null>(null);
  const [override, setOverride] = useState('');
  const [ground, setGround] = useState<RefusalGround | ''>('');
  const [note, setNote] = useState('');

  const go = (to: RequestState) => {
    step.mutate(
      {
        id: r.id,
        to,
        overrideReason: override,
        refusalGround: ground || null,
        refusalNote: note,
      },
      {
        onSuccess: () => {
          setSending(null);
          toast(t(`states.${to}`));
        },
      },
    );
  };
  const choose = (to: RequestState) => {
    step.reset();
    if (to === 'answered' || to === 'refused') setSending(to);
    else go(to);
  };

  return (
    <section className="card" aria-labelledby="dsar-workflow">
      <h2 id="dsar-workflow" className="card-title">
        {t('detail.workflow')}
      </h2>
      <ol className="dsar-steps">
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
      <ErrorBanner error={step.error} />
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
      {sending ? (
        <div className="stack dsar-send">
          {sending === 'refused' ? (
            <>
              <FormField label={t('detail.refusalGround')} required>
                <select
                  className="input"
                  value={ground}
                  onChange={(e) => setGround(e.target.value as RefusalGround | '')}
                >
                  <option value="" />
                  {refusalGround.options.map((g) => (
                    <option key={g} value={g}>
                      {t(`refusalGrounds.${g}`)}
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField label={t('detail.refusalNote')}>
                <textarea
                  className="input"
                  rows={3}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
              </FormField>
            </>
          ) : null}
          {r.sendBlockers.includes('identity') ? (
            <FormField label={t('detail.overrideReason')} hint={t('detail.overrideHint')}>
              <textarea
                className="input"
                rows={2}
                value={override}
                onChange={(e) => setOverride(e.target.value)}
              />
            </FormField>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={step.isPending}
              onClick={() => go(sending)}
            >
              {t('detail.confirmSend')}
            </button>
            <button type="button" className="button" onClick={() => setSending(null)}>
              {t('form.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
