/**
 * Every page keeps its whole state in the URL query, so any view can be shared as a link and
 * survives a reload. This module is the framework-free part: reading the current URL, patching a
 * query and writing it back, where a replacement replaces the current history entry (dragging a
 * slider must not fill the back button with hundreds of entries). The React hooks that re-render
 * on a change live in `use-url-state.ts`, so state modules never import a UI library.
 */

/** Fired on window after every programmatic change of the URL, so subscribers re-read it. */
export const URL_CHANGE_EVENT = 'actlab:urlchange';

/** Calls `onChange` after every change of the URL (ours or back/forward); returns the unsubscribe. */
export function subscribeUrl(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

/**
 * A replacement not yet written to history. Browsers limit history writes (Chrome warns beyond
 * about 200 in 10 seconds), and a dragged slider changes the state every frame; so writes closer
 * than MIN_WRITE_GAP_MS wait here (the app already reads them) and the last one lands shortly after.
 */
let pending: string | null = null;
let lastWrite = -Infinity;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Least time between two history writes (tests set 0 to read window.location synchronously). */
let MIN_WRITE_GAP_MS = 100;

/** Sets the least time between two history writes; component tests use 0. */
export function setUrlWriteGap(ms: number): void {
  MIN_WRITE_GAP_MS = ms;
}

function flush(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (pending === null) return;
  window.history.replaceState(null, '', pending);
  pending = null;
  lastWrite = Date.now();
}

if (typeof window !== 'undefined') {
  // Back/forward makes a pending replacement stale; leaving the page must not lose the last one.
  window.addEventListener('popstate', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = null;
  });
  window.addEventListener('pagehide', flush);
}

/**
 * The current `pathname?search`, a replacement still waiting included: the snapshot every URL
 * hook derives from.
 */
export function currentUrl(): string {
  return pending ?? window.location.pathname + window.location.search;
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

/**
 * Replaces (default) or pushes the URL and tells the subscribers at once; a replacement soon after
 * another reaches the address bar up to MIN_WRITE_GAP_MS later (see `pending`).
 */
export function setUrl(href: string, mode: 'replace' | 'push' = 'replace'): void {
  if (href === currentUrl()) return;
  if (mode === 'push') {
    flush();
    window.history.pushState(null, '', href);
  } else if (Date.now() - lastWrite >= MIN_WRITE_GAP_MS && timer === undefined) {
    window.history.replaceState(null, '', href);
    lastWrite = Date.now();
  } else {
    pending = href;
    timer ??= setTimeout(flush, MIN_WRITE_GAP_MS);
  }
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

/** Writes a waiting replacement to history now (tests; before reading `window.location`). */
export function flushUrl(): void {
  flush();
}
