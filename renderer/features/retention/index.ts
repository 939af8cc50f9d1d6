// Retention rules and the deletion concept (DIN 66398). Mounted by app/Routes.tsx at
// /client/:clientId/retention; the activity editor shows ActivityRetentionPanel; the side nav
// uses useOverdueRuleCount for its badge.
import './retention.css';

export { ActivityRetentionPanel } from './ActivityRetentionPanel';
export { useOverdueRuleCount } from './queries';
export { RetentionRoute, type RetentionRouteProps } from './RetentionRoute';
