import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequest, Person, ReviewCheck } from '../../../core/api';
import { ErrorBanner, FormField, useFormat, useServerIssues, useToast } from '../../components';
import { useRequestStep } from './mutations';

/**
 * The four-eyes review: a second person, at her own user account, confirms the kind's
 * checklist before the reply is sent. The reviewer is the user at work, never a typed name;
 * the panel says who prepared, reviewed and sent the reply.
 */
export function ReviewPanel({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const toast = useToast();
  const review = useRequestStep('requests.review');
  const [checks, setChecks] = useState<ReviewCheck[]>([]);
  const [note, setNote] = useState('');
  const server = useServerIssues(review.error, {
    fields: ['checks', 'note'],
    values: { checks, note },
  });
  const toggle = (c: ReviewCheck) =>
    setChecks((list) => (list.includes(c) ? list.filter((x) => x !== c) : [...list, c]));
  const { you, preparedByYou } = r.fourEyes;

  return (
    <section className="card" aria-labelledby="requests-review">
      <h2 id="requests-review" className="card-title">
        {t('review.title')}
      </h2>
      <FourEyesRecord r={r} />
      {!r.review && ['received', 'identity_check', 'in_progress'].includes(r.state) ? (
        <p className="muted">{t('review.onlyInReview')}</p>
      ) : null}
      {r.state === 'in_review' && !r.review && preparedByYou ? (
        <p className="inline-warning" role="note">
          {t('review.preparedByYou')}
        </p>
      ) : null}
      {r.state === 'in_review' && !r.review && !preparedByYou ? (
        <div className="stack">
          <p className="muted">{t('review.asYou', { person: personText(t, you) })}</p>
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
                  { id: r.id, checks, note },
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

type T = ReturnType<typeof useTranslation<'requests'>>['t'];

/** "Anna Berger (Benutzerkonto anna)"; an entry recorded before accounts were, by name only. */
function personText(t: T, p: Person): string {
  return p.account ? t('review.person', { name: p.name, account: p.account }) : p.name;
}

/** Who prepared, reviewed and sent the reply, with their accounts and times. */
function FourEyesRecord({ r }: { r: DataRequest }) {
  const { t } = useTranslation('requests');
  const format = useFormat();
  const rows: [string, string][] = [];
  if (r.preparedBy) {
    rows.push([
      t('review.preparedBy'),
      t('review.byOn', {
        person: personText(t, r.preparedBy),
        date: format.dateTime(r.preparedBy.at),
      }),
    ]);
  }
  if (r.review) {
    const reviewer = { name: r.review.reviewer, account: r.review.account };
    rows.push([
      t('review.reviewedBy'),
      t('review.byOn', { person: personText(t, reviewer), date: format.dateTime(r.review.at) }),
    ]);
  }
  if (r.sentBy && r.sentAt) {
    rows.push([
      t('review.sentBy'),
      t('review.byOn', { person: personText(t, r.sentBy), date: format.dateTime(r.sentAt) }),
    ]);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="properties" aria-label={t('review.record')}>
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
