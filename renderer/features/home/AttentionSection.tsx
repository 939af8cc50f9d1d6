import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { queryKeys, useClient } from '../../app/queries';
import { href } from '../../app/router';
import { ErrorBanner } from '../../components';
import { itemPath, sortByUrgency, urgency } from './attention';
import { useDescribeAttention } from './describe';

export function AttentionSection({ clientId }: { clientId: number }) {
  const { t } = useTranslation(['home', 'activities']);
  const describe = useDescribeAttention();
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
