// The breach log (Art. 33/34 GDPR). Mounted by app/Routes.tsx (per client and across all
// clients); the side nav uses useBreachCounts, the home screen HomeBreaches.
import './breaches.css';

export { BreachesAllRoute, BreachesRoute, type BreachesRouteProps } from './BreachesRoute';
export { HomeBreaches } from './HomeBreaches';
export { useBreachCounts } from './queries';
