import { routeId } from '../../app/router';
import { BreachPage } from './BreachPage';
import { EditBreachPage, NewBreachPage } from './BreachEditPages';
import { ListPage } from './ListPage';

export interface BreachesRouteProps {
  clientId: number;
  /** Segments after 'breaches': [] the log, ['new'], [':id'], [':id', 'edit']. */
  path: string[];
}

/** `/client/:clientId/breaches/*`; the log across every client is `/breaches` (BreachesAllRoute). */
export function BreachesRoute({ clientId, path }: BreachesRouteProps) {
  const [first, second] = path;
  if (path.length === 0) return <ListPage clientId={clientId} />;
  if (first === 'new' && path.length === 1) return <NewBreachPage clientId={clientId} />;
  const id = routeId(first);
  if (id !== null && path.length === 1) return <BreachPage clientId={clientId} id={id} />;
  if (id !== null && second === 'edit' && path.length === 2) {
    return <EditBreachPage clientId={clientId} id={id} />;
  }
  return <ListPage clientId={clientId} />;
}

/** The DPO's breach log across every client, running clocks first. */
export function BreachesAllRoute() {
  return <ListPage />;
}
