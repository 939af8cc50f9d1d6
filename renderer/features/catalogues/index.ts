// The client's catalogues of data subjects, data categories and recipients (shared by all of
// its activities). Mounted by app/Routes.tsx at /org/:orgId/catalogues.
import './catalogues.css';

export { CataloguesRoute } from './CataloguesPage';
