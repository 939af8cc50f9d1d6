import { routeId } from '../../app/router';
import { ActivityNotFound, EditActivityPage, NewActivityPage } from './editor/ActivityEditorPage';
import { ImportRegisterPage } from './import/ImportRegisterPage';
import { ActivitiesListPage } from './list/ActivitiesListPage';

export interface ActivitiesRouteProps {
  clientId: number;
  /** Segments after 'activities': [] list, ['new'] create, ['import'] import, [':id'] edit. */
  path: string[];
}

export function ActivitiesRoute({ clientId, path }: ActivitiesRouteProps) {
  if (path.length === 0) return <ActivitiesListPage clientId={clientId} />;
  if (path.length === 1 && path[0] === 'new')
    return <NewActivityPage key={`new-${clientId}`} clientId={clientId} />;
  if (path.length === 1 && path[0] === 'import')
    return <ImportRegisterPage key={`import-${clientId}`} clientId={clientId} />;
  const id = path.length === 1 ? routeId(path[0]) : null;
  // Keyed by id: going from one activity to another starts a fresh form.
  if (id !== null) return <EditActivityPage key={id} clientId={clientId} activityId={id} />;
  return <ActivityNotFound clientId={clientId} />;
}
