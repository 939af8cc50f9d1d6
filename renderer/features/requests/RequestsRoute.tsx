import { routeId } from '../../app/router';
import { InboxPage } from './InboxPage';
import { NewRequestPage } from './NewRequestPage';
import { RequestPage } from './RequestPage';

export interface RequestsRouteProps {
  clientId: number;
  /** Segments after 'requests': [] inbox, ['new'], [':id']. */
  path: string[];
}

/** `/client/:clientId/requests/*`; the inbox across all clients is `/requests` (RequestsAllRoute). */
export function RequestsRoute({ clientId, path }: RequestsRouteProps) {
  const [first] = path;
  if (path.length === 0) return <InboxPage clientId={clientId} />;
  if (first === 'new' && path.length === 1) return <NewRequestPage clientId={clientId} />;
  const id = routeId(first);
  if (id !== null && path.length === 1) return <RequestPage clientId={clientId} id={id} />;
  return <InboxPage clientId={clientId} />;
}

/** The DPO's inbox across every client. */
export function RequestsAllRoute() {
  return <InboxPage />;
}
