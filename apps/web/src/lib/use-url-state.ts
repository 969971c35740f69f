/**
 * The React side of the URL state (`url-state.ts`): hooks that re-render a component on every
 * change of the URL and hand it the query with a function that updates some of its keys.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { QueryPatch } from './url-state.js';
import { currentUrl, setUrl, subscribeUrl, withQuery } from './url-state.js';

/** Re-renders on every change of the URL and returns `pathname?search`. */
export function useLocation(): string {
  return useSyncExternalStore(subscribeUrl, currentUrl, () => '/');
}

/**
 * The query of the current URL and a function that updates some keys of it, keeping the others
 * (each page reads only its own keys and the router the path).
 */
export function useQuery(): [URLSearchParams, (patch: QueryPatch) => void] {
  const location = useLocation();
  const params = new URLSearchParams(location.split('?')[1] ?? '');
  const update = useCallback((patch: QueryPatch) => setUrl(withQuery(currentUrl(), patch)), []);
  return [params, update];
}
