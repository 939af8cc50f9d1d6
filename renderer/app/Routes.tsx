import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorBanner, Page } from '../components';
import { ActivitiesRoute } from '../features/activities';
import { BreachesAllRoute, BreachesRoute } from '../features/breaches';
import { CataloguesRoute } from '../features/catalogues';
import { ConsentRoute } from '../features/consent';
import { ClientDetailsPage, NewClientPage } from '../features/clients';
import { HomePage } from '../features/home/HomePage';
import { ProcessorsRoute } from '../features/processors';
import { RetentionRoute } from '../features/retention';
import { DsarAllRoute, DsarRoute } from '../features/dsar';
import { WelcomePage } from '../features/home/WelcomePage';
import { SettingsPage } from '../features/settings';
import { lastOrgId, rememberOrg } from './lastOrg';
import { useOrganisations } from './queries';
import { href, navigate, routeId } from './router';

/** Maps the hash route to a screen. Unknown routes get a friendly "not found". */
export function Routes({ route }: { route: string[] }) {
  const [first, second, third] = route;
  if (route.length === 0) return <StartRedirect />;
  if (first === 'clients' && second === 'new' && route.length === 2) return <NewClientPage />;
  if (first === 'settings' && route.length === 1) return <SettingsPage />;
  if (first === 'requests' && route.length === 1) return <DsarAllRoute />;
  if (first === 'breaches' && route.length === 1) return <BreachesAllRoute />;
  if (first === 'org') {
    const orgId = routeId(second);
    if (orgId !== null) return <OrgRoutes orgId={orgId} section={third} rest={route.slice(3)} />;
  }
  return <NotFound />;
}

function OrgRoutes({ orgId, section, rest }: { orgId: number; section?: string; rest: string[] }) {
  const { t } = useTranslation('common');
  const organisations = useOrganisations();
  useEffect(() => rememberOrg(orgId), [orgId]);
  const exists = organisations.data?.some((o) => o.id === orgId);
  // A client created elsewhere (another window, a script) is not in the cached list yet:
  // ask once more before saying it does not exist.
  const [recheckedId, setRecheckedId] = useState<number | null>(null);
  const missing = organisations.data !== undefined && !exists;
  const { refetch } = organisations;
  useEffect(() => {
    if (missing && recheckedId !== orgId) void refetch().finally(() => setRecheckedId(orgId));
  }, [missing, recheckedId, orgId, refetch]);
  if (organisations.error) return <ErrorBanner error={organisations.error} />;
  if (missing && recheckedId !== orgId)
    return <p className="muted page-loading">{t('status.loading')}</p>;
  if (missing) return <NotFound />;
  if (section === undefined) return <HomePage orgId={orgId} />;
  if (section === 'details' && rest.length === 0) return <ClientDetailsPage orgId={orgId} />;
  if (section === 'activities') return <ActivitiesRoute orgId={orgId} path={rest} />;
  if (section === 'catalogues' && rest.length === 0) return <CataloguesRoute orgId={orgId} />;
  if (section === 'processors') return <ProcessorsRoute orgId={orgId} path={rest} />;
  if (section === 'retention') return <RetentionRoute orgId={orgId} path={rest} />;
  if (section === 'requests') return <DsarRoute orgId={orgId} path={rest} />;
  if (section === 'breaches') return <BreachesRoute orgId={orgId} path={rest} />;
  if (section === 'consent') return <ConsentRoute orgId={orgId} path={rest} />;
  return <NotFound />;
}

/** '/' goes to the last used client (or the first), or shows the welcome with no clients. */
function StartRedirect() {
  const { t } = useTranslation('common');
  const organisations = useOrganisations();
  const list = organisations.data;
  const target = list?.find((o) => o.id === lastOrgId()) ?? list?.[0];

  useEffect(() => {
    if (target) navigate(`/org/${target.id}`, { replace: true });
  }, [target]);

  if (organisations.error) return <ErrorBanner error={organisations.error} />;
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
