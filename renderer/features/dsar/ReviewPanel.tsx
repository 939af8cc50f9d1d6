import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest, ReviewCheck } from '../../../core/api';
import { ErrorBanner, FormField, useFormat, useServerIssues, useToast } from '../../components';
import { useRequestStep } from './queries';

/** The four-eyes review: a second person confirms the kind's checklist before sending. */
export function ReviewPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('dsar');
  const format = useFormat();
  const toast = useToast();
  const review = useRequestStep('dsar.review');
  const [checks, setChecks] = useState<ReviewCheck[]>([]);
  const [reviewer, setReviewer] = useState('');
  const [note, setNote] = useState('');
  const server = useServerIssues(review.error, {
    fields: ['checks', 'reviewer', 'note'],
    values: { checks, reviewer, note },
  });
  const toggle = (c: ReviewCheck) =>
    setChecks((list) => (list.includes(c) ? list.filter((x) => x !== c) : [...list, c]));

  return (
    <section className="card" aria-labelledby="dsar-review">
      <h2 id="dsar-review" className="card-title">
        {t('review.title')}
      </h2>
      {r.review ? (
        <p className="dsar-ok">
          {t('review.done', { by: r.review.reviewer, date: format.dateTime(r.review.at) })}
        </p>
      ) : null}
      {!r.review && ['received', 'identity_check', 'in_progress'].includes(r.state) ? (
        <p className="muted">{t('review.onlyInReview')}</p>
      ) : null}
      {r.state === 'in_review' && !r.review ? (
        <div className="stack">
          <fieldset className="fieldset" aria-invalid={server.at('checks') ? true : undefined}>
            <legend className="fieldset-legend">{t('review.intro')}</legend>
            <div className="checkbox-group">
              {r.reviewChecklist.map((c) => (
                <label key={c} className="check">
                  <input type="checkbox" checked={checks.includes(c)} onChange={() => toggle(c)} />
                  {t(`review.checks.${c}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {server.at('checks') ? <p className="field-error">{server.at('checks')}</p> : null}
          <FormField label={t('review.reviewer')} required error={server.at('reviewer')}>
            <input
              className="input"
              value={reviewer}
              onChange={(e) => setReviewer(e.target.value)}
            />
          </FormField>
          <FormField label={t('review.note')}>
            <input className="input" value={note} onChange={(e) => setNote(e.target.value)} />
          </FormField>
          <ErrorBanner {...server.banner} />
          <div>
            <button
              type="button"
              className="button button-primary"
              disabled={review.isPending}
              onClick={() =>
                review.mutate(
                  { id: r.id, reviewer, checks, note },
                  { onSuccess: () => toast(t('review.saved')) },
                )
              }
            >
              {t('review.save')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
