import { routeId } from '../../app/router';
import { ConsentPage } from './ConsentPage';
import { ImportPage } from './ImportPage';
import { NewPersonPage, PersonPage } from './PersonPage';
import { NewTextPage, TextPage } from './TextPages';
import { TextsPage } from './TextsPage';

export interface ConsentRouteProps {
  orgId: number;
  /**
   * Segments after 'consent': [] the persons, ['import'], ['persons', 'new'],
   * ['persons', ':id'], ['texts'], ['texts', 'new'], ['texts', ':id'],
   * ['texts', ':id', 'new-version'].
   */
  path: string[];
}

/** `/org/:orgId/consent/*`: the consent records of one client. */
export function ConsentRoute({ orgId, path }: ConsentRouteProps) {
  const [first, second, third] = path;
  if (first === 'import' && path.length === 1) return <ImportPage orgId={orgId} />;
  if (first === 'persons' && second === 'new' && path.length === 2)
    return <NewPersonPage orgId={orgId} />;
  if (first === 'persons' && path.length === 2 && routeId(second) !== null) {
    return <PersonPage key={second} orgId={orgId} id={routeId(second)!} />;
  }
  if (first === 'texts' && path.length === 1) return <TextsPage orgId={orgId} />;
  if (first === 'texts' && second === 'new' && path.length === 2) {
    return <NewTextPage orgId={orgId} replacesId={null} />;
  }
  const textId = first === 'texts' ? routeId(second) : null;
  if (textId !== null && path.length === 2)
    return <TextPage key={textId} orgId={orgId} id={textId} />;
  if (textId !== null && third === 'new-version' && path.length === 3) {
    return <NewTextPage key={textId} orgId={orgId} replacesId={textId} />;
  }
  return <ConsentPage orgId={orgId} />;
}
