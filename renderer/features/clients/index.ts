// A client's master data (the controller of Art. 30(1)(a) GDPR): a new client, its details
// and its deletion, and the list of every client with its open items and traffic light.
// Mounted by app/Routes.tsx at /clients, /clients/new and /client/:clientId/details.
import './clients.css';
export { ClientDetailsPage } from './ClientDetailsPage';
export { ClientListPage } from './ClientListPage';
export { NewClientPage } from './NewClientPage';
export { TrafficLight, useOpenSummary } from './TrafficLight';
