import { useTranslation } from 'react-i18next';
import { useProcessorCounts } from '../features/processors';
import { useOverdueRuleCount } from '../features/retention';
import { useRequestCounts } from '../features/requests';
import { useBreachCounts } from '../features/breaches';
import { useClients } from './queries';
import { href } from './router';

interface NavItem {
  section: string;
  label: string;
  badge?: { count: number; label: string };
}

/** The current client's sections. Later modules (AVV, requests, deletion) add items here. */
export function SideNav({ clientId, section }: { clientId: number; section: string }) {
  const { t } = useTranslation('common');
  const clients = useClients();
  const client = clients.data?.find((o) => o.id === clientId);
  const incomplete = client?.incompleteCount ?? 0;

  const processorAttention = useProcessorCounts(clientId)?.attention ?? 0;
  const overdueRules = useOverdueRuleCount(clientId);
  const openRequests = useRequestCounts(clientId).data?.open ?? 0;
  const runningClocks = useBreachCounts(clientId).data?.running ?? 0;

  const items: NavItem[] = [
    { section: '', label: t('nav.home') },
    {
      section: 'activities',
      label: t('nav.activities'),
      ...(incomplete > 0
        ? { badge: { count: incomplete, label: t('nav.incompleteCount', { count: incomplete }) } }
        : {}),
    },
    {
      section: 'processors',
      label: t('processors:nav.title'),
      ...(processorAttention > 0
        ? {
            badge: {
              count: processorAttention,
              label: t('processors:nav.attentionCount', { count: processorAttention }),
            },
          }
        : {}),
    },
    {
      section: 'requests',
      label: t('requests:nav'),
      ...(openRequests > 0
        ? { badge: { count: openRequests, label: t('requests:navBadge', { count: openRequests }) } }
        : {}),
    },
    {
      section: 'breaches',
      label: t('breaches:nav'),
      ...(runningClocks > 0
        ? {
            badge: {
              count: runningClocks,
              label: t('breaches:navBadge', { count: runningClocks }),
            },
          }
        : {}),
    },
    {
      section: 'retention',
      label: t('retention:nav.title'),
      ...(overdueRules > 0
        ? {
            badge: {
              count: overdueRules,
              label: t('retention:nav.overdueCount', { count: overdueRules }),
            },
          }
        : {}),
    },
    { section: 'consent', label: t('consent:nav') },
    { section: 'catalogues', label: t('nav.catalogues') },
    { section: 'details', label: t('nav.details') },
  ];

  return (
    <nav className="sidenav" aria-label={t('nav.label')}>
      {client ? (
        <p className="sidenav-client" title={client.name}>
          {client.name}
        </p>
      ) : null}
      <ul className="sidenav-list">
        {items.map((item) => {
          const current = item.section === section;
          return (
            <li key={item.section}>
              <a
                className="sidenav-link"
                href={href(`/client/${clientId}${item.section ? '/' + item.section : ''}`)}
                aria-current={current ? 'page' : undefined}
              >
                <span>{item.label}</span>
                {item.badge ? (
                  <span className="badge badge-warning" title={item.badge.label}>
                    <span aria-hidden="true">{item.badge.count}</span>
                    <span className="visually-hidden">{item.badge.label}</span>
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
      <a className="sidenav-new" href={href('/clients/new')}>
        + {t('nav.newClient')}
      </a>
    </nav>
  );
}
