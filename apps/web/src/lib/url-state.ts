/**
 * Every page keeps its whole state in the URL query, so any view can be shared as a link and
 * survives a reload. Reading is `useQuery()`; writing replaces the current history entry (dragging
 * a slider must not fill the back button with hundreds of entries).
 */
import { useCallback, useSyncExternalStore } from 'react';

/** Fired on window after every programmatic change of the URL, so subscribers re-read it. */
export const URL_CHANGE_EVENT = 'actlab:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

/** The current `pathname?search`, the snapshot every URL hook derives from. */
function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Re-renders on every change of the URL and returns `pathname?search`. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '/');
}

/** Changes to the query: a string sets the key, null or undefined removes it. */
export type QueryPatch = Readonly<Record<string, string | null | undefined>>;

/** The URL with `patch` applied to its query (keys kept in insertion order). */
export function withQuery(href: string, patch: QueryPatch): string {
  const url = new URL(href, 'http://x');
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  const search = url.searchParams.toString().replace(/%2C/gi, ',');
  return url.pathname + (search ? `?${search}` : '');
}

/** Replaces (default) or pushes the URL and tells the subscribers. */
export function setUrl(href: string, mode: 'replace' | 'push' = 'replace'): void {
  if (href === snapshot()) return;
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(null, '', href);
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

/**
 * The query of the current URL and a function that updates some keys of it, keeping the others
 * (each page reads only its own keys and the router the path).
 */
export function useQuery(): [URLSearchParams, (patch: QueryPatch) => void] {
  const location = useLocation();
  const params = new URLSearchParams(location.split('?')[1] ?? '');
  const update = useCallback((patch: QueryPatch) => setUrl(withQuery(snapshot(), patch)), []);
  return [params, update];
}
