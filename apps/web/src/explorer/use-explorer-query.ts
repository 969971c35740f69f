/**
 * The explorer's query with writes that show at once but reach the URL at most every 250 ms.
 * Dragging a slider or panning fires dozens of changes a second, and browsers throttle (and warn
 * about) history updates beyond about 200 in 10 seconds; the pending changes are shown on top of
 * the URL meanwhile, and always written in the end.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QueryPatch } from '../lib/url-state.js';
import { setUrl, withQuery } from '../lib/url-state.js';
import { useLocation } from '../lib/use-url-state.js';

/** Shortest time between two writes of the URL. */
export const URL_WRITE_INTERVAL_MS = 250;

/** The current query (URL plus pending changes) and a function that patches it. */
export function useExplorerQuery(): [URLSearchParams, (patch: QueryPatch) => void] {
  const location = useLocation();
  const [pending, setPending] = useState<QueryPatch | null>(null);
  const pendingRef = useRef<QueryPatch | null>(null);
  const lastWrite = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The page the pending changes belong to: after a navigation they are dropped, not written there.
  const path = useRef(window.location.pathname);

  const flush = useCallback(() => {
    timer.current = undefined;
    const patch = pendingRef.current;
    if (!patch) return;
    pendingRef.current = null;
    lastWrite.current = Date.now();
    if (window.location.pathname !== path.current) return;
    setUrl(withQuery(window.location.pathname + window.location.search, patch));
    setPending(null);
  }, []);

  const update = useCallback(
    (patch: QueryPatch) => {
      path.current = window.location.pathname;
      pendingRef.current = { ...pendingRef.current, ...patch };
      setPending(pendingRef.current);
      const wait = URL_WRITE_INTERVAL_MS - (Date.now() - lastWrite.current);
      if (wait <= 0) flush();
      else timer.current ??= setTimeout(flush, wait);
    },
    [flush],
  );

  // Leaving the page writes what is still pending, so the last change is never lost.
  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      flush();
    },
    [flush],
  );

  const query = useMemo(
    () =>
      new URLSearchParams((pending ? withQuery(location, pending) : location).split('?')[1] ?? ''),
    [location, pending],
  );
  return [query, update];
}
