import { routeId } from '../../app/router';
import { ConsentPage } from './ConsentPage';
import { ImportPage } from './ImportPage';
import { NewPersonPage, PersonPage } from './PersonPage';
import { NewTextPage, TextPage } from './TextPages';
import { TextsPage } from './TextsPage';

export interface ConsentRouteProps {
  clientId: number;
  /**
   * Segments after 'consent': [] the persons, ['import'], ['persons', 'new'],
   * ['persons', ':id'], ['texts'], ['texts', 'new'], ['texts', ':id'],
   * ['texts', ':id', 'new-version'].
   */
  path: string[];
}

/** `/client/:clientId/consent/*`: the consent records of one client. */
export function ConsentRoute({ clientId, path }: ConsentRouteProps) {
  const [first, second, third] = path;
  if (first === 'import' && path.length === 1) return <ImportPage clientId={clientId} />;
  if (first === 'persons' && second === 'new' && path.length === 2)
    return <NewPersonPage clientId={clientId} />;
  if (first === 'persons' && path.length === 2 && routeId(second) !== null) {
    return <PersonPage key={second} clientId={clientId} id={routeId(second)!} />;
  }
  if (first === 'texts' && path.length === 1) return <TextsPage clientId={clientId} />;
  if (first === 'texts' && second === 'new' && path.length === 2) {
    return <NewTextPage clientId={clientId} replacesId={null} />;
  }
  const textId = first === 'texts' ? routeId(second) : null;
  if (textId !== null && path.length === 2)
    return <TextPage key={textId} clientId={clientId} id={textId} />;
  if (textId !== null && third === 'new-version' && path.length === 3) {
    return <NewTextPage key={textId} clientId={clientId} replacesId={textId} />;
  }
  return <ConsentPage clientId={clientId} />;
}
