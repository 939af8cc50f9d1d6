// The processing register (Art. 30 GDPR): list, editor, templates. Mounted by app/Routes.tsx.
import './list/list.css';
import './editor/editor.css';
import './import/import.css';

export { ActivitiesRoute, type ActivitiesRouteProps } from './ActivitiesRoute';
export { CompletenessBadge, StatusBadge } from './badges';
