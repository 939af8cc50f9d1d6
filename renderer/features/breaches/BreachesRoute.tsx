import { routeId } from '../../app/router';
import { BreachPage } from './BreachPage';
import { EditBreachPage, NewBreachPage } from './BreachEditPages';
import { ListPage } from './ListPage';

export interface BreachesRouteProps {
  orgId: number;
  /** Segments after 'breaches': [] the log, ['new'], [':id'], [':id', 'edit']. */
  path: string[];
}

/** `/org/:orgId/breaches/*`; the log across every client is `/breaches` (BreachesAllRoute). */
export function BreachesRoute({ orgId, path }: BreachesRouteProps) {
  const [first, second] = path;
  if (path.length === 0) return <ListPage orgId={orgId} />;
  if (first === 'new' && path.length === 1) return <NewBreachPage orgId={orgId} />;
  const id = routeId(first);
  if (id !== null && path.length === 1) return <BreachPage orgId={orgId} id={id} />;
  if (id !== null && second === 'edit' && path.length === 2) {
    return <EditBreachPage orgId={orgId} id={id} />;
  }
  return <ListPage orgId={orgId} />;
}

/** The DPO's breach log across every client, running clocks first. */
export function BreachesAllRoute() {
  return <ListPage />;
}
