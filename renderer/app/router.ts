/**
 * Hash routing without a library (the app is loaded from file:// in Electron, so the hash is
 * the only part of the URL we can own).
 *
 * Conventions shared by all features:
 * - `useRoute()` gives the path segments after '#/', e.g. ['client', '3', 'activities', '12'].
 * - `navigate('/client/3/activities/12')` changes the route; `href(path)` gives '#'+path for <a>.
 * - Routes: `/` (the cockpit with several clients, the one client's home, or the welcome),
 *   `/cockpit` (every client's attention items), `/clients` (the client list with lights),
 *   `/client/:clientId` (home of a client),
 *   `/client/:clientId/details`, `/client/:clientId/activities/*` (ActivitiesRoute from
 *   features/activities with props { clientId, path: segments after 'activities' }),
 *   `/client/:clientId/catalogues` (CataloguesRoute { clientId }), `/clients/new`, `/settings`.
 * - Data: TanStack Query with the key factory in app/queries.ts; after a mutation invalidate
 *   the affected keys, and after activity changes also ['clients'] and ['attention'].
 * - Texts: every visible string comes from i18n (renderer/i18n/{de,en}/<namespace>.json);
 *   zod messages are keys of the 'validation' namespace (see useFieldError in components).
 * - Shared UI: import from renderer/components (Page, FormField, ConfirmDialog, ...).
 */
import { useSyncExternalStore } from 'react';

// Whether the user has moved since the app loaded (redirects do not count), so pages move
// focus to their heading after a navigation but leave the first Tab to the skip link.
let navigated = false;
let redirecting = false;
window.addEventListener('hashchange', () => {
  if (!redirecting) navigated = true;
});
export const hasNavigated = (): boolean => navigated;

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** Splits a path ('/client/3/details' or '#/client/3/details') into decoded segments. */
export function parsePath(hash: string): string[] {
  return hash
    .replace(/^#/, '')
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
}

/** The current route as path segments; re-renders on every hash change. */
export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  return parsePath(hash);
}

/** Goes to a path like '/client/3/activities/12'. `replace` keeps the back button useful for redirects. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = href(path);
  if (window.location.hash === target) return;
  if (options.replace) {
    const url = new URL(window.location.href);
    url.hash = target;
    window.history.replaceState(null, '', url.toString());
    redirecting = true;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    redirecting = false;
  } else {
    window.location.hash = target;
  }
}

export function href(path: string): string {
  return '#' + (path.startsWith('/') ? path : '/' + path);
}

/** Parses a numeric route id; null for anything else so pages can show "not found". */
export function routeId(segment: string | undefined): number | null {
  if (!segment || !/^\d+$/.test(segment)) return null;
  const n = Number(segment);
  return n > 0 ? n : null;
}
