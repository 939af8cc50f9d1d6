import { routeId } from '../../app/router';
import { NewProcessorPage, ProcessorNotFound } from './editor/NewProcessorPage';
import { ProcessorPage } from './editor/ProcessorPage';
import { ProcessorsListPage } from './list/ProcessorsListPage';
import { TemplatesPage } from './templates/TemplatesPage';

export interface ProcessorsRouteProps {
  orgId: number;
  /** Segments after 'processors': [] list, ['new'], ['templates'], [':id']. */
  path: string[];
}

export function ProcessorsRoute({ orgId, path }: ProcessorsRouteProps) {
  if (path.length === 0) return <ProcessorsListPage orgId={orgId} />;
  if (path.length === 1 && path[0] === 'new') return <NewProcessorPage orgId={orgId} />;
  if (path.length === 1 && path[0] === 'templates') return <TemplatesPage orgId={orgId} />;
  const id = path.length === 1 ? routeId(path[0]) : null;
  if (id !== null) return <ProcessorPage key={id} orgId={orgId} processorId={id} />;
  return <ProcessorNotFound orgId={orgId} />;
}
