import { useState } from 'react';

// A large practice has thousands of items; a group shows its first ones until asked for all.
const FIRST_ITEMS = 25;
import { useTranslation } from 'react-i18next';
import type { ClientSummary, CockpitItem } from '../../../core/api';
import { useClients } from '../../app/queries';
import { href } from '../../app/router';
import { EmptyState, ErrorBanner, Page } from '../../components';
import { TrafficLight, useOpenSummary } from '../clients';
import { itemPath, urgency as weight } from './attention';
import {
  countByUrgency,
  groupByClient,
  groupByUrgency,
  urgencies,
  type CockpitGroup,
  type CockpitOrder,
} from './cockpit-order';
import { useDescribeAttention } from './describe';
import { useCockpit } from './queries';
import './cockpit.css';

/**
 * The DPO's home across every client: each attention item of each module, grouped by urgency
 * or by client, each one click from its record.
 */
export function CockpitPage() {
  const { t } = useTranslation('home');
  const cockpit = useCockpit();
  const clients = useClients();
  const [order, setOrder] = useState<CockpitOrder>('urgency');
  const items = cockpit.data ?? [];
  const counts = countByUrgency(items);
  const groups: CockpitGroup[] =
    order === 'urgency'
      ? groupByUrgency(items).map((g) => ({ ...g, title: t(`cockpit.group.${g.key}`) }))
      : groupByClient(items);
  const summaries = new Map((clients.data ?? []).map((c) => [c.id, c]));

  return (
    <Page
      title={t('cockpit.title')}
      eyebrow={t('cockpit.eyebrow')}
      actions={
        <a className="button" href={href('/clients')}>
          {t('cockpit.clientList')}
        </a>
      }
    >
      <p className="lead">{t('cockpit.intro')}</p>
      <ErrorBanner error={cockpit.error ?? clients.error} />
      {cockpit.isPending ? <p className="muted">{t('common:status.loading')}</p> : null}
      {cockpit.data && items.length === 0 ? (
        <EmptyState title={t('cockpit.emptyTitle')} body={t('cockpit.emptyBody')} />
      ) : null}
      {items.length > 0 ? (
        <>
          <div className="cockpit-bar">
            <p className="cockpit-counts">
              {urgencies.map((u) => t(`cockpit.count.${u}`, { count: counts[u] })).join(' · ')}
            </p>
            <div
              className="segmented view-toggle"
              role="group"
              aria-label={t('cockpit.orderLabel')}
            >
              {(['urgency', 'client'] as const).map((o) => (
                <button
                  key={o}
                  type="button"
                  className="segmented-item"
                  aria-pressed={order === o}
                  onClick={() => setOrder(o)}
                >
                  {t(`cockpit.order.${o}`)}
                </button>
              ))}
            </div>
          </div>
          {groups.map((group) => (
            <GroupCard
              key={group.key}
              group={group}
              showClient={order === 'urgency'}
              summary={group.clientId === undefined ? undefined : summaries.get(group.clientId)}
            />
          ))}
        </>
      ) : null}
    </Page>
  );
}

function GroupCard({
  group,
  showClient,
  summary,
}: {
  group: CockpitGroup;
  showClient: boolean;
  summary: ClientSummary | undefined;
}) {
  const openSummary = useOpenSummary();
  const { t } = useTranslation('home');
  const describe = useDescribeAttention();
  const [all, setAll] = useState(false);
  const shown = all ? group.items : group.items.slice(0, FIRST_ITEMS);
  const titleId = `cockpit-${group.key}`;
  return (
    <section
      className={`card cockpit-group${group.urgency ? ` cockpit-group-${group.urgency}` : ''}`}
      aria-labelledby={titleId}
    >
      <div className="card-header">
        <h2 id={titleId} className="card-title">
          {group.clientId === undefined ? (
            group.title
          ) : (
            <a href={href(`/client/${group.clientId}`)}>{group.title}</a>
          )}
          <span className="badge badge-warning">{group.items.length}</span>
        </h2>
        {summary ? (
          <p className="cockpit-client-state">
            <TrafficLight light={summary.light} />
            <span className="muted">{openSummary(summary.open)}</span>
          </p>
        ) : null}
      </div>
      <ul className="attention-list">
        {shown.map((item) => (
          <CockpitEntry
            key={`${item.clientId}-${item.kind}-${item.entity}-${item.entityId}`}
            item={item}
            detail={describe(item)}
            showClient={showClient}
          />
        ))}
      </ul>
      {shown.length < group.items.length ? (
        <button type="button" className="button cockpit-more" onClick={() => setAll(true)}>
          {t('cockpit.showAll', { count: group.items.length })}
        </button>
      ) : null}
    </section>
  );
}

function CockpitEntry({
  item,
  detail,
  showClient,
}: {
  item: CockpitItem;
  detail: string;
  showClient: boolean;
}) {
  const { t } = useTranslation('home');
  return (
    <li
      className={`attention-item cockpit-item attention-urgency-${weight[item.kind]}${showClient ? ' with-client' : ''}`}
    >
      <span className="attention-kind">{t(`kind.${item.kind}`)}</span>
      {showClient ? <span className="cockpit-client">{item.clientName}</span> : null}
      <a href={href(itemPath(item.clientId, item))} className="attention-link">
        {item.kind === 'register_empty' ? t('attention.registerEmpty') : item.title}
      </a>
      <p className="attention-detail">{detail}</p>
    </li>
  );
}
