import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../core/api';
import { ErrorBanner, FormField, useToast } from '../../components';
import { useProposal, useRequestStep } from './queries';

/** The reply: confirmed activities (proposed by category) and the user's own parts. */
export function ReplyPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('dsar');
  const toast = useToast();
  const proposal = useProposal(r.id);
  const save = useRequestStep('dsar.saveReply');
  const activities = proposal.data?.activities ?? [];
  // Until the user has confirmed a selection, the proposal is preselected.
  const initial = r.reply.activityIds.length
    ? r.reply.activityIds
    : activities.filter((a) => a.proposed).map((a) => a.id);
  const [chosen, setChosen] = useState<number[] | null>(null);
  const selected = chosen ?? initial;
  const [copy, setCopy] = useState(r.reply.copyDescription);
  const [automated, setAutomated] = useState(r.reply.automatedDecisions);
  const [text, setText] = useState(r.reply.replyText);
  const closed = r.state === 'closed';
  const toggle = (id: number) =>
    setChosen(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);

  return (
    <section className="card" aria-labelledby="dsar-reply">
      <h2 id="dsar-reply" className="card-title">
        {t('reply.title')}
      </h2>
      <fieldset className="fieldset" disabled={closed}>
        <legend className="fieldset-legend">{t('reply.activities')}</legend>
        <p className="field-hint">{t('reply.activitiesHint')}</p>
        {proposal.data && activities.length === 0 ? (
          <p className="muted">{t('reply.noActivities')}</p>
        ) : null}
        <div className="checkbox-group dsar-activities">
          {activities.map((a) => (
            <label key={a.id} className="check">
              <input
                type="checkbox"
                checked={selected.includes(a.id)}
                onChange={() => toggle(a.id)}
              />
              <span>
                {a.name}
                {a.proposed ? (
                  <span className="muted">
                    {' '}
                    · {t('reply.matched', { names: a.matched.join(', ') })}
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label={t('reply.copyDescription')}>
        <textarea
          className="input"
          rows={2}
          value={copy}
          disabled={closed}
          onChange={(e) => setCopy(e.target.value)}
        />
      </FormField>
      <FormField label={t('reply.automatedDecisions')} hint={t('reply.automatedHint')}>
        <textarea
          className="input"
          rows={2}
          value={automated}
          disabled={closed}
          onChange={(e) => setAutomated(e.target.value)}
        />
      </FormField>
      <FormField label={t('reply.replyText')}>
        <textarea
          className="input"
          rows={4}
          value={text}
          disabled={closed}
          onChange={(e) => setText(e.target.value)}
        />
      </FormField>
      <ErrorBanner error={save.error} />
      {!closed ? (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={save.isPending}
            onClick={() =>
              save.mutate(
                {
                  id: r.id,
                  activityIds: selected,
                  copyDescription: copy,
                  automatedDecisions: automated,
                  replyText: text,
                },
                { onSuccess: () => toast(t('reply.saved')) },
              )
            }
          >
            {t('reply.save')}
          </button>
          {r.review ? <span className="form-actions-note">{t('reply.reviewVoided')}</span> : null}
        </div>
      ) : null}
    </section>
  );
}
