import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorBanner, Page } from '../components';
import { ActivitiesRoute } from '../features/activities';
import { BreachesAllRoute, BreachesRoute } from '../features/breaches';
import { CataloguesRoute } from '../features/catalogues';
import { ConsentRoute } from '../features/consent';
import { ClientDetailsPage, ClientListPage, NewClientPage } from '../features/clients';
import { CockpitPage } from '../features/home/CockpitPage';
import { HomePage } from '../features/home/HomePage';
import { ProcessorsRoute } from '../features/processors';
import { RetentionRoute } from '../features/retention';
import { RequestsAllRoute, RequestsRoute } from '../features/requests';
import { WelcomePage } from '../features/home/WelcomePage';
import { SettingsPage } from '../features/settings';
import { useClients } from './queries';
import { href, navigate, routeId } from './router';

/** Maps the hash route to a screen. Unknown routes get a friendly "not found". */
export function Routes({ route }: { route: string[] }) {
  const [first, second, third] = route;
  if (route.length === 0) return <StartRedirect />;
  if (first === 'clients' && second === 'new' && route.length === 2) return <NewClientPage />;
  if (first === 'clients' && route.length === 1) return <ClientListPage />;
  if (first === 'cockpit' && route.length === 1) return <CockpitPage />;
  if (first === 'settings' && route.length === 1) return <SettingsPage />;
  if (first === 'requests' && route.length === 1) return <RequestsAllRoute />;
  if (first === 'breaches' && route.length === 1) return <BreachesAllRoute />;
  if (first === 'client') {
    const clientId = routeId(second);
    if (clientId !== null)
      return <ClientRoutes clientId={clientId} section={third} rest={route.slice(3)} />;
  }
  return <NotFound />;
}

function ClientRoutes({
  clientId,
  section,
  rest,
}: {
  clientId: number;
  section?: string;
  rest: string[];
}) {
  const { t } = useTranslation('common');
  const clients = useClients();
  const exists = clients.data?.some((o) => o.id === clientId);
  // A client created elsewhere (another window, a script) is not in the cached list yet:
  // ask once more before saying it does not exist.
  const [recheckedId, setRecheckedId] = useState<number | null>(null);
  const missing = clients.data !== undefined && !exists;
  const { refetch } = clients;
  useEffect(() => {
    if (missing && recheckedId !== clientId) void refetch().finally(() => setRecheckedId(clientId));
  }, [missing, recheckedId, clientId, refetch]);
  if (clients.error) return <ErrorBanner error={clients.error} />;
  if (missing && recheckedId !== clientId)
    return <p className="muted page-loading">{t('status.loading')}</p>;
  if (missing) return <NotFound />;
  if (section === undefined) return <HomePage clientId={clientId} />;
  if (section === 'details' && rest.length === 0) return <ClientDetailsPage clientId={clientId} />;
  if (section === 'activities') return <ActivitiesRoute clientId={clientId} path={rest} />;
  if (section === 'catalogues' && rest.length === 0) return <CataloguesRoute clientId={clientId} />;
  if (section === 'processors') return <ProcessorsRoute clientId={clientId} path={rest} />;
  if (section === 'retention') return <RetentionRoute clientId={clientId} path={rest} />;
  if (section === 'requests') return <RequestsRoute clientId={clientId} path={rest} />;
  if (section === 'breaches') return <BreachesRoute clientId={clientId} path={rest} />;
  if (section === 'consent') return <ConsentRoute clientId={clientId} path={rest} />;
  return <NotFound />;
}

/**
 * '/' is the cockpit when the workspace holds several clients (a DPO starts with what is due
 * everywhere), the client's home when it holds one, and the welcome when it holds none.
 */
function StartRedirect() {
  const { t } = useTranslation('common');
  const clients = useClients();
  const list = clients.data;
  const target = list && list.length > 1 ? '/cockpit' : list?.[0] ? `/client/${list[0].id}` : null;

  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target]);

  if (clients.error) return <ErrorBanner error={clients.error} />;
  if (list && list.length === 0) return <WelcomePage />;
  return <p className="muted page-loading">{t('status.loading')}</p>;
}

function NotFound() {
  const { t } = useTranslation('common');
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        title={t('notFound.heading')}
        body={t('notFound.body')}
        action={
          <a className="button button-primary" href={href('/')}>
            {t('notFound.back')}
          </a>
        }
      />
    </Page>
  );
}
