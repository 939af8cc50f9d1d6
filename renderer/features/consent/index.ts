// Consent to advertising (Art. 7 GDPR, § 7, § 7a UWG). Mounted by app/Routes.tsx; the
// request page shows a requester's consent history with RequestConsentPanel.
import './consent.css';

export { ConsentRoute, type ConsentRouteProps } from './ConsentRoute';
export { RequestConsentPanel } from './RequestConsentPanel';
