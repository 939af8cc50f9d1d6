import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanEntry } from '../../../core/api';
import { href } from '../../app/router';
import { BlockedAction, ConfirmDialog, ErrorBanner, useFormat, useToast } from '../../components';
import { useDeleteClosedRequests } from './mutations';

/**
 * The closed requests of the plan under their client's rule: when each may be deleted, and
 * one button that deletes those whose period has passed (after a confirmation naming them),
 * with their files and their personal data in the change history; logged as a deletion run.
 */
export function DueRequests({ entry, showClient }: { entry: PlanEntry; showClient: boolean }) {
  const { t } = useTranslation(['retention', 'requests']);
  const format = useFormat();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const due = entry.requests.filter((r) => r.deletableNow);
  const remove = useDeleteClosedRequests(entry.ruleId, (run, requestIds) => {
    setConfirming(false);
    toast(t('requests.done', { count: run.count ?? requestIds.length }));
  });
  const titleId = `due-requests-${entry.ruleId}`;
  const label = t('requests.delete', { count: due.length });

  return (
    <section className="card section" aria-labelledby={titleId}>
      <h3 id={titleId} className="card-title">
        {showClient ? `${entry.clientName}: ` : ''}
        {t('requests.title')}
      </h3>
      <p className="muted">
        {t('requests.intro')}{' '}
        <a href={href(`/client/${entry.clientId}/retention/${entry.ruleId}`)}>{entry.ruleName}</a>
      </p>
      <table className="table retention-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t('requests.request')}</th>
            <th scope="col">{t('requests.closedOn')}</th>
            <th scope="col">{t('requests.deletableFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {entry.requests.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={href(`/client/${entry.clientId}/requests/${r.id}`)}>{r.requesterName}</a>
                <div className="muted">
                  #{r.id} · {t(`requests:kinds.${r.kind}`)}
                </div>
              </th>
              <td>{format.date(r.closedOn)}</td>
              <td>
                {format.date(r.deletableFrom)}{' '}
                {r.deletableNow ? (
                  <span className="badge badge-warning">{t('requests.dueNow')}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBanner error={remove.error} />
      <div className="form-actions">
        {due.length > 0 ? (
          <button
            type="button"
            className="button button-danger-outline"
            onClick={() => setConfirming(true)}
          >
            {label}
          </button>
        ) : (
          <BlockedAction
            className="button button-danger-outline"
            label={t('requests.deleteNone')}
            reason={entry.legalHold ? t('requests.onHold') : t('requests.notYet')}
          />
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        danger
        busy={remove.isPending}
        title={t('requests.confirmTitle', { count: due.length })}
        body={
          <>
            <ul>
              {due.map((r) => (
                <li key={r.id}>
                  {r.requesterName} (#{r.id}, {t(`requests:kinds.${r.kind}`)},{' '}
                  {t('requests.closedOnShort', { date: format.date(r.closedOn) })})
                </li>
              ))}
            </ul>
            <p>{t('requests.confirmBody')}</p>
          </>
        }
        confirmLabel={label}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(
            due.map((r) => r.id),
            { onError: () => setConfirming(false) },
          )
        }
      />
    </section>
  );
}
