import { routeId } from '../../app/router';
import { NewProcessorPage, ProcessorNotFound } from './editor/NewProcessorPage';
import { ProcessorPage } from './editor/ProcessorPage';
import { ProcessorsListPage } from './list/ProcessorsListPage';
import { TemplatesPage } from './templates/TemplatesPage';

export interface ProcessorsRouteProps {
  clientId: number;
  /** Segments after 'processors': [] list, ['new'], ['templates'], [':id']. */
  path: string[];
}

export function ProcessorsRoute({ clientId, path }: ProcessorsRouteProps) {
  if (path.length === 0) return <ProcessorsListPage clientId={clientId} />;
  if (path.length === 1 && path[0] === 'new') return <NewProcessorPage clientId={clientId} />;
  if (path.length === 1 && path[0] === 'templates') return <TemplatesPage clientId={clientId} />;
  const id = path.length === 1 ? routeId(path[0]) : null;
  if (id !== null) return <ProcessorPage key={id} clientId={clientId} processorId={id} />;
  return <ProcessorNotFound clientId={clientId} />;
}
