// The client's catalogues of data subjects, data categories and recipients (shared by all of
// its activities). Mounted by app/Routes.tsx at /client/:clientId/catalogues; the activity editor
// offers a catalogue's entries with useCatalogue.
import './catalogues.css';

export { CataloguesRoute } from './CataloguesPage';
export { useCatalogue } from './queries';
