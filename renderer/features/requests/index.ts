// Data subject requests (Art. 15-22 GDPR). Mounted by app/Routes.tsx (per client and across
// all clients); the side nav uses useRequestCounts, the home screen HomeRequests.
import './requests.css';

export { RequestsAllRoute, RequestsRoute, type RequestsRouteProps } from './RequestsRoute';
export { HomeRequests } from './HomeRequests';
export { useRequestCounts } from './queries';
export { ActivityRequestsNote } from './ActivityRequestsNote';
