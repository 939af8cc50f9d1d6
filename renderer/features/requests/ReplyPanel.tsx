import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest, RequestOutcome } from '../../../core/api';
import { ErrorBanner, FormField, useToast } from '../../components';
import { OutcomeFields } from './OutcomeFields';
import { TemplateContentWarning } from './TemplateContentWarning';
import { useRequestStep } from './mutations';
import { useProposal } from './queries';

/**
 * The reply: the activities that concern the person (proposed by category), the kind's own
 * fields (Art. 15 copy and automated decisions, what was corrected, erased, restricted or
 * stopped) and the user's own text. Read-only once the reply is sent.
 */
export function ReplyPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const toast = useToast();
  const proposal = useProposal(r.id);
  const save = useRequestStep('requests.saveReply');
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
  // An erasure reply starts from the items proposed by the deletion rules, like the activities.
  const [edited, setOutcome] = useState<RequestOutcome | null>(null);
  const saved = r.reply.outcome;
  const outcome = edited ?? {
    ...saved,
    erasureItems:
      r.kind === 'erasure' && saved.erasureItems.length === 0
        ? (proposal.data?.erasureItems ?? [])
        : saved.erasureItems,
  };
  const frozen = r.sentReply !== null || r.state === 'closed';
  const toggle = (id: number) =>
    setChosen(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const access = r.kind === 'access';
  // Once sent, only what the reply said is shown (an empty field said nothing).
  const shown = (value: string) => !frozen || value.trim() !== '';

  return (
    <section className="card" aria-labelledby="requests-reply">
      <h2 id="requests-reply" className="card-title">
        {t('reply.title')}
      </h2>
      {frozen ? <p className="banner">{t('reply.frozen')}</p> : null}
      {r.sentReply ? (
        <div>
          <h3 className="subheading">{t('reply.sentActivities')}</h3>
          {r.sentReply.activities.length === 0 ? (
            <p className="muted">{t('reply.sentNone')}</p>
          ) : (
            <ul data-testid="sent-activities">
              {r.sentReply.activities.map((a) => (
                <li key={a.id}>{a.name}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <fieldset className="fieldset" disabled={frozen}>
          <legend className="fieldset-legend">{t('reply.activities')}</legend>
          <p className="field-hint">{t(`reply.activitiesHint.${access ? 'access' : 'other'}`)}</p>
          {proposal.data && activities.length === 0 ? (
            <p className="muted">{t('reply.noActivities')}</p>
          ) : null}
          {access ? (
            <TemplateContentWarning
              clientId={r.clientId}
              rows={activities.filter((a) => selected.includes(a.id))}
            />
          ) : null}
          <div className="checkbox-group requests-activities">
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
      )}
      {(access || r.kind === 'portability') && shown(copy) ? (
        <FormField
          label={t(access ? 'reply.copyDescription' : 'reply.portabilityDescription')}
          hint={t(access ? 'reply.copyHint' : 'reply.portabilityHint')}
        >
          <textarea
            className="input"
            rows={2}
            value={copy}
            disabled={frozen}
            onChange={(e) => setCopy(e.target.value)}
          />
        </FormField>
      ) : null}
      {access && shown(automated) ? (
        <FormField label={t('reply.automatedDecisions')} hint={t('reply.automatedHint')}>
          <textarea
            className="input"
            rows={2}
            value={automated}
            disabled={frozen}
            onChange={(e) => setAutomated(e.target.value)}
          />
        </FormField>
      ) : null}
      <OutcomeFields
        kind={r.kind}
        value={outcome}
        onChange={setOutcome}
        disabled={frozen}
        proposed={proposal.data?.erasureItems ?? []}
        error={save.error}
      />
      {shown(text) ? (
        <FormField label={t('reply.replyText')} hint={t('reply.replyTextHint')}>
          <textarea
            className="input"
            rows={4}
            value={text}
            disabled={frozen}
            onChange={(e) => setText(e.target.value)}
          />
        </FormField>
      ) : null}
      <ErrorBanner error={save.error} />
      {!frozen ? (
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
                  outcome,
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
