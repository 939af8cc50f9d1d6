import { routeId } from '../../app/router';
import { InboxPage } from './InboxPage';
import { NewRequestPage } from './NewRequestPage';
import { RequestPage } from './RequestPage';

export interface DsarRouteProps {
  orgId: number;
  /** Segments after 'requests': [] inbox, ['new'], [':id']. */
  path: string[];
}

/** `/org/:orgId/requests/*`; the inbox across all clients is `/requests` (DsarAllRoute). */
export function DsarRoute({ orgId, path }: DsarRouteProps) {
  const [first] = path;
  if (path.length === 0) return <InboxPage orgId={orgId} />;
  if (first === 'new' && path.length === 1) return <NewRequestPage orgId={orgId} />;
  const id = routeId(first);
  if (id !== null && path.length === 1) return <RequestPage orgId={orgId} id={id} />;
  return <InboxPage orgId={orgId} />;
}

/** The DPO's inbox across every client. */
export function DsarAllRoute() {
  return <InboxPage />;
}
