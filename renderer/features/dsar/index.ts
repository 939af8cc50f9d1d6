// Data subject requests (Art. 15-22 GDPR). Mounted by app/Routes.tsx (per client and across
// all clients); the side nav uses useRequestCounts, the home screen HomeRequests.
import './dsar.css';

export { DsarAllRoute, DsarRoute, type DsarRouteProps } from './DsarRoute';
export { HomeRequests } from './HomeRequests';
export { useRequestCounts } from './queries';
export { ActivityRequestsNote } from './ActivityRequestsNote';
