// A client's master data (the controller of Art. 30(1)(a) GDPR): a new client, its details
// and its deletion. Mounted by app/Routes.tsx at /clients/new and /client/:clientId/details.
export { ClientDetailsPage } from './ClientDetailsPage';
export { NewClientPage } from './NewClientPage';
