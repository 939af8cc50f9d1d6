import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AttentionItem } from '../../../core/api';
import { call } from '../../api/client';
import { queryKeys, useClient } from '../../app/queries';
import { href } from '../../app/router';
import { ErrorBanner, formatDateTime, useFormat } from '../../components';
import { itemPath, sortByUrgency, urgency } from './attention';

export function AttentionSection({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation(['home', 'activities']);
  const format = useFormat();
  const clientQuery = useClient(clientId);
  const attention = useQuery({
    queryKey: queryKeys.attention(clientId),
    queryFn: () => call('home.attention', { clientId }),
  });

  const client = clientQuery.data;
  // The register needs the controller's address and a contact (Art. 30(1)(a)).
  const detailsMissing =
    client && (!(client.street && client.city) || !(client.email || client.phone));
  const items = sortByUrgency(attention.data ?? []);
  const total = items.length + (detailsMissing ? 1 : 0);

  const describe = (item: AttentionItem): string => {
    if (item.kind === 'activity_incomplete') {
      const missing = item.details.map((code) => t(`activities:completeness.${code}`));
      return t('attention.missing', { items: missing.join(', ') });
    }
    if (item.kind === 'activity_unconfirmed') {
      const fields = item.details.map((code) => t(`activities:templateField.${code}`));
      return t('attention.unconfirmed', { items: fields.join(', ') });
    }
    if (item.kind === 'avv_missing') {
      // The activities that use the processor; drafts are marked (nothing processed yet).
      const drafts = new Set(item.drafts ?? []);
      const names = item.details.map((name) =>
        drafts.has(name) ? t('detail.draftMark', { name }) : name,
      );
      return t('detail.avv_missing', { activities: names.join(', ') });
    }
    if (item.kind === 'breach_clock_running' || item.kind === 'breach_clock_passed') {
      // The deadline is an instant: its day and hour, and the whole hours still left.
      return t(`detail.${item.kind}`, {
        date: formatDateTime(item.date, i18n.language),
        count: Number(item.details[0] ?? 0),
      });
    }
    if (item.kind === 'closed_requests_due') {
      return t('detail.closed_requests_due', {
        count: item.details.length,
        date: format.date(item.date),
      });
    }
    // Each kind has one sentence; it names the date when the item has one.
    return t(`detail.${item.kind}`, { date: format.date(item.date) });
  };

  return (
    <section className="card" aria-labelledby="attention-title">
      <h2 id="attention-title" className="card-title">
        {t('attention.title')}
        {total > 0 ? <span className="badge badge-warning">{total}</span> : null}
      </h2>
      <ErrorBanner error={attention.error} />
      {attention.isPending ? <p className="muted">{t('common:status.loading')}</p> : null}
      {attention.data && total === 0 ? (
        <div className="all-done">
          <span className="all-done-mark" aria-hidden="true">
            ✓
          </span>
          <div>
            <p className="all-done-title">{t('attention.allDone')}</p>
            <p className="muted">{t('attention.allDoneBody')}</p>
          </div>
        </div>
      ) : null}
      {total > 0 ? (
        <ul className="attention-list">
          {detailsMissing ? (
            <li className="attention-item attention-urgency-1 attention-no-kind">
              <a href={href(`/client/${clientId}/details`)} className="attention-link">
                {t('attention.detailsIncomplete')}
              </a>
              <p className="attention-detail">{t('attention.detailsIncompleteBody')}</p>
            </li>
          ) : null}
          {items.map((item) => (
            <li
              key={`${item.kind}-${item.entity}-${item.entityId}`}
              className={`attention-item attention-urgency-${urgency[item.kind]}`}
            >
              <span className="attention-kind">{t(`kind.${item.kind}`)}</span>
              <a href={href(itemPath(clientId, item))} className="attention-link">
                {item.kind === 'register_empty' ? t('attention.registerEmpty') : item.title}
              </a>
              <p className="attention-detail">{describe(item)}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
